#include "CliContext.h"

#include "Clock.h"
#include "JsonExport.h"
#include "ProductDetails.h"
#include "TextReport.h"

using namespace recall;

int runSearch(CliContext &cx)
{
    const QStringList &positional = cx.positional;
    bool limitOk = false;
    const int maxResults = cx.value(cx.options.limit).toInt(&limitOk);
    if (!limitOk || maxResults < 1 || maxResults > 1000)
        return cx.usage(CliContext::tr("--limit must be a number from 1 to 1000."));
    Catalogue *cat = cx.catalogue();
    if (!cat)
        return Failure;
    TextReport report(cx.out, cx.texts, cat->info().asOf);
    if (positional.size() != 2)
        return cx.usage(CliContext::tr("search needs one query (put it in quotes if it has spaces)."));
    auto response = SearchEngine(*cat).search(positional.at(1), maxResults);
    if (!response)
        return cx.failed(response.error());
    if (response->status == SearchResponse::Status::Empty)
        return cx.usage(CliContext::tr("The search query is empty: type a product name, model number, code or JAN."));
    if (response->status == SearchResponse::Status::TooLong)
        return cx.usage(CliContext::tr("The search query is too long (at most %1 characters).").arg(SearchEngine::maxQueryLength));
    if (cx.json()) {
        QJsonObject o = JsonExport::search(*response);
        o.insert(QStringLiteral("data_as_of"), cat->info().asOf.toString(Qt::ISODate));
        cx.printJson(o);
    } else {
        report.search(*response);
    }
    return Answered;
}

int runShow(CliContext &cx)
{
    const QStringList &positional = cx.positional;
    Catalogue *cat = cx.catalogue();
    if (!cat)
        return Failure;
    TextReport report(cx.out, cx.texts, cat->info().asOf);
    if (positional.size() != 2)
        return cx.usage(CliContext::tr("show needs one model number, variant code or JAN."));
    auto details = loadProductDetails(*cat, positional.at(1));
    if (!details)
        return cx.failed(details.error());
    if (!*details) {
        if (cx.json())
            cx.printJson({{QStringLiteral("model"), positional.at(1).left(64)},
                              {QStringLiteral("found"), false},
                              {QStringLiteral("verdict"), verdictKey(Verdict::NoRecord)},
                              {QStringLiteral("data_as_of"), cat->info().asOf.toString(Qt::ISODate)}});
        else
            report.notFound(positional.at(1).left(64));
        return Answered;
    }
    if (cx.json()) {
        QJsonObject o = JsonExport::show(**details);
        o.insert(QStringLiteral("found"), true);
        cx.printJson(o);
    } else {
        report.show(**details);
    }
    return Answered;
}

int runCheck(CliContext &cx)
{
    const QStringList &positional = cx.positional;
    if (positional.size() != 1)
        return cx.usage(CliContext::tr("check takes options only, for example: check --model A1263 --colour black"));
    const std::optional<CheckRequest> unit = cx.checkRequest();
    if (!unit)
        return cx.usage(CliContext::tr("check needs exactly one of --model, --variant or --jan."));
    const CheckRequest &request = *unit;
    Catalogue *cat = cx.catalogue();
    if (!cat)
        return Failure;
    TextReport report(cx.out, cx.texts, cat->info().asOf);
    const SystemClock clock;
    auto result = EligibilityChecker(*cat, clock).check(request);
    if (!result)
        return cx.failed(result.error());
    if (cx.json()) {
        cx.printJson(JsonExport::check(*result));
    } else {
        auto colours = cat->colours();
        report.check(*result, colours ? *colours : std::vector<Colour>{});
    }
    if (result->verdict == Verdict::InvalidInput) {
        for (const Reason &r : result->reasons)
            cx.err << cx.texts.reason(r) << '\n';
        if (result->serial) {
            for (const SerialProblem &p : result->serial->problems)
                cx.err << cx.texts.serialProblem(p) << '\n';
        }
        return InvalidInput;
    }
    return Answered;
}
