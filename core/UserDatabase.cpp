#include "UserDatabase.h"

#include "Logging.h"
#include "SqlDatabase.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <spdlog/logger.h>

#include <iterator>
#include <thread>

namespace recall {

namespace {

// Cumulative migrations: entry N-1 brings a file from version N-1 to N. Append new entries, never change old
// ones. Apart from the id column (each server spells "a generated key" its own way), the statements are
// plain SQL that PostgreSQL accepts as well.
const QStringList migrations[] = {
    // 1: the case log
    {QStringLiteral("CREATE TABLE cases ("
                    "id INTEGER PRIMARY KEY AUTOINCREMENT, " // never reuses the id of a removed case
                    "created TEXT NOT NULL, "                // UTC, yyyy-MM-ddTHH:mm:ss.zzzZ (sorts as text)
                    "updated TEXT NOT NULL, "
                    "role TEXT NOT NULL, "
                    "model TEXT NOT NULL, "
                    "variant_code TEXT, "
                    "colour_id TEXT, "
                    "purchased TEXT, " // yyyy-MM-dd
                    "serial TEXT, "
                    "verdict TEXT NOT NULL, "
                    "reasons TEXT NOT NULL, " // reason keys separated by spaces
                    "data_as_of TEXT, "
                    "note TEXT NOT NULL, "
                    "status TEXT NOT NULL)"),
     QStringLiteral("CREATE INDEX cases_created ON cases (created)"),
     QStringLiteral("CREATE INDEX cases_status_created ON cases (status, created)"),
     QStringLiteral("CREATE INDEX cases_verdict_created ON cases (verdict, created)"),
     QStringLiteral("CREATE INDEX cases_serial ON cases (serial)")},
};

// SQLite's primary result codes (extended codes carry them in the low byte).
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteNotADatabase = 26;

} // namespace

const int UserDatabase::schemaVersion = int(std::size(migrations));

UserDatabase::UserDatabase(std::unique_ptr<SqlDatabase> db) : m_db(std::move(db)) {}

UserDatabase::~UserDatabase() = default;

QString UserDatabase::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("user.sqlite"));
}

const QString &UserDatabase::path() const
{
    return m_db->path();
}

UserDatabase::Error UserDatabase::errorFromCode(const QString &nativeCode, const QString &detail,
                                                Error::Kind fallback) const
{
    bool numeric = false;
    const int code = nativeCode.toInt(&numeric) & 0xff;
    Error::Kind kind = fallback;
    if (numeric) {
        switch (code) {
        case sqliteReadOnly: kind = Error::Kind::ReadOnly; break;
        case sqliteFull: kind = Error::Kind::DiskFull; break;
        case sqliteCorrupt:
        case sqliteNotADatabase: kind = Error::Kind::Damaged; break;
        case sqliteCantOpen: kind = Error::Kind::CannotOpen; break;
        default: break;
        }
    }
    return Error{kind, path(), detail};
}

UserDatabase::Error UserDatabase::lastError(Error::Kind fallback) const
{
    return errorFromCode(m_db->lastErrorCode(), m_db->lastError(), fallback);
}

UserDatabase::Error UserDatabase::errorFrom(const QSqlError &error, Error::Kind fallback) const
{
    return errorFromCode(error.nativeErrorCode(), error.text(), fallback);
}

