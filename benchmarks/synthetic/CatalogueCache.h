#pragma once

#include "SyntheticCatalogue.h"

#include <QString>

namespace recall::synthetic {

struct CachedCatalogue
{
    QString cataloguePath;
    QString batchPath; // empty when no batch rows were asked for
    Samples samples;
};

// Synthetic catalogues written once into a folder (the build folder) and reused: generating the 1M-product
// catalogue takes minutes, opening it milliseconds. The file names carry everything the content depends on
// (size, seed, generator, catalogue schema and normaliser versions), so a stale file is never picked up.
class CatalogueCache
{
public:
    CatalogueCache(QString directory, QString baseDataFolder);

    // The cached files for `size`, generating them first when missing. `error` says why not.
    std::optional<CachedCatalogue> get(const Size &size, int batchRows, QString *error) const;

    QString stem(const Size &size) const;

private:
    QString m_directory;
    QString m_baseDataFolder;
};

} // namespace recall::synthetic
