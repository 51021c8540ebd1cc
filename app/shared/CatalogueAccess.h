#pragma once

#include "CatalogueStore.h"

#include <QString>

// Opens the catalogue a front end should use: a file named on the command line, else the active copy in
// the app-data folder (installed from, or restored to, the built-in copy).
recall::Result<recall::CatalogueStore::Opened, recall::CatalogueError> openCatalogue(const QString &explicitPath = {});
