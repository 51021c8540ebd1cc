#pragma once

#include "UserDatabase.h"

#include <QString>

#include <memory>
#include <optional>

namespace recall {

// Recovery of a damaged user database (user.sqlite): the damaged file is moved aside with a timestamp,
// together with its write-ahead log, and a fresh database is started in its place. Nothing is ever deleted,
// and a file that is merely busy, read-only, on a full disk or from a newer version is never moved: those
// are not damage, and the error is returned as it is.
class UserDatabaseRecovery
{
public:
    struct Opened
    {
        std::unique_ptr<UserDatabase> db;
        QString keptAside;                    // set when a damaged file was moved aside
        std::optional<CaseStoreError> damage; // what was wrong with it
    };

    // Opens the database at `path`; if it is damaged, recovers (below) and opens a fresh one.
    static Result<Opened, CaseStoreError> openOrRecover(const QString &path);

    // Moves the damaged database at `path` aside as `<path>.damaged-yyyyMMdd-HHmmss[-N]` (with its -wal and
    // -shm files under the same new name) and opens a fresh one. Refuses, with the error, when a second look
    // finds the file is not damaged.
    static Result<Opened, CaseStoreError> recover(const QString &path, const CaseStoreError &damage);

    // Whether the file at `path` is damaged: not a database, or failing its quick check. Busy is not damaged.
    static bool isDamaged(const QString &path);
};

} // namespace recall
