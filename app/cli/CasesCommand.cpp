#include "CliContext.h"

#include "CaseCsv.h"
#include "Clock.h"
#include "PurchaseDate.h"
#include "SqlCaseStore.h"
#include "UserDatabase.h"
#include "UserDatabaseRecovery.h"

#include <QJsonArray>
#include <QSaveFile>

#include <optional>

using namespace recall;

// recall-lookup-cli cases list [--json] [--from D] [--to D]
// recall-lookup-cli cases export [--from D] [--to D] --out FILE.csv
// recall-lookup-cli cases add (--model M | --variant V | --jan J) [--colour C] [--purchased D] [--serial S]
//                             [--note TEXT] [--json]
namespace {

int storageFailed(CliContext &cx, const CaseStoreError &error)
{
    cx.err << cx.texts.caseStoreError(error) << '\n';
    return Failure;
}

std::optional<Verdict> verdictFromKey(const QString &key)
{
    for (Verdict v : {Verdict::Affected, Verdict::LikelyAffected, Verdict::NotAffected, Verdict::NoRecord,
                      Verdict::InvalidInput}) {
        if (verdictKey(v) == key)
            return v;
    }
    return std::nullopt;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject caseJson(const CaseRecord &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("created"), c.created.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("updated"), c.updated.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("role"), caseRoleKey(c.role)},
            {QStringLiteral("status"), caseStatusKey(c.status)},
            {QStringLiteral("model"), c.model},
            {QStringLiteral("variant"), orNull(c.variantCode)},
            {QStringLiteral("colour"), orNull(c.colourId)},
            {QStringLiteral("purchased"), c.purchased ? QJsonValue(c.purchased->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("serial"), c.serial ? QJsonValue(*c.serial) : QJsonValue()},
            {QStringLiteral("verdict"), c.verdict},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(c.reasons)},
            {QStringLiteral("data_as_of"), c.dataAsOf.isValid() ? QJsonValue(c.dataAsOf.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("note"), c.note}};
}

// Reads --from and --to; false after printing a usage error.
bool readDays(CliContext &cx, CaseFilter &filter, int &exitCode)
{
    const auto day = [&](const QCommandLineOption &option, std::optional<QDate> &into) {
        if (!cx.isSet(option))
            return true;
        // Any date that exists is fine here, past or future.
        const PurchaseDateParse parsed = parsePurchaseDate(cx.value(option), QDate(9999, 12, 31));
        if (parsed.status != PurchaseDateParse::Status::Valid) {
            exitCode = cx.usage(CliContext::tr("--%1 needs a date that exists, as YYYY-MM-DD (got \"%2\").")
                                    .arg(option.names().constFirst(), cx.value(option).left(64)));
            return false;
        }
        into = parsed.date;
        return true;
    };
    if (!day(cx.options.from, filter.from) || !day(cx.options.to, filter.to))
        return false;
    if (filter.from && filter.to && *filter.from > *filter.to) {
        exitCode = cx.usage(CliContext::tr("--from must not be after --to."));
        return false;
    }
    return true;
}

int listCases(CliContext &cx, CaseStore &store)
{
    CaseFilter filter;
    if (int code = 0; !readDays(cx, filter, code))
        return code;
    auto cases = store.list(filter);
    if (!cases)
        return storageFailed(cx, cases.error());
    if (cx.json()) {
        QJsonArray array;
        for (const CaseRecord &c : *cases)
            array.append(caseJson(c));
        cx.printJson({{QStringLiteral("cases"), array}, {QStringLiteral("count"), qint64(cases->size())}});
        return Answered;
    }
    for (const CaseRecord &c : *cases) {
        const auto verdict = verdictFromKey(c.verdict);
        cx.out << QStringLiteral("#%1  %2  %3  %4  [%5]")
                      .arg(QString::number(c.id), c.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           c.variantCode.isEmpty() ? c.model : c.model + u' ' + c.variantCode,
                           verdict ? cx.texts.verdictHeadline(*verdict) : c.verdict, cx.texts.caseStatus(c.status))
               << '\n';
        if (!c.note.isEmpty())
            cx.out << QStringLiteral("    ") << QString(c.note).replace(u'\n', u' ').replace(u'\r', u' ') << '\n';
    }
    cx.out << CliContext::tr("%n case(s)", "", int(cases->size())) << '\n';
    return Answered;
}

int exportCases(CliContext &cx, CaseStore &store)
{
    CaseFilter filter;
    if (int code = 0; !readDays(cx, filter, code))
        return code;
    const QString target = cx.value(cx.options.out);
    if (target.isEmpty())
        return cx.usage(CliContext::tr("cases export needs --out FILE.csv."));
    auto cases = store.list(filter);
    if (!cases)
        return storageFailed(cx, cases.error());
    // Written beside the target and renamed over it: never half a file.
    QSaveFile file(target);
    const QByteArray bytes = CaseCsv::encode(*cases);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        cx.err << CliContext::tr("Cannot write %1: %2").arg(target, file.errorString()) << '\n';
        return Failure;
    }
    cx.out << CliContext::tr("%n case(s) written to %1.", "", int(cases->size())).arg(target) << '\n';
    return Answered;
}

