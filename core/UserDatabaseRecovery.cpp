#include "UserDatabaseRecovery.h"

#include "Logging.h"
#include "SqlDatabase.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>

#include <spdlog/logger.h>

namespace recall {

namespace {
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

const char *const companions[] = {"-wal", "-shm"};
} // namespace

bool UserDatabaseRecovery::isDamaged(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return false;
    QString error;
    auto db = SqlDatabase::open(path, SqlDatabase::Mode::ReadOnly, &error);
    if (!db)
        return false; // cannot even be opened: a permission or path problem, not damage
    QSqlQuery *check = db->run(QStringLiteral("PRAGMA quick_check"));
    if (!check) {
        const int code = db->lastErrorCode().toInt() & 0xff;
        return code == sqliteCorrupt || code == sqliteNotADatabase;
    }
    const QString verdict = check->next() ? check->value(0).toString() : QString();
    check->finish();
    const int code = db->lastErrorCode().toInt() & 0xff;
    if (verdict.isEmpty() && (code == sqliteBusy || code == sqliteLocked))
        return false;
    return verdict != u"ok";
}

Result<UserDatabaseRecovery::Opened, CaseStoreError> UserDatabaseRecovery::recover(const QString &path,
                                                                                     const CaseStoreError &damage)
{
    const auto log = Logging::logger("userdb");
    if (!isDamaged(path))
        return damage;
    const QString base = path + QStringLiteral(".damaged-")
                         + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = base;
    const auto taken = [](const QString &candidate) {
        if (QFile::exists(candidate))
            return true;
        for (const char *suffix : companions) {
            if (QFile::exists(candidate + QLatin1String(suffix)))
                return true;
        }
        return false;
    };
    for (int n = 2; taken(aside); ++n)
        aside = base + u'-' + QString::number(n);
    // The log goes with the file (a fresh file must not pick up the old log, and the old file needs its
    // newest commits); if any move fails, the ones done are undone.
    QStringList moved;
    const auto undo = [&] {
        for (const QString &name : std::as_const(moved))
            QFile::rename(aside + name.mid(path.size()), name);
    };
    for (const char *suffix : companions) {
        const QString companion = path + QLatin1String(suffix);
        if (!QFile::exists(companion))
            continue;
        if (!QFile::rename(companion, aside + QLatin1String(suffix))) {
            undo();
            return CaseStoreError{CaseStoreError::Kind::CannotOpen, path, QStringLiteral("cannot move ") + companion};
        }
        moved << companion;
    }
    if (!QFile::rename(path, aside)) {
        undo();
        return CaseStoreError{CaseStoreError::Kind::CannotOpen, path, QStringLiteral("cannot move it aside")};
    }
    log->error("{} was damaged ({}): moved to {}", path.toStdString(), damage.detail.toStdString(), aside.toStdString());
    auto fresh = UserDatabase::open(path);
    if (!fresh)
        return fresh.error();
    return Opened{std::move(*fresh), aside, damage};
}

Result<UserDatabaseRecovery::Opened, CaseStoreError> UserDatabaseRecovery::openOrRecover(const QString &path)
{
    auto db = UserDatabase::open(path);
    if (db)
        return Opened{std::move(*db), {}, std::nullopt};
    if (db.error().kind != CaseStoreError::Kind::Damaged)
        return db.error();
    return recover(path, db.error());
}

} // namespace recall
