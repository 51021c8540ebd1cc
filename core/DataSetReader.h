#pragma once

#include "DataIssue.h"
#include "Model.h"

#include <QStringList>

namespace recall {

struct DataSetReadResult
{
    DataSet data;
    DataIssues issues;

    bool ok() const { return issues.empty(); }
};

// Reads and validates recall source data (layout in resources/data/README.md). Every problem is reported,
// with file and field, before anything is built from the data.
class DataSetReader
{
public:
    static constexpr int supportedFormatVersion = 1;
    static constexpr qint64 maxFileSize = 64LL * 1024 * 1024;

    // The first folder holds dataset.json; later folders add records (test fixtures overlay the shipped data).
    DataSetReadResult read(const QStringList &folders) const;
};

} // namespace recall
