// recall-catalogue-generator: validates recall source data and writes the read-only catalogue.
// A developer tool run by the build; its messages are English and name the file and field of each problem.
#include "CatalogueWriter.h"
#include "DataSetReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

QString describe(const recall::DataIssue &issue)
{
    using recall::DataIssueKind;
    QString what;
    switch (issue.kind) {
    case DataIssueKind::CannotRead: what = QStringLiteral("cannot read"); break;
    case DataIssueKind::NotJson: what = QStringLiteral("not valid JSON"); break;
    case DataIssueKind::FileTooLarge: what = QStringLiteral("file too large"); break;
    case DataIssueKind::WrongType: what = QStringLiteral("wrong type, expected"); break;
    case DataIssueKind::MissingField: what = QStringLiteral("missing"); break;
    case DataIssueKind::UnknownField: what = QStringLiteral("unknown field"); break;
    case DataIssueKind::EmptyText: what = QStringLiteral("text missing in this language"); break;
    case DataIssueKind::BadDate: what = QStringLiteral("bad date (YYYY-MM-DD)"); break;
    case DataIssueKind::BadJan: what = QStringLiteral("bad JAN (13 digits)"); break;
    case DataIssueKind::BadJanCheckDigit: what = QStringLiteral("bad JAN check digit, expected"); break;
    case DataIssueKind::BadUrl: what = QStringLiteral("bad URL"); break;
    case DataIssueKind::BadSwatch: what = QStringLiteral("bad swatch (#RRGGBB)"); break;
    case DataIssueKind::BadSerial: what = QStringLiteral("bad serial number"); break;
    case DataIssueKind::BadValue: what = QStringLiteral("bad value, allowed"); break;
    case DataIssueKind::OutOfRange: what = QStringLiteral("out of range"); break;
    case DataIssueKind::PeriodReversed: what = QStringLiteral("ends before it starts"); break;
    case DataIssueKind::DuplicateId: what = QStringLiteral("duplicate"); break;
    case DataIssueKind::UnknownSource: what = QStringLiteral("unknown source"); break;
    case DataIssueKind::UnknownColour: what = QStringLiteral("unknown colour"); break;
    case DataIssueKind::UnknownCategory: what = QStringLiteral("unknown category"); break;
    case DataIssueKind::UnknownProduct: what = QStringLiteral("unknown product or campaign"); break;
    case DataIssueKind::UnknownNote: what = QStringLiteral("unknown note"); break;
    case DataIssueKind::MissingSource: what = QStringLiteral("missing source (src)"); break;
    case DataIssueKind::OverlappingSerialRanges: what = QStringLiteral("overlapping serial ranges at"); break;
    case DataIssueKind::UnsupportedFormatVersion: what = QStringLiteral("unsupported format version, supported"); break;
    }
    QString where = issue.file;
    if (issue.line > 0)
        where += u':' + QString::number(issue.line);
    if (!issue.field.isEmpty())
        where += QStringLiteral(": ") + issue.field;
    return where + QStringLiteral(": ") + what + (issue.detail.isEmpty() ? QString() : u' ' + issue.detail)
           + QStringLiteral(" [") + recall::dataIssueKindKey(issue.kind) + u']';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recall-catalogue-generator"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Validates recall source data and writes catalogue.sqlite."));
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Data folder (repeatable; later ones add records)."),
                                  QStringLiteral("folder"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("Catalogue file to write."),
                                    QStringLiteral("file"));
    const QCommandLineOption checkOnly(QStringLiteral("check"), QStringLiteral("Validate only; write nothing."));
    parser.addOptions({data, output, checkOnly});
    parser.process(app);

    QTextStream err(stderr);
    const QStringList folders = parser.values(data);
    if (folders.isEmpty() || (!parser.isSet(output) && !parser.isSet(checkOnly))) {
        err << "usage: recall-catalogue-generator --data FOLDER [--data FOLDER...] (--output FILE | --check)\n";
        return 2;
    }
    const recall::DataSetReadResult read = recall::DataSetReader().read(folders);
    if (!read.ok()) {
        for (const recall::DataIssue &issue : read.issues)
            err << "error: " << describe(issue) << '\n';
        err << read.issues.size() << " problem(s) in the recall data; no catalogue written.\n";
        return 1;
    }
    if (parser.isSet(checkOnly))
        return 0;
    const QString failure = recall::CatalogueWriter().write(read.data, parser.value(output));
    if (!failure.isEmpty()) {
        err << "error: cannot write " << parser.value(output) << ": " << failure << '\n';
        return 1;
    }
    return 0;
}
