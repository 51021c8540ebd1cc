#pragma once

#include "CatalogueChanges.h"
#include "CatalogueSwitcher.h"
#include "DataPack.h"
#include "Model.h"
#include "PackKeys.h"
#include "PackProblem.h"

#include <QString>

#include <functional>
#include <optional>

namespace recall {

// The steps of an import, in order, for a progress bar. An import that stops early reports no further step.
enum class ImportStage { Verifying, ReadingRecords, Building, Checking, Switching };
inline constexpr int importStageCount = 5;

struct ImportOptions
{
    bool force = false;          // import even when the pack's data is older than the active data
    bool acceptUnsigned = false; // FOR TESTING ONLY: accept packs that carry no signature
    // Told as each step starts, on the importing thread.
    std::function<void(ImportStage)> progress;
};

// A pack that passed every check: its header, its records, and whether it was signed.
struct CheckedPack
{
    DataPackHeader header;
    DataSet data;
    bool signedPack = true;
};

struct ImportReport
{
    CatalogueChanges changes;
    bool signedPack = true;
    bool forced = false; // older data than the active data, imported because forced
};

// Why an import did not happen: the pack's problems (every one found), or the folder could not be changed.
// Either way the active catalogue is unchanged.
struct ImportFailure
{
    PackProblems problems;
    std::optional<StorageError> storage;
};

// Imports a data pack into the app-data folder. Nothing changes until the pack has passed every check: its
// size and structure, its signature (Ed25519, by a trusted key), its format version, every record (by the
// same reader and rules as the build's generator) and its data version against the active data. Then the
// new catalogue is built beside the active one, checked (CatalogueCheck), and switched in one step
// (CatalogueSwitcher); the previous catalogue is kept for rollback.
class PackImporter
{
public:
    PackImporter(QString dataDirectory, PackKeyring trusted);

    Result<ImportReport, ImportFailure> import(const QString &packPath, const ImportOptions &options) const;
    // The checks alone: changes nothing.
    Result<CheckedPack, ImportFailure> check(const QString &packPath, const ImportOptions &options) const;

private:
    QString m_dataDirectory;
    PackKeyring m_trusted;
};

} // namespace recall
