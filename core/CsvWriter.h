#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace recall {

class BatchReport;

// Writes a checked batch as CSV for Excel and scripts: UTF-8 with a byte order mark (so Japanese Excel
// reads it as UTF-8), CRLF line ends, fields quoted only where needed. Every input column is kept in its
// place (an input column named like an added one is replaced, so a result file can be checked again),
// followed by the added columns.
class CsvWriter
{
public:
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
};

} // namespace recall
