#pragma once

#include "Catalogue.h"

#include <QString>

#include <memory>
#include <optional>

namespace recall {

// Keeps the active catalogue in the app-data folder: installs the built-in copy on first use, replaces it
// when the application brings newer built-in data, and restores it when the active copy is missing,
// damaged or of another schema. The built-in copy itself is never changed.
class CatalogueStore
{
public:
    enum class Event {
        UsedActive,       // the active copy was fine
        Installed,        // first start: the built-in copy was installed
        Upgraded,         // the application brought a newer built-in copy
        Restored,         // the active copy was unusable; the built-in copy replaced it
    };

    struct Opened
    {
        std::unique_ptr<Catalogue> catalogue;
        Event event = Event::UsedActive;
        std::optional<CatalogueError> replacedBecause; // set for Restored
        QString keptAside;                            // where the unusable copy was moved, if it was
    };

    // `builtInPath` may be a Qt resource path (":/..."); `dataDirectory` is the writable app-data folder.
    CatalogueStore(QString builtInPath, QString dataDirectory);

    Result<Opened, CatalogueError> open();
    QString activePath() const;

    // The app-data folder of this platform (QStandardPaths::AppDataLocation).
    static QString defaultDataDirectory();
    static QString builtInResourcePath();

private:
    Result<bool, CatalogueError> installBuiltIn(const QByteArray &builtIn, const QString &digest);
    QString markerPath() const;

    QString m_builtInPath;
    QString m_dataDirectory;
};

} // namespace recall
