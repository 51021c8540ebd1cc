#pragma once

#include "CaseStore.h"

#include <QString>

#include <memory>

class QSqlError;

namespace recall {

class SqlDatabase;

// The one owner of the writable user database (user.sqlite in the app-data folder; the catalogue is a
// separate, read-only file). Opens it with write-ahead logging and full sync, so a committed change survives
// a crash or a kill; keeps its schema version in PRAGMA user_version and brings older files up to date with
// cumulative migrations in one transaction. A file written by a newer version is refused, never changed.
// One instance per thread (QtSql connections belong to the thread that opened them).
class UserDatabase
{
public:
    using Error = CaseStoreError;
    template <typename T>
    using Expected = Result<T, CaseStoreError>;

    // The version this code writes: the number of migrations.
    static const int schemaVersion;

    static Expected<std::unique_ptr<UserDatabase>> open(const QString &path);
    // user.sqlite in this platform's app-data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    ~UserDatabase();
    UserDatabase(const UserDatabase &) = delete;
    UserDatabase &operator=(const UserDatabase &) = delete;

    const QString &path() const;
    SqlDatabase &sql() { return *m_db; }

    // PRAGMA integrity_check (slower than the quick check done on open).
    Expected<bool> verify();

    // The last failure of sql() as a typed error (disk full, read-only, damaged, or `fallback`).
    Error lastError(Error::Kind fallback = Error::Kind::QueryFailed) const;
    Error errorFrom(const QSqlError &error, Error::Kind fallback = Error::Kind::QueryFailed) const;

private:
    explicit UserDatabase(std::unique_ptr<SqlDatabase> db);
    Expected<int> userVersion();
    // The first column of the first row of a PRAGMA, tried again while another instance holds the file.
    Expected<QString> pragmaValue(const QString &pragma, Error::Kind fallback);
    Expected<bool> migrate();
    Error errorFromCode(const QString &nativeCode, const QString &detail, Error::Kind fallback) const;

    std::unique_ptr<SqlDatabase> m_db;
};

} // namespace recall
