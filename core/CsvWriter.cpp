#include "CsvWriter.h"

#include "BatchChecker.h"
#include "TextNormalizer.h"

#include <QSaveFile>

#include <algorithm>

namespace recall {

namespace {
constexpr QStringView lineEnd = u"\r\n";
} // namespace

QStringList CsvWriter::addedColumns()
{
    return {QStringLiteral("verdict"), QStringLiteral("reasons"), QStringLiteral("serial_normalized"),
            QStringLiteral("duplicate"), QStringLiteral("problem")};
}

namespace {

// Appends one field, quoted only when it holds the delimiter, a quote or a line break.
void appendField(QString &out, QStringView value, QChar delimiter)
{
    const bool needsQuotes = std::any_of(value.begin(), value.end(), [delimiter](QChar c) {
        return c == delimiter || c == u'"' || c == u'\n' || c == u'\r';
    });
    if (!needsQuotes) {
        out += value;
        return;
    }
    out += u'"';
    for (QChar c : value) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
}

void appendRecord(QString &out, const QStringList &fields, QChar delimiter)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += delimiter;
        appendField(out, fields.at(i), delimiter);
    }
}

} // namespace

QString CsvWriter::field(const QString &value, QChar delimiter)
{
    QString out;
    appendField(out, value, delimiter);
    return out;
}

QString CsvWriter::record(const QStringList &fields, QChar delimiter)
{
    QString line;
    appendRecord(line, fields, delimiter);
    return line;
}

QString CsvWriter::text(const BatchReport &report)
{
    const QStringList added = addedColumns();
    QStringList addedFolded;
    for (const QString &name : added)
        addedFolded << TextNormalizer::fold(name);
    std::vector<qsizetype> kept; // the input columns written, in order
    const QStringList &header = report.header();
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!addedFolded.contains(TextNormalizer::fold(header.at(i))))
            kept.push_back(i);
    }

    QString out;
    out.reserve(qsizetype(report.rows().size()) * 160 + 256); // a typical row with its verdict columns
    out += QChar(0xFEFF);
    QStringList fields;
    const auto writeRecord = [&](const QStringList &input, const QStringList &extra, qsizetype surplusFrom) {
        fields.clear();
        for (qsizetype i : kept)
            fields << input.value(i);
        fields << extra;
        for (qsizetype i = surplusFrom; i < input.size(); ++i)
            fields << input.at(i); // fields beyond the header (a row with too many) are not dropped
        appendRecord(out, fields, u',');
        out += lineEnd;
    };
    writeRecord(header, added, header.size());
    for (const BatchRow &row : report.rows()) {
        writeRecord(row.fields,
             {verdictKey(row.check.verdict), row.check.reasonKeys().join(u';'), row.normalizedSerial(),
              row.duplicate ? QStringLiteral("true") : QStringLiteral("false"), rowProblemKey(row.problem)},
             header.size());
    }
    return out;
}

bool CsvWriter::writeFile(const BatchReport &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray data = bytes(report);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace recall
