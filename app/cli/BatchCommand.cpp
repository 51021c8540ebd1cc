// recall-lookup-cli batch IN.csv [--out OUT.csv] [--json]: checks every row of a service-desk CSV file.
#include "CliContext.h"

#include "BatchChecker.h"
#include "Clock.h"
#include "CsvReader.h"
#include "CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

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

QJsonObject rowJson(const CsvTable &shape, const BatchRow &row)
{
    QJsonObject input;
    for (qsizetype i = 0; i < shape.header.size(); ++i) {
        const BatchField field = shape.columns[std::size_t(i)];
        const QString name = field == BatchField::Extra ? shape.header.at(i) : batchFieldKey(field);
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

// {"file", "rows": [...], "summary": {...}}, written row by row as the rows are checked: one QJsonArray of
// many rows would need several times the memory of the rows themselves.
class JsonAnswer
{
public:
    JsonAnswer(const QString &file, const CsvTable &shape) : m_shape(shape)
    {
        const QString fileJson =
            QString::fromUtf8(QJsonDocument(QJsonArray{file}).toJson(QJsonDocument::Compact));
        m_text = u"{\n    \"file\": "_qs + QStringView(fileJson).sliced(1, fileJson.size() - 2) +
                 u",\n    \"rows\": ["_qs;
    }

    void add(const BatchRow &row)
    {
        m_text += m_rows == 0 ? u"\n        " : u",\n        ";
        m_text += nested(rowJson(m_shape, row), 2);
        ++m_rows;
    }

    QString finish(const BatchSummary &s)
    {
        const QJsonObject summary{{QStringLiteral("rows"), s.rows},
                                  {QStringLiteral("affected"), s.affected},
                                  {QStringLiteral("likely_affected"), s.likelyAffected},
                                  {QStringLiteral("not_affected"), s.notAffected},
                                  {QStringLiteral("no_record"), s.noRecord},
                                  {QStringLiteral("invalid_input"), s.invalidInput},
                                  {QStringLiteral("duplicates"), s.duplicates}};
        m_text += m_rows == 0 ? u"]" : u"\n    ]";
        m_text += u",\n    \"summary\": "_qs + nested(summary, 1) + u"\n}\n"_qs;
        return std::move(m_text);
    }

private:
    const CsvTable &m_shape;
    QString m_text;
    qsizetype m_rows = 0;
};

} // namespace

// The rows are checked as they are read from the file and written to --out as they are checked, so a large
// file is never held as rows; what goes to the standard output is printed only once every row is checked.
int runBatch(CliContext &cx)
{
    if (cx.positional.size() != 2)
        return cx.usage(BatchCommand::usage());
    const QString file = cx.positional.at(1);
    const CsvReader::Limits limits;
    const auto rows = CsvReader::streamFile(file, limits);
    if (!rows) {
        cx.err << BatchCommand::csvError(file, rows.error(), limits) << '\n';
        return InvalidInput;
    }
    Catalogue *cat = cx.catalogue();
    if (!cat)
        return Failure;
    const CsvTable &shape = (*rows)->shape();

    const bool toFile = cx.isSet(cx.options.out);
    const QString out = toFile ? cx.value(cx.options.out) : QString();
    std::optional<CsvResultFile> outFile;
    if (toFile) {
        outFile.emplace(out, shape.header);
        if (QString why; !outFile->open(&why)) {
            cx.err << BatchCommand::cannotWrite(out, why) << '\n';
            return Failure;
        }
    }
    std::optional<JsonAnswer> json;
    if (cx.json())
        json.emplace(file, shape);
    const std::optional<CsvWriter> csv =
        toFile || json ? std::nullopt : std::optional<CsvWriter>(shape.header);
    QString csvText = csv ? csv->start() : QString();

    const SystemClock clock;
    BatchTally tally;
    tally.reserve((*rows)->rowCount());
    auto ended = BatchChecker(*cat, clock).run(**rows, [&](BatchRow &&row) {
        tally.add(row);
        if (outFile)
            outFile->add(row);
        if (json)
            json->add(row);
        if (csv)
            csv->append(csvText, row);
    });
    if (!ended)
        return cx.failed(ended.error());

    if (outFile) {
        if (QString why; !outFile->commit(&why)) {
            cx.err << BatchCommand::cannotWrite(out, why) << '\n';
            return Failure;
        }
        if (!json)
            cx.out << BatchCommand::written(out) << '\n' << BatchCommand::summary(tally.summary()) << '\n';
    }
    if (json)
        cx.out << json->finish(tally.summary());
    else if (csv)
        cx.out << csvText;
    return Answered;
}
