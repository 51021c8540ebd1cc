#include "ImportTexts.h"

#include "DataPack.h"
#include "DataSetReader.h"
#include "Translations.h"

using namespace recall;

QString ImportTexts::tx(const char *source) const
{
    return Translations::translate(m_texts.language(), "ImportTexts", source);
}

QString ImportTexts::txn(const char *source, int n) const
{
    return Translations::translate(m_texts.language(), "ImportTexts", source, n);
}

QString ImportTexts::withDetail(const QString &text, const QString &detail) const
{
    //: A message followed by the value it is about, e.g. "bad date (2025-13-01)"
    return detail.isEmpty() ? text : tx(QT_TR_NOOP("%1 (%2)")).arg(text, detail);
}

QString ImportTexts::version(int dataVersion, const QDate &asOf) const
{
    return tx(QT_TR_NOOP("version %1 (as of %2)")).arg(QString::number(dataVersion), m_texts.date(asOf));
}

QString ImportTexts::dataIssue(const DataIssue &issue) const
{
    QString what;
    switch (issue.kind) {
    case DataIssueKind::CannotRead: what = tx(QT_TR_NOOP("cannot be read")); break;
    case DataIssueKind::NotJson: what = tx(QT_TR_NOOP("is not valid JSON")); break;
    case DataIssueKind::FileTooLarge: what = tx(QT_TR_NOOP("is too large")); break;
    case DataIssueKind::WrongType: what = tx(QT_TR_NOOP("has the wrong type (expected: %1)")).arg(issue.detail); break;
    case DataIssueKind::MissingField: what = tx(QT_TR_NOOP("is missing")); break;
    case DataIssueKind::UnknownField: what = tx(QT_TR_NOOP("is not a known field")); break;
    case DataIssueKind::EmptyText: what = tx(QT_TR_NOOP("needs both the Japanese and the English text")); break;
    case DataIssueKind::BadDate: what = tx(QT_TR_NOOP("is not a date written as YYYY-MM-DD")); break;
    case DataIssueKind::BadJan: what = tx(QT_TR_NOOP("is not a 13-digit JAN code")); break;
    case DataIssueKind::BadJanCheckDigit:
        what = tx(QT_TR_NOOP("has a wrong JAN check digit (it should be %1)")).arg(issue.detail);
        break;
    case DataIssueKind::BadUrl: what = tx(QT_TR_NOOP("is not a web address")); break;
    case DataIssueKind::BadSwatch: what = tx(QT_TR_NOOP("is not a colour written as #RRGGBB")); break;
    case DataIssueKind::BadSerial: what = tx(QT_TR_NOOP("is not a valid serial number")); break;
    case DataIssueKind::BadValue: what = tx(QT_TR_NOOP("has a value that is not allowed")); break;
    case DataIssueKind::OutOfRange: what = tx(QT_TR_NOOP("is out of range")); break;
    case DataIssueKind::PeriodReversed: what = tx(QT_TR_NOOP("ends before it starts")); break;
    case DataIssueKind::DuplicateId: what = tx(QT_TR_NOOP("repeats a value that must be unique")); break;
    case DataIssueKind::UnknownSource: what = tx(QT_TR_NOOP("names a source that sources.json does not list")); break;
    case DataIssueKind::UnknownColour: what = tx(QT_TR_NOOP("names an unknown colour")); break;
    case DataIssueKind::UnknownCategory: what = tx(QT_TR_NOOP("names an unknown category")); break;
    case DataIssueKind::UnknownProduct: what = tx(QT_TR_NOOP("names an unknown product or campaign")); break;
    case DataIssueKind::UnknownNote: what = tx(QT_TR_NOOP("names an unknown note")); break;
    case DataIssueKind::MissingSource: what = tx(QT_TR_NOOP("states facts without naming their source (src)")); break;
    case DataIssueKind::OverlappingSerialRanges: what = tx(QT_TR_NOOP("has overlapping serial number ranges")); break;
    case DataIssueKind::UnsupportedFormatVersion:
        what = tx(QT_TR_NOOP("has a format version this app cannot read (it reads %1)")).arg(issue.detail);
        break;
    }
    const bool detailInText = issue.kind == DataIssueKind::WrongType || issue.kind == DataIssueKind::BadJanCheckDigit
                              || issue.kind == DataIssueKind::UnsupportedFormatVersion;
    QString where = issue.file;
    if (issue.line > 0)
        //: A file name and a line number in it
        where = tx(QT_TR_NOOP("%1, line %2")).arg(issue.file, QString::number(issue.line));
    if (!issue.field.isEmpty())
        where += QStringLiteral(": ") + issue.field;
    return where + QStringLiteral(": ") + (detailInText ? what : withDetail(what, issue.detail.left(200)));
}