int addCase(CliContext &cx, CaseStore &store)
{
    const std::optional<CheckRequest> unit = cx.checkRequest();
    if (!unit)
        return cx.usage(CliContext::tr("cases add needs exactly one of --model, --variant or --jan."));
    const QString note = cx.value(cx.options.note);
    if (note.size() > CaseRecord::maxNoteLength)
        return cx.usage(CliContext::tr("The note is too long (at most %1 characters).").arg(CaseRecord::maxNoteLength));
    const CheckRequest &request = *unit;
    Catalogue *cat = cx.catalogue();
    if (!cat)
        return Failure;
    const SystemClock clock;
    auto result = EligibilityChecker(*cat, clock).check(request);
    if (!result)
        return cx.failed(result.error());
    if (result->verdict == Verdict::InvalidInput) {
        // Nothing to log: what was typed cannot be checked.
        for (const Reason &r : result->reasons)
            cx.err << cx.texts.reason(r) << '\n';
        if (result->serial) {
            for (const SerialProblem &p : result->serial->problems)
                cx.err << cx.texts.serialProblem(p) << '\n';
        }
        return InvalidInput;
    }
    auto id = store.add(caseFromCheck(request, *result, CaseRole::ServiceDesk, note));
    if (!id)
        return storageFailed(cx, id.error());
    auto saved = store.get(*id);
    if (!saved)
        return storageFailed(cx, saved.error());
    if (cx.json())
        cx.printJson(caseJson(*saved));
    else
        cx.out << CliContext::tr("Case %1 saved: %2").arg(QString::number(*id), cx.texts.verdictHeadline(result->verdict))
               << '\n';
    return Answered;
}

} // namespace

int runCases(CliContext &cx)
{
    const QString sub = cx.positional.value(1);
    if (sub.isEmpty())
        return cx.usage(CliContext::tr("cases needs list, export or add."));
    if (sub != u"list" && sub != u"export" && sub != u"add")
        return cx.usage(CliContext::tr("Unknown cases command \"%1\": use list, export or add.").arg(sub.left(64)));
    if (cx.positional.size() != 2)
        return cx.usage(CliContext::tr("cases %1 takes options only.").arg(sub));
    // The user database lives in the app-data folder whatever catalogue is used. A damaged one is moved
    // aside (never deleted) and a fresh one started.
    auto db = UserDatabaseRecovery::openOrRecover(UserDatabase::defaultPath());
    if (!db)
        return storageFailed(cx, db.error());
    if (!db->keptAside.isEmpty())
        cx.err << cx.texts.caseLogRecovered(db->keptAside) << '\n';
    SqlCaseStore store(*db->db);
    if (sub == u"list")
        return listCases(cx, store);
    if (sub == u"export")
        return exportCases(cx, store);
    return addCase(cx, store);
}
