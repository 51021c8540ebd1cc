#include "DataIssue.h"

namespace recall {

QString dataIssueKindKey(DataIssueKind kind)
{
    switch (kind) {
    case DataIssueKind::CannotRead: return QStringLiteral("cannot_read");
    case DataIssueKind::NotJson: return QStringLiteral("not_json");
    case DataIssueKind::FileTooLarge: return QStringLiteral("file_too_large");
    case DataIssueKind::WrongType: return QStringLiteral("wrong_type");
    case DataIssueKind::MissingField: return QStringLiteral("missing_field");
    case DataIssueKind::UnknownField: return QStringLiteral("unknown_field");
    case DataIssueKind::EmptyText: return QStringLiteral("empty_text");
    case DataIssueKind::BadDate: return QStringLiteral("bad_date");
    case DataIssueKind::BadJan: return QStringLiteral("bad_jan");
    case DataIssueKind::BadJanCheckDigit: return QStringLiteral("bad_jan_check_digit");
    case DataIssueKind::BadUrl: return QStringLiteral("bad_url");
    case DataIssueKind::BadSwatch: return QStringLiteral("bad_swatch");
    case DataIssueKind::BadSerial: return QStringLiteral("bad_serial");
    case DataIssueKind::BadValue: return QStringLiteral("bad_value");
    case DataIssueKind::OutOfRange: return QStringLiteral("out_of_range");
    case DataIssueKind::PeriodReversed: return QStringLiteral("period_reversed");
    case DataIssueKind::DuplicateId: return QStringLiteral("duplicate_id");
    case DataIssueKind::UnknownSource: return QStringLiteral("unknown_source");
    case DataIssueKind::UnknownColour: return QStringLiteral("unknown_colour");
    case DataIssueKind::UnknownCategory: return QStringLiteral("unknown_category");
    case DataIssueKind::UnknownProduct: return QStringLiteral("unknown_product");
    case DataIssueKind::UnknownNote: return QStringLiteral("unknown_note");
    case DataIssueKind::MissingSource: return QStringLiteral("missing_source");
    case DataIssueKind::OverlappingSerialRanges: return QStringLiteral("overlapping_serial_ranges");
    case DataIssueKind::UnsupportedFormatVersion: return QStringLiteral("unsupported_format_version");
    }
    return {};
}

} // namespace recall
