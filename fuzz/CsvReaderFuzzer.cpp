// CSV reading: recall::CsvReader::read on raw file bytes (encoding detection, UTF-8 / Shift_JIS decoding,
// delimiter detection, RFC 4180 quoting, header matching), with the default limits and with small ones so
// that every limit is reached. The same bytes streamed (CsvReader::stream) give the same error or the same
// header and rows, a few at a time.
#include "FuzzSupport.h"

#include "CsvReader.h"

#include <QByteArray>

using namespace recall;

namespace {

void checkStreamed(const QByteArray &bytes, const CsvReader::Limits &limits,
                   const Result<CsvTable, CsvError> &whole)
{
    const auto stream = CsvReader::stream(bytes, limits);
    FUZZ_CHECK(stream.ok() == whole.ok());
    if (!stream) {
        FUZZ_CHECK(stream.error().kind == whole.error().kind && stream.error().line == whole.error().line);
        return;
    }
    CsvRowSource &source = **stream;
    FUZZ_CHECK(source.shape().header == whole->header && source.shape().columns == whole->columns);
    FUZZ_CHECK(source.rowCount() == qsizetype(whole->rows.size()));
    CsvTable chunk = source.shape().withoutRows();
    std::size_t next = 0;
    while (source.next(chunk, 3)) {
        FUZZ_CHECK(chunk.rows.size() <= 3);
        for (const CsvRow &row : chunk.rows) {
            FUZZ_CHECK(next < whole->rows.size());
            FUZZ_CHECK(row.line == whole->rows[next].line && row.fields == whole->rows[next].fields);
            ++next;
        }
    }
    FUZZ_CHECK(next == whole->rows.size());
}

void checkOne(const QByteArray &bytes, const CsvReader::Limits &limits)
{
    const auto result = CsvReader::read(bytes, limits);
    checkStreamed(bytes, limits, result);
    if (!result) {
        const CsvError &error = result.error();
        FUZZ_CHECK(!csvErrorKey(error.kind).isEmpty());
        FUZZ_CHECK(error.line >= 0 && error.line <= bytes.count('\n') + bytes.count('\r') + 1);
        return;
    }
    const CsvTable &table = *result;
    FUZZ_CHECK(!table.header.isEmpty());
    FUZZ_CHECK(table.columns.size() == std::size_t(table.header.size()));
    FUZZ_CHECK(table.delimiter == u',' || table.delimiter == u'\t');
    FUZZ_CHECK(table.header.size() <= limits.maxFields);
    FUZZ_CHECK(qsizetype(table.rows.size()) <= limits.maxRows);
    bool known = false;
    for (BatchField field : table.columns)
        known = known || field != BatchField::Extra;
    FUZZ_CHECK(known);
    int line = table.headerLine;
    for (const CsvRow &row : table.rows) {
        FUZZ_CHECK(row.line > line); // rows come in file order, after the header
        line = row.line;
        FUZZ_CHECK(!row.fields.isEmpty() && row.fields.size() <= limits.maxFields);
        for (const QString &field : row.fields)
            FUZZ_CHECK(field.size() <= limits.maxFieldLength);
    }
    FUZZ_CHECK(line <= bytes.count('\n') + bytes.count('\r') + 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkOne(bytes, CsvReader::Limits{});
    CsvReader::Limits small;
    small.maxBytes = 4096;
    small.maxFieldLength = 16;
    small.maxFields = 6;
    small.maxRows = 8;
    checkOne(bytes, small);
    return 0;
}
