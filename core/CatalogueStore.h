#pragma once

#include "Catalogue.h"
#include "CatalogueOrigin.h"

#include <QString>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace recall {

class CatalogueFolder;

// Keeps the active catalogue in the app-data folder (files: CatalogueFolder): installs the built-in copy
// on first use, keeps an imported catalogue across restarts unless the app brings newer built-in data,
// and restores a working copy when the active one is missing, damaged, locked or of another schema (the
// damaged file is kept aside, never deleted). When the folder cannot be written (read-only, disk full) it
// still opens a working catalogue and says so. The built-in copy itself is never changed.
class CatalogueStore
{
public:
    enum class Event {
        UsedActive,    // the active copy was fine (storageProblem: newer built-in data could not be installed)
        Installed,     // first start: the built-in copy was installed
        Upgraded,      // the app brought newer built-in data; an imported catalogue it replaced is kept for rollback
        Restored,      // the active copy was unusable and has been replaced (source says with what)
        TemporaryCopy, // the active copy was unusable and could not be replaced, or is locked: a copy in a
                       // temporary folder is used for this run and nothing in the app-data folder was changed
    };
    enum class Source { BuiltIn, LastImport };

    struct Opened
    {
        // TemporaryCopy: the folder holding the copy. Declared before `catalogue` so it outlives it.
        std::shared_ptr<QTemporaryDir> scratch;
        std::unique_ptr<Catalogue> catalogue;
        Event event = Event::UsedActive;
        Source source = Source::BuiltIn;               // what was installed, restored or copied
        std::optional<CatalogueError> replacedBecause; // Restored, TemporaryCopy: why the active copy was not used
        QString keptAside;                             // where the unusable copy was moved, if it was
        QString storageProblem;                        // what could not be written, if anything
        bool importKeptForRollback = false;            // Upgraded over an imported catalogue
    };

    // `builtInPath` may be a Qt resource path (":/..."); `dataDirectory` is the writable app-data folder.
    CatalogueStore(QString builtInPath, QString dataDirectory);

    Result<Opened, CatalogueError> open();
    QString activePath() const;
    // Where the active catalogue came from; nothing before the first start.
    std::optional<CatalogueOrigin> activeOrigin() const;

    // The app-data folder of this platform (QStandardPaths::AppDataLocation).
    static QString defaultDataDirectory();
    static QString builtInResourcePath();
    // The catalogue at `path` if it opens and passes its quick check.
    static Result<std::unique_ptr<Catalogue>, CatalogueError> openChecked(const QString &path);

private:
    // The active catalogue when nothing in the folder is to change (the usual start), read without the lock.
    std::optional<Opened> openUnchanged(const CatalogueFolder &folder) const;
    struct Candidate
    {
        Source source;
        QByteArray bytes;
        std::optional<CatalogueOrigin> origin;
    };

    std::optional<Candidate> lastImportFor(const CatalogueFolder &folder, const std::optional<CatalogueOrigin> &origin) const;
    // Makes the candidate the active catalogue, with its origin; empty on success, else what could not be written.
    QString writeActive(const CatalogueFolder &folder, const Candidate &candidate) const;
    Result<Opened, CatalogueError> useTemporaryCopy(const Candidate &candidate, Opened opened);
    std::optional<int> builtInDataVersion();
    // The built-in catalogue's bytes, read on first use (most starts only compare digests).
    Result<QByteArray, CatalogueError> builtInBytes();
    Result<Candidate, CatalogueError> builtInCandidate();
    static QString digestBeside(const QString &path);

    QString m_builtInPath;
    QString m_dataDirectory;
    QByteArray m_builtIn;
    QString m_builtInDigest;
};

} // namespace recall
