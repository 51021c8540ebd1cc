// Adds cases to a user database in a loop and prints each id once add() has returned (the case is committed),
// flushing after every line, until it is killed or has written COUNT cases. The durability test kills it.
#include "SqlCaseStore.h"
#include "UserDatabase.h"

#include <QCoreApplication>

#include <cstdio>

using namespace recall;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.size() > 3) {
        std::fputs("usage: case_writer FILE [COUNT]\n", stderr);
        return 2;
    }
    auto db = UserDatabase::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s (%s)\n", qPrintable(args.at(1)),
                     qPrintable(caseStoreErrorKey(db.error().kind)), qPrintable(db.error().detail));
        return 1;
    }
    SqlCaseStore store(**db);
    const qint64 count = args.size() == 3 ? args.at(2).toLongLong() : -1;
    for (qint64 i = 0; count < 0 || i < count; ++i) {
        CaseRecord record;
        record.role = CaseRole::CallCentre;
        record.model = QStringLiteral("A1263");
        record.variantCode = QStringLiteral("A1263016");
        record.colourId = QStringLiteral("black");
        record.serial = QStringLiteral("A1B2C3D4E5F6G7H8");
        record.verdict = QStringLiteral("likely_affected");
        record.reasons = {QStringLiteral("official_check_required")};
        record.dataAsOf = QDate(2026, 1, 7);
        record.note = QStringLiteral("durability case %1: お客様から連絡あり").arg(i);
        auto id = store.add(record);
        if (!id) {
            std::fprintf(stderr, "add failed: %s (%s)\n", qPrintable(caseStoreErrorKey(id.error().kind)),
                         qPrintable(id.error().detail));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
    return 0;
}