QString ImportTexts::packProblem(const PackProblem &p) const
{
    using Kind = PackProblem::Kind;
    switch (p.kind) {
    case Kind::CannotRead: return withDetail(tx(QT_TR_NOOP("The file cannot be read: %1")).arg(p.where), p.detail);
    case Kind::TooLarge:
        return tx(QT_TR_NOOP("The file is too large to be a data pack (%1 bytes; at most %2)."))
            .arg(p.detail, QString::number(DataPack::maxSize));
    case Kind::NotAPack: return tx(QT_TR_NOOP("This file is not a Recall Lookup data pack."));
    case Kind::UnsupportedVersion:
        return tx(QT_TR_NOOP("The data pack was made for another version of Recall Lookup (pack version %1).")).arg(p.detail);
    case Kind::Truncated:
        return tx(QT_TR_NOOP("The file is incomplete: it ends before the end of the data pack (bytes present/expected: %1)."))
            .arg(p.detail);
    case Kind::TrailingBytes:
        return tx(QT_TR_NOOP("The file has %1 unexpected bytes after the end of the data pack.")).arg(p.detail);
    case Kind::BadHeader: return tx(QT_TR_NOOP("The data pack is damaged: %1 (%2).")).arg(p.where, p.detail);
    case Kind::BadEntry: return tx(QT_TR_NOOP("The data pack is damaged at %1: %2.")).arg(p.where, p.detail);
    case Kind::UnexpectedEntry:
        return tx(QT_TR_NOOP("The data pack contains a file that has no place in recall data: %1")).arg(p.where);
    case Kind::DuplicateEntry: return tx(QT_TR_NOOP("The data pack contains %1 twice.")).arg(p.where);
    case Kind::EntryTooLarge: return tx(QT_TR_NOOP("%1 in the data pack is too large (%2 bytes).")).arg(p.where, p.detail);
    case Kind::TooManyEntries: return tx(QT_TR_NOOP("The data pack announces too many files (%1).")).arg(p.detail);
    case Kind::Unsigned:
        return tx(QT_TR_NOOP("The data pack is not signed. Only signed data packs can be imported."));
    case Kind::UntrustedKey:
        return tx(QT_TR_NOOP("The data pack is signed with a key this app does not trust (key %1).")).arg(p.detail);
    case Kind::BadSignature:
        return tx(QT_TR_NOOP("The data pack's signature does not match its contents: it was changed after it was "
                             "signed, or it is damaged."));
    case Kind::WrongFormatVersion:
        return tx(QT_TR_NOOP("The recall data in the pack is in format version %1; this version of Recall Lookup "
                             "reads format version %2."))
            .arg(p.detail, QString::number(DataSetReader::supportedFormatVersion));
    case Kind::HeaderMismatch:
        return tx(QT_TR_NOOP("The data pack's header and its dataset.json disagree on %1 (%2).")).arg(p.where, p.detail);
    case Kind::Record: return p.issue ? dataIssue(*p.issue) : p.where;
    case Kind::NoRecords: return tx(QT_TR_NOOP("The data pack has no records in %1.")).arg(p.where);
    case Kind::OlderData: {
        const QStringList versions = p.detail.split(u'/');
        return tx(QT_TR_NOOP("The data pack holds older recall data (version %1) than the data in use (version %2)."))
            .arg(versions.value(0), versions.value(1));
    }
    }
    return {};
}

