#pragma once

#include "Eligibility.h"
#include "ProductDetails.h"
#include "SearchEngine.h"

#include <QJsonObject>

// The machine-readable shapes of search, show and check (snake_case keys). `recall-lookup-cli --json`
// prints exactly these; other tools rely on the keys, so only add, never rename.
namespace recall::JsonExport {

QJsonObject text(const LocalizedText &t);
QJsonObject search(const SearchResponse &response);
QJsonObject show(const ProductDetails &details);
QJsonObject check(const CheckResult &result);
QJsonObject serial(const SerialCheck &check);

} // namespace recall::JsonExport
