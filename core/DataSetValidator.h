#pragma once

#include "DataIssue.h"
#include "JsonRecord.h"
#include "Model.h"

namespace recall::DataSetValidator {

// Checks across records: unique ids and codes, references to sources, colours, categories, products and
// notes, campaign colours that the product has, and affected-serial lists that do not overlap.
void validate(const DataSet &data, const std::vector<DataReference> &references, DataIssues &issues);

} // namespace recall::DataSetValidator
