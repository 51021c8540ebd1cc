#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <QStringList>
#include <vector>

namespace recall {

struct BatchRow;
class BatchReport;

// Writes a checked batch as CSV for Excel and scripts: UTF-8 with a byte order mark (so Japanese Excel
// reads it as UTF-8), CRLF line ends, fields quoted only where needed. Every input column is kept in its
// place (an input column named like an added one is replaced, so a result file can be checked again),
// followed by the added columns.
class CsvWriter
{
public:
    // For the rows of a batch whose file has this header.
    explicit CsvWriter(const QStringList &header);

    // U+FEFF and the header line.
    QString start() const;
    // One row's record and line end.
    void append(QString &out, const BatchRow &row) const;

    // verdict, reasons (keys joined with ';'), serial_normalized, duplicate (true/false), problem
    static QStringList addedColumns();

    // The whole file as text, starting with U+FEFF.
    static QString text(const BatchReport &report);
    static QByteArray bytes(const BatchReport &report) { return text(report).toUtf8(); }
    // Writes atomically (the old file stays if writing fails); the reason on failure.
    static bool writeFile(const BatchReport &report, const QString &path, QString *error);

    // One record without its line end.
    static QString record(const QStringList &fields, QChar delimiter = u',');
    static QString field(const QString &value, QChar delimiter = u',');

private:
    template <typename Added>
    void appendRecord(QString &out, const QStringList &input, const Added &added) const;

    QStringList m_header;
    std::vector<qsizetype> m_kept; // the input columns written, in order
};

// A result file written as the rows come, without holding them: it replaces the file at `path` only when
// commit() succeeds, so a batch that fails half-way leaves the old file (or none) in place.
class CsvResultFile
{
public:
    CsvResultFile(const QString &path, const QStringList &header);
    bool open(QString *error);
    void add(const BatchRow &row);
    bool commit(QString *error);

private:
    bool flush();

    QSaveFile m_file;
    CsvWriter m_writer;
    QString m_pending; // text not yet written
    bool m_failed = false;
};

} // namespace recall