QString ImportTexts::storageError(const StorageError &error) const
{
    using Kind = StorageError::Kind;
    switch (error.kind) {
    case Kind::Busy:
        return tx(QT_TR_NOOP("Another Recall Lookup is changing the recall data right now. Try again in a moment."));
    case Kind::CannotWrite:
        return tx(QT_TR_NOOP("The recall data could not be saved (%1). The data in use is unchanged.")).arg(error.detail);
    case Kind::BuildFailed:
        return tx(QT_TR_NOOP("The new recall data could not be written (%1). The data in use is unchanged.")).arg(error.detail);
    case Kind::CheckFailed:
        return tx(QT_TR_NOOP("The new recall data failed its check (%1). The data in use is unchanged.")).arg(error.detail);
    case Kind::NothingToRollBack: return tx(QT_TR_NOOP("There is no earlier recall data to go back to."));
    case Kind::PreviousUnusable:
        return tx(QT_TR_NOOP("The earlier recall data is damaged and cannot be restored: %1")).arg(error.path);
    }
    return {};
}

QString ImportTexts::refused(int problems) const
{
    return sentences({tx(QT_TR_NOOP("The data pack was not imported; the recall data in use is unchanged.")),
                      txn(QT_TR_N_NOOP("%n problem(s):"), problems)});
}

QStringList ImportTexts::summary(const ImportReport &report) const
{
    const CatalogueChanges &c = report.changes;
    QStringList lines;
    if (c.fromDataVersion > 0)
        lines << tx(QT_TR_NOOP("Recall data %1 is now in use, replacing %2."))
                     .arg(version(c.toDataVersion, c.toAsOf), version(c.fromDataVersion, c.fromAsOf));
    else
        lines << tx(QT_TR_NOOP("Recall data %1 is now in use.")).arg(version(c.toDataVersion, c.toAsOf));
    const auto list = [&](const char *label, const QStringList &items) {
        if (!items.isEmpty())
            lines << tx(label).arg(items.join(QStringLiteral(", ")));
    };
    list(QT_TR_NOOP("Campaigns added: %1"), c.campaignsAdded);
    list(QT_TR_NOOP("Campaigns changed: %1"), c.campaignsChanged);
    list(QT_TR_NOOP("Campaigns removed: %1"), c.campaignsRemoved);
    list(QT_TR_NOOP("Products added: %1"), c.productsAdded);
    list(QT_TR_NOOP("Products changed: %1"), c.productsChanged);
    list(QT_TR_NOOP("Products removed: %1"), c.productsRemoved);
    list(QT_TR_NOOP("Lists of affected serial numbers changed: %1"), c.serialListsChanged);
    if (!c.progressUpdated.empty()) {
        lines << tx(QT_TR_NOOP("Collection progress updated:"));
        const QLocale locale = m_texts.locale();
        const auto point = [&](const std::optional<ProgressPoint> &p) {
            //: A collection rate and its date, e.g. "36.8% (as of 7 January 2026)"
            return p ? tx(QT_TR_NOOP("%1% (as of %2)")).arg(locale.toString(p->ratePercent, 'f', 1), m_texts.date(p->asOf))
                     : tx(QT_TR_NOOP("none"));
        };
        for (const ProgressChange &change : c.progressUpdated)
            //: Campaign, model: progress before → progress after
            lines << QStringLiteral("  ") + tx(QT_TR_NOOP("%1 %2: %3 → %4")).arg(change.campaign, change.model, point(change.before),
                                                                         point(change.after));
    }
    if (c.nothingChanged())
        lines << tx(QT_TR_NOOP("The records are the same as in the data it replaced."));
    if (report.forced)
        lines << tx(QT_TR_NOOP("This data is older than the data it replaced: it was imported because you chose to."));
    if (!report.signedPack)
        lines << unsignedAccepted();
    return lines;
}

QString ImportTexts::unsignedAccepted() const
{
    return tx(QT_TR_NOOP("TESTING SETTING ON: unsigned data packs are accepted. Never use it with data you did not make yourself."));
}

QString ImportTexts::sentences(const QStringList &parts) const
{
    return parts.join(m_texts.language() == recall::Language::Japanese ? QString() : QStringLiteral(" "));
}

QString ImportTexts::rolledBack(const RolledBack &result) const
{
    const QString now = tx(QT_TR_NOOP("Recall data %1 is in use again.")).arg(version(result.to.dataVersion, result.to.asOf));
    if (result.from.dataVersion == 0)
        return now;
    return sentences({now, tx(QT_TR_NOOP("Undoing again brings back %1.")).arg(version(result.from.dataVersion, result.from.asOf))});
}
