#pragma once

#include "Model.h"

#include <QString>

namespace recall {

// Writes a validated DataSet as a catalogue file (schema in CatalogueSchema.h). The output is
// deterministic for the same data, so builds are reproducible.
class CatalogueWriter
{
public:
    // Replaces `path`. Returns an empty string on success, else what failed.
    QString write(const DataSet &data, const QString &path) const;
};

} // namespace recall
