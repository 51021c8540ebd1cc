#pragma once

#include "Catalogue.h"
#include "CatalogueFolder.h"
#include "CatalogueOrigin.h"
#include "Result.h"

#include <QString>

namespace recall {

// Why the catalogues in the app-data folder could not be changed. Nothing was changed when this is returned.
struct StorageError
{
    enum class Kind {
        Busy,              // another instance is changing the recall data
        CannotWrite,       // the folder or a file cannot be written (read-only, disk full)
        BuildFailed,       // the new catalogue could not be written
        CheckFailed,       // the new catalogue failed its check (detail: which)
        NothingToRollBack, // no previous catalogue
        PreviousUnusable,  // the previous catalogue is damaged
    };
    Kind kind;
    QString path;
    QString detail;
};

QString storageErrorKey(StorageError::Kind kind);

struct RolledBack
{
    CatalogueInfo from;   // what was active
    CatalogueInfo to;     // what is active now
    CatalogueOrigin origin; // where the active catalogue now came from
};

// Switches the active catalogue in the app-data folder: to a newly imported one, or back to the previous
// one. Each switch replaces the active file in one step, so the app sees the old catalogue or the new one,
// never a mixture, and a failure leaves the active catalogue byte for byte as it was.
class CatalogueSwitcher
{
public:
    explicit CatalogueSwitcher(QString dataDirectory);

    // Makes the checked catalogue at `built` active. The one it replaces becomes the previous one; a copy of
    // the new one is kept to restore it should it ever be damaged. The caller holds the folder's lock.
    Result<bool, StorageError> activate(const QString &built, const CatalogueOrigin &origin) const;

    // Brings the previous catalogue back; the one it replaces becomes the previous one, so a second rollback
    // undoes the first. Takes the folder's lock itself.
    Result<RolledBack, StorageError> rollBack() const;

private:
    void refreshImportCopy(const CatalogueOrigin &origin) const;

    CatalogueFolder m_folder;
};

} // namespace recall