UserDatabase::Expected<std::unique_ptr<UserDatabase>> UserDatabase::open(const QString &path)
{
    const auto log = Logging::logger("userdb");
    const QFileInfo file(path);
    if (path.isEmpty() || file.isDir())
        return Error{Error::Kind::CannotOpen, path, QStringLiteral("not a file path")};
    if (!QDir().mkpath(file.absolutePath()))
        return Error{Error::Kind::CannotOpen, path, QStringLiteral("cannot create ") + file.absolutePath()};
    if (file.exists() && !file.isWritable())
        return Error{Error::Kind::ReadOnly, path, QStringLiteral("the file is not writable")};
    QString openError;
    auto sql = SqlDatabase::open(path, SqlDatabase::Mode::ReadWrite, &openError);
    if (!sql)
        return Error{Error::Kind::CannotOpen, path, openError};
    std::unique_ptr<UserDatabase> db(new UserDatabase(std::move(sql)));

    auto verdict = db->pragmaValue(QStringLiteral("PRAGMA quick_check"), Error::Kind::Damaged);
    if (!verdict)
        return verdict.error();
    if (*verdict != u"ok") {
        log->error("{} failed its quick check: {}", path.toStdString(), verdict->toStdString());
        return Error{Error::Kind::Damaged, path, *verdict};
    }

    auto version = db->userVersion();
    if (!version)
        return version.error();
    if (*version > schemaVersion)
        return Error{Error::Kind::SchemaTooNew, path, QString::number(*version)};
    // Connection setup, only once the file is known to be ours and not from a newer version (a refused file
    // is left exactly as it was): the only SQLite-specific statements. Write-ahead logging lets the GUI and the CLI
    // read while the other writes; FULL sync makes each commit reach the disk before it is reported.
    auto mode = db->pragmaValue(QStringLiteral("PRAGMA journal_mode=WAL"), Error::Kind::Damaged);
    if (!mode)
        return mode.error();
    const QString journal = *mode;
    if (journal != u"wal")
        log->warn("{}: journal mode {} (write-ahead log not available here)", path.toStdString(), journal.toStdString());
    if (!db->m_db->exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !db->m_db->exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return db->lastError();

    if (*version < schemaVersion) {
        if (auto migrated = db->migrate(); !migrated)
            return migrated.error();
    }
    return db;
}

UserDatabase::Expected<QString> UserDatabase::pragmaValue(const QString &pragma, Error::Kind fallback)
{
    // SQLite answers "busy" at once, without waiting, when waiting could deadlock: for example while another
    // instance creates or migrates the same file. Such a statement only needs trying again a moment later.
    const QDeadlineTimer deadline(3000);
    for (;;) {
        QString code;
        QString detail;
        if (QSqlQuery *query = m_db->run(pragma)) {
            if (query->next()) {
                const QString value = query->value(0).toString();
                query->finish();
                return value;
            }
            const QSqlError error = query->lastError();
            query->finish();
            if (!error.isValid())
                return QString(); // no row
            code = error.nativeErrorCode();
            detail = error.text();
        } else {
            code = m_db->lastErrorCode();
            detail = m_db->lastError();
        }
        const int primary = code.toInt() & 0xff;
        const bool busy = primary == sqliteBusy || primary == sqliteLocked;
        if (!busy)
            return errorFromCode(code, detail, fallback);
        if (deadline.hasExpired()) // held for long by another program: not damage
            return Error{Error::Kind::CannotOpen, path(), detail};
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

UserDatabase::Expected<int> UserDatabase::userVersion()
{
    auto value = pragmaValue(QStringLiteral("PRAGMA user_version"), Error::Kind::Damaged);
    if (!value)
        return value.error();
    bool number = false;
    const int version = value->toInt(&number);
    if (!number || version < 0)
        return Error{Error::Kind::Damaged, path(), QStringLiteral("no user_version")};
    return version;
}

UserDatabase::Expected<bool> UserDatabase::migrate()
{
    const auto log = Logging::logger("userdb");
    // IMMEDIATE takes the write lock before reading the version, so when the GUI and the CLI start together
    // only one of them migrates and the other then finds the file up to date.
    if (!m_db->exec(QStringLiteral("BEGIN IMMEDIATE")))
        return lastError();
    const auto fail = [this](const Error &error) {
        m_db->exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    auto version = userVersion();
    if (!version)
        return fail(version.error());
    if (*version > schemaVersion)
        return fail(Error{Error::Kind::SchemaTooNew, path(), QString::number(*version)});
    const int from = *version;
    if (from == schemaVersion) {
        m_db->exec(QStringLiteral("ROLLBACK"));
        return true;
    }
    for (int v = from + 1; v <= schemaVersion; ++v) {
        for (const QString &statement : migrations[v - 1]) {
            if (!m_db->exec(statement)) {
                const Error error = lastError();
                log->error("{}: migration {} failed: {}", path().toStdString(), v, error.detail.toStdString());
                return fail(error);
            }
        }
    }
    // PRAGMA takes no bound values; the version is our own constant, not input.
    if (!m_db->exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion)) || !m_db->exec(QStringLiteral("COMMIT")))
        return fail(lastError());
    log->info("{}: schema {} -> {}", path().toStdString(), from, schemaVersion);
    return true;
}

UserDatabase::Expected<bool> UserDatabase::verify()
{
    QSqlQuery *check = m_db->run(QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return lastError(Error::Kind::Damaged);
    const bool intact = check->next() && check->value(0).toString() == u"ok";
    check->finish();
    return intact;
}

} // namespace recall
