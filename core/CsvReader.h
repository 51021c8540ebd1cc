#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace recall {

// The columns of a batch file the checker understands; every other column is kept as it is.
enum class BatchField { Model, VariantCode, Jan, Colour, Purchased, Serial, Extra };

QString batchFieldKey(BatchField field); // "model", "variant", "jan", "colour", "purchased", "serial"; "" for Extra

struct CsvError
{
    enum class Kind {
        CannotRead,        // the file cannot be opened
        TooLarge,          // more bytes than Limits::maxBytes
        Undecodable,       // neither UTF-8 nor Shift_JIS; detail: the encoding tried ("utf-8", "shift_jis")
        Empty,             // no header line
        NoKnownColumns,    // the header names none of the columns in BatchField
        UnterminatedQuote, // a quoted field is never closed; line: where it opened
        FieldTooLong,      // detail: the 1-based column
        TooManyFields,
        TooManyRows,
    };
    Kind kind;
    int line = 0; // 1-based; 0 when the whole file is concerned
    QString detail;
};

QString csvErrorKey(CsvError::Kind kind);

enum class TextEncoding { Utf8, Utf8WithBom, ShiftJis };

struct CsvRow
{
    int line = 0; // 1-based line the record starts on (a quoted field may span lines)
    QStringList fields;
};

struct CsvTable
{
    QStringList header;
    std::vector<BatchField> columns; // one per header cell
    QChar delimiter = u',';
    TextEncoding encoding = TextEncoding::Utf8;
    int headerLine = 1;
    std::vector<CsvRow> rows; // rows whose fields are all blank are left out

    // The first column for a field, or -1.
    int column(BatchField field) const;
    bool fieldCountMatches(const CsvRow &row) const { return row.fields.size() == header.size(); }
    // The same header, columns and encoding, with no rows.
    CsvTable withoutRows() const;
};

// The rows of a batch handed over a chunk at a time, so that a large file need not be held as rows at once.
class CsvRowSource
{
public:
    virtual ~CsvRowSource() = default;
    // The header, columns and encoding; its rows are not part of the source.
    virtual const CsvTable &shape() const = 0;
    virtual qsizetype rowCount() const = 0;
    // Replaces chunk.rows with the next rows, at most `max` (at least 1); false when none are left.
    virtual bool next(CsvTable &chunk, qsizetype max) = 0;
};

// The rows of a table read whole, in chunks.
class CsvTableRows : public CsvRowSource
{
public:
    explicit CsvTableRows(const CsvTable &table) : m_table(table) {}
    const CsvTable &shape() const override { return m_table; }
    qsizetype rowCount() const override { return qsizetype(m_table.rows.size()); }
    bool next(CsvTable &chunk, qsizetype max) override;

private:
    const CsvTable &m_table;
    qsizetype m_next = 0;
};

// Reads a service-desk batch file: UTF-8 (with or without BOM) or Shift_JIS as Japanese Excel saves it
// (Windows-31J, through Qt's ICU-backed QStringDecoder), comma- or tab-separated (decided by the header
// line), RFC 4180 quoting, CRLF or LF. Header names are English or Japanese, matched with
// TextNormalizer::fold. A row with the wrong number of fields is kept: the batch checker reports it.
class CsvReader
{
public:
    struct Limits
    {
        qint64 maxBytes = 64 * 1024 * 1024;
        int maxFieldLength = 4096;
        int maxFields = 256;
        int maxRows = 1000000;
    };

    static Result<CsvTable, CsvError> readFile(const QString &path, const Limits &limits);
    static Result<CsvTable, CsvError> readFile(const QString &path) { return readFile(path, Limits{}); }
    static Result<CsvTable, CsvError> read(const QByteArray &bytes, const Limits &limits);
    static Result<CsvTable, CsvError> read(const QByteArray &bytes) { return read(bytes, Limits{}); }

    // The same file read as its rows are asked for: the whole file is checked first (so an error anywhere is
    // reported before any row is used), but only its text is kept, not its rows.
    static Result<std::unique_ptr<CsvRowSource>, CsvError> streamFile(const QString &path,
                                                                      const Limits &limits);
    static Result<std::unique_ptr<CsvRowSource>, CsvError> stream(const QByteArray &bytes,
                                                                  const Limits &limits);

    // Bytes to text by the rules above, or an Undecodable error naming the first bad line.
    static Result<QString, CsvError> decode(const QByteArray &bytes, TextEncoding *encoding = nullptr);
    // The field a header cell names, or Extra.
    static BatchField fieldForHeader(const QString &name);
};

} // namespace recall
