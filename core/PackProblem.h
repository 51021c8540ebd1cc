#pragma once

#include "DataIssue.h"

#include <QString>

#include <optional>
#include <vector>

namespace recall {

// One reason a data pack cannot be imported, and where it is. An import reports every problem it can find
// (a truncated or foreign file stops the reading early), never just the first.
struct PackProblem
{
    enum class Kind {
        CannotRead,         // the file cannot be opened or read (detail: the system's message)
        TooLarge,           // the file is larger than DataPack::maxSize (detail: its size in bytes)
        NotAPack,           // it does not start like a data pack
        UnsupportedVersion, // a container version this app cannot read (detail: the version found)
        Truncated,          // the file ends before its header says it should (detail: bytes present/expected)
        TrailingBytes,      // bytes after the end the header gives (detail: how many)
        BadHeader,          // a header field is out of range (where: the field)
        BadEntry,           // an entry's length or name cannot be read (where: entry index)
        UnexpectedEntry,    // a file that has no place in the data layout (where: its name)
        DuplicateEntry,     // the same file twice (names compared without case)
        EntryTooLarge,      // detail: its size in bytes
        TooManyEntries,     // detail: how many the header announces
        Unsigned,           // no signature, and unsigned packs are not accepted
        UntrustedKey,       // signed with a key this app does not trust (detail: the key's fingerprint)
        BadSignature,       // the signature does not match the contents: changed after signing, or damaged
        WrongFormatVersion, // the records' format version (detail: the version found)
        HeaderMismatch,     // the header and dataset.json disagree (where: the field; detail: both values)
        Record,             // a record breaks a rule of the data (issue says which, where)
        NoRecords,          // the data set has no products, campaigns or sources (where: which folder or file)
        OlderData,          // older than the active data and not forced (detail: pack and active versions)
    };
    Kind kind;
    QString where;
    QString detail;
    std::optional<DataIssue> issue; // for Record
};

using PackProblems = std::vector<PackProblem>;

QString packProblemKey(PackProblem::Kind kind);

} // namespace recall
