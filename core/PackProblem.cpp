#include "PackProblem.h"

namespace recall {

QString packProblemKey(PackProblem::Kind kind)
{
    using Kind = PackProblem::Kind;
    switch (kind) {
    case Kind::CannotRead: return QStringLiteral("cannot_read");
    case Kind::TooLarge: return QStringLiteral("too_large");
    case Kind::NotAPack: return QStringLiteral("not_a_pack");
    case Kind::UnsupportedVersion: return QStringLiteral("unsupported_version");
    case Kind::Truncated: return QStringLiteral("truncated");
    case Kind::TrailingBytes: return QStringLiteral("trailing_bytes");
    case Kind::BadHeader: return QStringLiteral("bad_header");
    case Kind::BadEntry: return QStringLiteral("bad_entry");
    case Kind::UnexpectedEntry: return QStringLiteral("unexpected_entry");
    case Kind::DuplicateEntry: return QStringLiteral("duplicate_entry");
    case Kind::EntryTooLarge: return QStringLiteral("entry_too_large");
    case Kind::TooManyEntries: return QStringLiteral("too_many_entries");
    case Kind::Unsigned: return QStringLiteral("unsigned");
    case Kind::UntrustedKey: return QStringLiteral("untrusted_key");
    case Kind::BadSignature: return QStringLiteral("bad_signature");
    case Kind::WrongFormatVersion: return QStringLiteral("wrong_format_version");
    case Kind::HeaderMismatch: return QStringLiteral("header_mismatch");
    case Kind::Record: return QStringLiteral("record");
    case Kind::NoRecords: return QStringLiteral("no_records");
    case Kind::OlderData: return QStringLiteral("older_data");
    }
    return {};
}

} // namespace recall
