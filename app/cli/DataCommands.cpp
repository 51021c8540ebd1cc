#include "CliContext.h"

#include "CatalogueSwitcher.h"
#include "ImportTexts.h"
#include "PackImporter.h"
#include "PackTrust.h"

#include <QJsonArray>

#include <algorithm>

using namespace recall;

// recall-lookup-cli import PACK [--force] [--allow-unsigned] [--json]
// recall-lookup-cli rollback [--json]
// Both change the app's own recall data in the app-data folder (never a --catalogue file).
// Exit codes: 0 done, 2 the pack was refused (every problem listed) or usage, 1 the data could not be stored.
namespace {

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject span(int from, int to)
{
    return {{QStringLiteral("from"), from > 0 ? QJsonValue(from) : QJsonValue()}, {QStringLiteral("to"), to}};
}

QJsonObject importJson(const ImportReport &report)
{
    const CatalogueChanges &c = report.changes;
    const auto point = [](const std::optional<ProgressPoint> &p) {
        return p ? QJsonValue(QJsonObject{{QStringLiteral("as_of"), dateOrNull(p->asOf)},
                                          {QStringLiteral("rate_percent"), p->ratePercent}})
                 : QJsonValue();
    };
    QJsonArray progress;
    for (const ProgressChange &change : c.progressUpdated)
        progress.append(QJsonObject{{QStringLiteral("campaign"), change.campaign},
                                    {QStringLiteral("model"), change.model},
                                    {QStringLiteral("from"), point(change.before)},
                                    {QStringLiteral("to"), point(change.after)}});
    return {{QStringLiteral("imported"), true},
            {QStringLiteral("signed"), report.signedPack},
            {QStringLiteral("forced"), report.forced},
            {QStringLiteral("data_version"), span(c.fromDataVersion, c.toDataVersion)},
            {QStringLiteral("as_of"), QJsonObject{{QStringLiteral("from"), dateOrNull(c.fromAsOf)},
                                                  {QStringLiteral("to"), dateOrNull(c.toAsOf)}}},
            {QStringLiteral("campaigns_added"), QJsonArray::fromStringList(c.campaignsAdded)},
            {QStringLiteral("campaigns_changed"), QJsonArray::fromStringList(c.campaignsChanged)},
            {QStringLiteral("campaigns_removed"), QJsonArray::fromStringList(c.campaignsRemoved)},
            {QStringLiteral("products_added"), QJsonArray::fromStringList(c.productsAdded)},
            {QStringLiteral("products_changed"), QJsonArray::fromStringList(c.productsChanged)},
            {QStringLiteral("products_removed"), QJsonArray::fromStringList(c.productsRemoved)},
            {QStringLiteral("serial_lists_changed"), QJsonArray::fromStringList(c.serialListsChanged)},
            {QStringLiteral("progress_updated"), progress}};
}

QJsonObject problemJson(const PackProblem &p, const ImportTexts &words)
{
    QJsonObject o{{QStringLiteral("code"), packProblemKey(p.kind)},
                  {QStringLiteral("where"), p.where},
                  {QStringLiteral("detail"), p.detail},
                  {QStringLiteral("message"), words.packProblem(p)}};
    if (p.issue) {
        o.insert(QStringLiteral("issue"), dataIssueKindKey(p.issue->kind));
        o.insert(QStringLiteral("field"), p.issue->field);
        o.insert(QStringLiteral("line"), p.issue->line);
    }
    return o;
}

int refuse(CliContext &cx, const ImportTexts &words, const PackProblems &problems)
{
    cx.err << words.refused(int(problems.size())) << '\n';
    QJsonArray list;
    for (const PackProblem &p : problems) {
        cx.err << QStringLiteral("  - ") << words.packProblem(p) << '\n';
        list.append(problemJson(p, words));
    }
    const bool older = std::any_of(problems.begin(), problems.end(),
                                   [](const PackProblem &p) { return p.kind == PackProblem::Kind::OlderData; });
    if (older)
        cx.err << CliContext::tr("To import it anyway, add --force.") << '\n';
    if (cx.json())
        cx.printJson({{QStringLiteral("imported"), false}, {QStringLiteral("problems"), list}});
    return InvalidInput;
}

int storageFailed(CliContext &cx, const ImportTexts &words, const StorageError &error)
{
    cx.err << words.storageError(error) << '\n';
    return Failure;
}

bool checkUsage(CliContext &cx, qsizetype arguments, const QString &message, int &exitCode)
{
    if (cx.positional.size() != arguments) {
        exitCode = cx.usage(message);
        return false;
    }
    if (cx.isSet(cx.options.catalogue)) {
        exitCode = cx.usage(CliContext::tr("--catalogue cannot be used with import or rollback: they change the app's "
                                           "own recall data."));
        return false;
    }
    return true;
}

} // namespace

int runImport(CliContext &cx)
{
    if (int code = 0; !checkUsage(cx, 2, CliContext::tr("import needs the file name of one data pack."), code))
        return code;
    const ImportTexts words(cx.texts.language());
    ImportOptions options;
    options.force = cx.isSet(cx.options.force);
    options.acceptUnsigned = cx.isSet(cx.options.allowUnsigned);
    if (options.acceptUnsigned)
        cx.err << words.unsignedAccepted() << '\n';
    auto imported = PackImporter(CatalogueStore::defaultDataDirectory(), builtInPackKeys()).import(cx.positional.at(1), options);
    if (!imported) {
        if (imported.error().storage)
            return storageFailed(cx, words, *imported.error().storage);
        return refuse(cx, words, imported.error().problems);
    }
    if (cx.json()) {
        cx.printJson(importJson(*imported));
        return Answered;
    }
    for (const QString &line : words.summary(*imported))
        cx.out << line << '\n';
    cx.out << CliContext::tr("To go back to the data used before: recall-lookup-cli rollback") << '\n';
    return Answered;
}

int runRollback(CliContext &cx)
{
    if (int code = 0; !checkUsage(cx, 1, CliContext::tr("rollback takes no arguments."), code))
        return code;
    const ImportTexts words(cx.texts.language());
    auto rolled = CatalogueSwitcher(CatalogueStore::defaultDataDirectory()).rollBack();
    if (!rolled) {
        cx.err << words.storageError(rolled.error()) << '\n';
        return rolled.error().kind == StorageError::Kind::NothingToRollBack ? InvalidInput : Failure;
    }
    if (cx.json()) {
        cx.printJson({{QStringLiteral("rolled_back"), true},
                      {QStringLiteral("data_version"), span(rolled->from.dataVersion, rolled->to.dataVersion)},
                      {QStringLiteral("as_of"), QJsonObject{{QStringLiteral("from"), dateOrNull(rolled->from.asOf)},
                                                            {QStringLiteral("to"), dateOrNull(rolled->to.asOf)}}}});
        return Answered;
    }
    cx.out << words.rolledBack(*rolled) << '\n';
    return Answered;
}
