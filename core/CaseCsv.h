#pragma once

#include "CaseStore.h"

#include <QByteArray>

#include <vector>

namespace recall::CaseCsv {

// The case log as a spreadsheet file: UTF-8 with a byte-order mark (so Excel reads Japanese correctly),
// CRLF line ends, RFC 4180 quoting, a header row of stable column keys and one row per case. Times are
// local with their UTC offset; reasons are keys joined with ';' (as in the batch results). A cell that a
// spreadsheet would run as a formula (starting with =, +, -, @) gets a leading '.
QStringList header();
QByteArray encode(const std::vector<CaseRecord> &cases);

} // namespace recall::CaseCsv
