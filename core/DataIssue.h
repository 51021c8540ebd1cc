#pragma once

#include <QString>

#include <vector>

namespace recall {

// One problem found in recall source data (the build's data folder or an imported data pack).
// The file and field say where; `detail` carries the offending value or the expected one.
enum class DataIssueKind {
    CannotRead,       // the file or folder is missing or unreadable
    NotJson,          // JSON syntax error (detail: parser message; line set)
    FileTooLarge,
    WrongType,        // e.g. a string where a number belongs (detail: expected type)
    MissingField,
    UnknownField,
    EmptyText,        // a ja/en text with one language missing
    BadDate,
    BadJan,           // not 13 digits
    BadJanCheckDigit, // detail: expected check digit
    BadUrl,
    BadSwatch,
    BadSerial,
    BadValue,         // a value outside its allowed set (detail: allowed values)
    OutOfRange,
    PeriodReversed,   // an end date before its start date
    DuplicateId,
    UnknownSource,
    UnknownColour,
    UnknownCategory,
    UnknownProduct,
    UnknownNote,
    MissingSource,    // a record with facts and no source
    OverlappingSerialRanges,
    UnsupportedFormatVersion,
};

struct DataIssue
{
    DataIssueKind kind;
    QString file;  // relative to the data folder
    QString field; // JSON path within the file, e.g. "variants[2].jan"
    QString detail;
    int line = 0; // for syntax errors
};

using DataIssues = std::vector<DataIssue>;

QString dataIssueKindKey(DataIssueKind kind);

} // namespace recall
