#include "CatalogueAccess.h"

using namespace recall;

Result<CatalogueStore::Opened, CatalogueError> openCatalogue(const QString &explicitPath)
{
    if (!explicitPath.isEmpty()) {
        auto catalogue = Catalogue::open(explicitPath);
        if (!catalogue)
            return catalogue.error();
        CatalogueStore::Opened opened;
        opened.catalogue = std::move(*catalogue);
        return opened;
    }
    return CatalogueStore(CatalogueStore::builtInResourcePath(), CatalogueStore::defaultDataDirectory()).open();
}
