#pragma once

#include "JsonRecord.h"
#include "Model.h"

// Turn the JSON records of the source data (resources/data/README.md) into the model. Each parser reports
// every problem it finds through the JsonRecord and returns what it could read.
namespace recall::RecordParsers {

DataSetInfo readDataSetInfo(JsonRecord &r);
Source readSource(JsonRecord &r);
Colour readColour(JsonRecord &r);
Category readCategory(JsonRecord &r);
Product readProduct(JsonRecord &r);
Campaign readCampaign(JsonRecord &r);
AffectedSerialList readAffectedSerialList(JsonRecord &r);

} // namespace recall::RecordParsers
