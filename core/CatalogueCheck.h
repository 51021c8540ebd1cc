#pragma once

#include "Model.h"

#include <QString>

namespace recall {

// How many rows a catalogue built from a data set must have.
struct CatalogueCounts
{
    qint64 products = 0;
    qint64 variants = 0;
    qint64 campaigns = 0;
    qint64 sources = 0;
    qint64 affectedSerials = 0; // single serials and ranges

    static CatalogueCounts of(const DataSet &data);
    bool operator==(const CatalogueCounts &other) const = default;
};

// The check a newly built catalogue passes before it may replace the active one: PRAGMA integrity_check,
// the schema version this app reads (in meta and user_version), the data set's version and date, and one
// row for every record of the data.
class CatalogueCheck
{
public:
    // Empty when the catalogue passes, else what failed.
    static QString problemIn(const QString &path, const DataSet &data);
};

} // namespace recall
