#include "CliContext.h"

#include "Clock.h"
#include "Handout.h"
#include "ProductDetails.h"

using namespace recall;

// recall-lookup-cli handout (--model M | --variant V | --jan J) [--colour C] [--purchased D] [--serial S]
//                           --lang ja|en --out FILE.pdf
int runHandout(CliContext &cx)
{
    if (cx.positional.size() != 1)
        return cx.usage(CliContext::tr("handout takes options only, for example: handout --model A1263 --lang ja --out a.pdf"));
    const std::optional<CheckRequest> unit = cx.checkRequest();
    if (!unit)
        return cx.usage(CliContext::tr("handout needs exactly one of --model, --variant or --jan."));
    if (cx.value(cx.options.out).isEmpty())
        return cx.usage(CliContext::tr("handout needs --out FILE.pdf."));
    Catalogue *cat = cx.catalogue();
    if (!cat)
        return Failure;

    const CheckRequest &request = *unit;
    const SystemClock clock;
    auto result = EligibilityChecker(*cat, clock).check(request);
    if (!result)
        return cx.failed(result.error());
    if (result->verdict == Verdict::InvalidInput) {
        for (const Reason &r : result->reasons)
            cx.err << cx.texts.reason(r) << '\n';
        return InvalidInput;
    }
    if (!result->product) {
        cx.err << cx.texts.noRecordStatement(cat->info().asOf) << '\n'
               << CliContext::tr("There is nothing to print for a product that is not in the data.") << '\n';
        return InvalidInput;
    }
    auto details = loadProductDetails(*cat, result->product->product.model);
    if (!details)
        return cx.failed(details.error());
    if (!*details)
        return Failure;
    const QString failure = Handout(**details, *result, cx.texts.language()).savePdf(cx.value(cx.options.out));
    if (!failure.isEmpty()) {
        cx.err << CliContext::tr("Cannot write the handout to %1.").arg(failure) << '\n';
        return Failure;
    }
    cx.out << CliContext::tr("Handout written to %1 (%2).").arg(cx.value(cx.options.out), cx.texts.verdictHeadline(result->verdict))
           << '\n';
    return Answered;
}
