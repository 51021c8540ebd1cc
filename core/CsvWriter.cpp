#include "CsvWriter.h"

#include "BatchChecker.h"
#include "TextNormalizer.h"

#include <QVarLengthArray>

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

void appendFields(QString &out, const QStringList &fields, QChar delimiter)
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
    appendFields(line, fields, delimiter);
    return line;
}

CsvWriter::CsvWriter(const QStringList &header) : m_header(header)
{
    QStringList addedFolded;
    for (const QString &name : addedColumns())
        addedFolded << TextNormalizer::fold(name);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!addedFolded.contains(TextNormalizer::fold(header.at(i))))
            m_kept.push_back(i);
    }
}

template <typename Added>
void CsvWriter::appendRecord(QString &out, const QStringList &input, const Added &added) const
{
    bool first = true;
    const auto add = [&](QStringView value) {
        if (!first)
            out += u',';
        first = false;
        appendField(out, value, u',');
    };
    for (qsizetype i : m_kept)
        add(i < input.size() ? QStringView(input.at(i)) : QStringView());
    for (const QStringView value : added)
        add(value);
    for (qsizetype i = m_header.size(); i < input.size(); ++i)
        add(input.at(i)); // fields beyond the header (a row with too many) are not dropped
    out += lineEnd;
}

QString CsvWriter::start() const
{
    QString out(QChar(0xFEFF));
    appendRecord(out, m_header, addedColumns());
    return out;
}

void CsvWriter::append(QString &out, const BatchRow &row) const
{
    // Written for every row of a batch: the reasons are joined on the stack, not in a list and a string.
    QVarLengthArray<QChar, 256> reasons;
    row.check.forEachReasonKey([&reasons](const QString &key) {
        if (!reasons.isEmpty())
            reasons.append(u';');
        reasons.append(key.constData(), key.size());
    });
    const QString verdict = verdictKey(row.check.verdict);
    const QString serial = row.normalizedSerial();
    const QString problem = rowProblemKey(row.problem);
    const std::initializer_list<QStringView> added = {verdict,
                                                      QStringView(reasons.constData(), reasons.size()),
                                                      serial, row.duplicate ? u"true" : u"false", problem};
    appendRecord(out, row.fields, added);
}

QString CsvWriter::text(const BatchReport &report)
{
    const CsvWriter writer(report.header());
    QString out = writer.start();
    out.reserve(qsizetype(report.rows().size()) * 160 + 256); // a typical row with its verdict columns
    for (const BatchRow &row : report.rows())
        writer.append(out, row);
    return out;
}

bool CsvWriter::writeFile(const BatchReport &report, const QString &path, QString *error)
{
    CsvResultFile file(path, report.header());
    if (!file.open(error))
        return false;
    for (const BatchRow &row : report.rows())
        file.add(row);
    return file.commit(error);
}

namespace {
constexpr qsizetype flushAtChars = 64 * 1024;
} // namespace

CsvResultFile::CsvResultFile(const QString &path, const QStringList &header) : m_file(path), m_writer(header)
{
}

bool CsvResultFile::open(QString *error)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    m_pending = m_writer.start();
    m_pending.reserve(flushAtChars + 4096);
    return true;
}

void CsvResultFile::add(const BatchRow &row)
{
    m_writer.append(m_pending, row);
    if (m_pending.size() >= flushAtChars)
        flush();
}

bool CsvResultFile::flush()
{
    const QByteArray bytes = m_pending.toUtf8();
    m_pending.clear(); // keeps its capacity
    if (!m_failed && m_file.write(bytes) != bytes.size())
        m_failed = true;
    return !m_failed;
}

bool CsvResultFile::commit(QString *error)
{
    // Without a commit the new file is never renamed over the old one.
    if (!flush() || !m_file.commit()) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    return true;
}

} // namespace recall
