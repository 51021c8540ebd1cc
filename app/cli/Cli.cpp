#include "Cli.h"

#include "CatalogueAccess.h"
#include "JsonExport.h"
#include "TextReport.h"
#include "Texts.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include "Clock.h"

using namespace recall;

namespace {

void printJson(QTextStream &out, const QJsonObject &o)
{
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace

int Cli::run(const QStringList &arguments)
{
    Translations translations;
    const QString langArg = Translations::languageArgument(arguments);
    const auto chosen = Translations::fromCode(langArg);
    translations.use(chosen.value_or(Translations::systemLanguage()));
    if (!langArg.isEmpty() && !chosen) {
        m_err << tr("Unknown language \"%1\": use ja or en.").arg(langArg) << '\n';
        return InvalidInput;
    }
    const Texts texts(translations.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tells whether a product is covered by a safety recall and what to do next.") + u'\n'
        + tr("Commands:") + u'\n' + QStringLiteral("  search QUERY       ") + tr("find products by name, model, code or JAN")
        + u'\n' + QStringLiteral("  show KEY           ") + tr("everything known about a model, variant code or JAN")
        + u'\n' + QStringLiteral("  check              ") + tr("check one unit (--model, --variant or --jan)"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the output: ja or en."), QStringLiteral("ja|en"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Most results to show (search)."), QStringLiteral("N"),
                                   QStringLiteral("20"));
    const QCommandLineOption model(QStringLiteral("model"), tr("Model number (check)."), QStringLiteral("M"));
    const QCommandLineOption variant(QStringLiteral("variant"), tr("Variant code (check)."), QStringLiteral("V"));
    const QCommandLineOption jan(QStringLiteral("jan"), tr("JAN code (check)."), QStringLiteral("J"));
    const QCommandLineOption colour({QStringLiteral("colour"), QStringLiteral("color")},
                                    tr("Colour, in Japanese or English (check)."), QStringLiteral("C"));
    const QCommandLineOption purchased(QStringLiteral("purchased"), tr("Purchase date (check)."),
                                       QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption serial(QStringLiteral("serial"), tr("Serial number (check)."), QStringLiteral("S"));
    const QCommandLineOption catalogue(QStringLiteral("catalogue"), tr("Use this catalogue file instead of the built-in data."),
                                       QStringLiteral("FILE"));
    parser.addOptions({json, lang, limit, model, variant, jan, colour, purchased, serial, catalogue});
    parser.addPositionalArgument(QStringLiteral("command"), tr("search, show or check"));

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n';
        return InvalidInput;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return Answered;
    }
    if (parser.isSet(version)) {
        m_out << "recall-lookup-cli " << QCoreApplication::applicationVersion() << '\n';
        return Answered;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const auto usage = [&](const QString &message) {
        m_err << message << '\n' << tr("Run recall-lookup-cli --help for usage.") << '\n';
        return InvalidInput;
    };
    if (command != u"search" && command != u"show" && command != u"check")
        return usage(command.isEmpty() ? tr("No command given.") : tr("Unknown command \"%1\".").arg(command));

    bool limitOk = false;
    const int maxResults = parser.value(limit).toInt(&limitOk);
    if (!limitOk || maxResults < 1 || maxResults > 1000)
        return usage(tr("--limit must be a number from 1 to 1000."));

    auto opened = openCatalogue(parser.value(catalogue));
    if (!opened) {
        m_err << texts.catalogueError(opened.error()) << '\n';
        return Failure;
    }
    if (const QString event = texts.catalogueEvent(*opened); !event.isEmpty())
        m_err << event << '\n';
    Catalogue &cat = *opened->catalogue;
    TextReport report(m_out, texts, cat.info().asOf);
    const auto failed = [&](const CatalogueError &e) {
        m_err << texts.catalogueError(e) << '\n';
        return Failure;
    };

    if (command == u"search") {
        if (positional.size() != 2)
            return usage(tr("search needs one query (put it in quotes if it has spaces)."));
        auto response = SearchEngine(cat).search(positional.at(1), maxResults);
        if (!response)
            return failed(response.error());
        if (response->status == SearchResponse::Status::Empty)
            return usage(tr("The search query is empty: type a product name, model number, code or JAN."));
        if (response->status == SearchResponse::Status::TooLong)
            return usage(tr("The search query is too long (at most %1 characters).").arg(SearchEngine::maxQueryLength));
        if (parser.isSet(json)) {
            QJsonObject o = JsonExport::search(*response);
            o.insert(QStringLiteral("data_as_of"), cat.info().asOf.toString(Qt::ISODate));
            printJson(m_out, o);
        } else {
            report.search(*response);
        }
        return Answered;
    }

    if (command == u"show") {
        if (positional.size() != 2)
            return usage(tr("show needs one model number, variant code or JAN."));
        auto details = loadProductDetails(cat, positional.at(1));
        if (!details)
            return failed(details.error());
        if (!*details) {
            if (parser.isSet(json))
                printJson(m_out, {{QStringLiteral("model"), positional.at(1).left(64)},
                                  {QStringLiteral("found"), false},
                                  {QStringLiteral("verdict"), verdictKey(Verdict::NoRecord)},
                                  {QStringLiteral("data_as_of"), cat.info().asOf.toString(Qt::ISODate)}});
            else
                report.notFound(positional.at(1).left(64));
            return Answered;
        }
        if (parser.isSet(json)) {
            QJsonObject o = JsonExport::show(**details);
            o.insert(QStringLiteral("found"), true);
            printJson(m_out, o);
        } else {
            report.show(**details);
        }
        return Answered;
    }

    // check
    if (positional.size() != 1)
        return usage(tr("check takes options only, for example: check --model A1263 --colour black"));
    const int keys = int(parser.isSet(model)) + int(parser.isSet(variant)) + int(parser.isSet(jan));
    if (keys != 1)
        return usage(tr("check needs exactly one of --model, --variant or --jan."));
    CheckRequest request;
    request.key = parser.isSet(model) ? CheckRequest::Key::Model
                  : parser.isSet(variant) ? CheckRequest::Key::VariantCode
                                          : CheckRequest::Key::Jan;
    request.product = parser.value(parser.isSet(model) ? model : parser.isSet(variant) ? variant : jan);
    request.colour = parser.value(colour);
    request.purchased = parser.value(purchased);
    request.serial = parser.value(serial);
    const SystemClock clock;
    auto result = EligibilityChecker(cat, clock).check(request);
    if (!result)
        return failed(result.error());
    if (parser.isSet(json)) {
        printJson(m_out, JsonExport::check(*result));
    } else {
        auto colours = cat.colours();
        report.check(*result, colours ? *colours : std::vector<Colour>{});
    }
    if (result->verdict == Verdict::InvalidInput) {
        for (const Reason &r : result->reasons)
            m_err << texts.reason(r) << '\n';
        if (result->serial) {
            for (const SerialProblem &p : result->serial->problems)
                m_err << texts.serialProblem(p) << '\n';
        }
        return InvalidInput;
    }
    return Answered;
}
