// recall-lookup-cli batch IN.csv [--out OUT.csv] [--json]: checks every row of a service-desk CSV file.
#include "CliContext.h"

#include "BatchChecker.h"
#include "Clock.h"
#include "CsvReader.h"
#include "CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace recall;

namespace {

class BatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommand)

public:
    static QString csvError(const QString &file, const CsvError &e, const CsvReader::Limits &limits)
    {
        switch (e.kind) {
        case CsvError::Kind::CannotRead: return tr("Cannot read %1: %2").arg(file, e.detail);
        case CsvError::Kind::TooLarge:
            return tr("%1 is too large: at most %2 MiB can be checked at once.").arg(file).arg(limits.maxBytes >> 20);
        case CsvError::Kind::Undecodable:
            return tr("%1, line %2: the text is neither UTF-8 nor Shift_JIS. Save the file as CSV (UTF-8).")
                .arg(file)
                .arg(e.line);
        case CsvError::Kind::Empty:
            return tr("%1 is empty: its first line must name the columns, for example model,colour,purchased,serial.")
                .arg(file);
        case CsvError::Kind::NoKnownColumns:
            return tr("%1, line %2: the header names no known column. Use at least one of model (型番), variant "
                      "(品番), jan (JANコード), colour (色), purchased (購入日), serial (シリアル番号).")
                .arg(file)
                .arg(e.line);
        case CsvError::Kind::UnterminatedQuote:
            return tr("%1, line %2: a quoted field is never closed (a \" is missing).").arg(file).arg(e.line);
        case CsvError::Kind::FieldTooLong:
            return tr("%1, line %2: column %3 is longer than %4 characters.")
                .arg(file)
                .arg(e.line)
                .arg(e.detail)
                .arg(limits.maxFieldLength);
        case CsvError::Kind::TooManyFields:
            return tr("%1, line %2: more than %3 columns.").arg(file).arg(e.line).arg(limits.maxFields);
        case CsvError::Kind::TooManyRows:
            return tr("%1, line %2: more than %3 rows; split the file.").arg(file).arg(e.line).arg(limits.maxRows);
        }
        return {};
    }

    static QString summary(const BatchSummary &s)
    {
        return tr("%n row(s): %1 affected, %2 likely affected, %3 not affected, %4 no record, %5 invalid input, "
                  "%6 duplicate serials.",
                  nullptr, s.rows)
            .arg(s.affected)
            .arg(s.likelyAffected)
            .arg(s.notAffected)
            .arg(s.noRecord)
            .arg(s.invalidInput)
            .arg(s.duplicates);
    }

    static QString written(const QString &file) { return tr("Results written to %1.").arg(file); }
    static QString cannotWrite(const QString &file, const QString &why) { return tr("Cannot write %1: %2").arg(file, why); }
    static QString usage() { return tr("batch needs one CSV file, for example: batch checks.csv --out results.csv"); }
};

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject rowJson(const BatchReport &report, const BatchRow &row)
{
    QJsonObject input;
    for (qsizetype i = 0; i < report.header().size(); ++i) {
        const BatchField field = report.columns()[std::size_t(i)];
        const QString name = field == BatchField::Extra ? report.header().at(i) : batchFieldKey(field);
        if (!input.contains(name))
            input.insert(name, row.fields.value(i));
    }
    QJsonArray reasons;
    for (const QString &key : row.check.reasonKeys())
        reasons.append(key);
    return {{QStringLiteral("line"), row.line},
            {QStringLiteral("input"), input},
            {QStringLiteral("verdict"), verdictKey(row.check.verdict)},
            {QStringLiteral("reasons"), reasons},
            {QStringLiteral("serial_normalized"), orNull(row.normalizedSerial())},
            {QStringLiteral("duplicate"), row.duplicate},
            {QStringLiteral("problem"), orNull(rowProblemKey(row.problem))}};
}

// Indented JSON nested `depth` levels deep, without the final line break.
QString nested(const QJsonObject &object, int depth)
{
    QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
    return text.replace(u'\n', u'\n' + QString(depth * 4, u' '));
}

// {"file", "rows": [...], "summary": {...}}, written row by row: one QJsonArray of many rows would need
// several times the memory of the rows themselves.
void printJson(QTextStream &out, const QString &file, const BatchReport &report)
{
    const QString fileJson = QString::fromUtf8(QJsonDocument(QJsonArray{file}).toJson(QJsonDocument::Compact));
    out << "{\n    \"file\": " << QStringView(fileJson).sliced(1, fileJson.size() - 2) << ",\n    \"rows\": [";
    bool first = true;
    for (const BatchRow &row : report.rows()) {
        out << (first ? "\n        " : ",\n        ") << nested(rowJson(report, row), 2);
        first = false;
    }
    const BatchSummary &s = report.summary();
    const QJsonObject summary{{QStringLiteral("rows"), s.rows},
                              {QStringLiteral("affected"), s.affected},
                              {QStringLiteral("likely_affected"), s.likelyAffected},
                              {QStringLiteral("not_affected"), s.notAffected},
                              {QStringLiteral("no_record"), s.noRecord},
                              {QStringLiteral("invalid_input"), s.invalidInput},
                              {QStringLiteral("duplicates"), s.duplicates}};
    out << (first ? "]" : "\n    ]") << ",\n    \"summary\": " << nested(summary, 1) << "\n}\n";
}

} // namespace

int runBatch(CliContext &cx)
{
    if (cx.positional.size() != 2)
        return cx.usage(BatchCommand::usage());
    const QString file = cx.positional.at(1);
    const CsvReader::Limits limits;
    const auto table = CsvReader::readFile(file, limits);
    if (!table) {
        cx.err << BatchCommand::csvError(file, table.error(), limits) << '\n';
        return InvalidInput;
    }
    Catalogue *cat = cx.catalogue();
    if (!cat)
        return Failure;
    const SystemClock clock;
    auto report = BatchChecker(*cat, clock).run(*table);
    if (!report)
        return cx.failed(report.error());

    const bool toFile = cx.isSet(cx.options.out);
    if (toFile) {
        const QString out = cx.value(cx.options.out);
        QString why;
        if (!CsvWriter::writeFile(*report, out, &why)) {
            cx.err << BatchCommand::cannotWrite(out, why) << '\n';
            return Failure;
        }
        if (!cx.json())
            cx.out << BatchCommand::written(out) << '\n' << BatchCommand::summary(report->summary()) << '\n';
    }
    if (cx.json())
        printJson(cx.out, file, *report);
    else if (!toFile)
        cx.out << CsvWriter::text(*report);
    return Answered;
}
