#include "CsvReader.h"

#include "TextNormalizer.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>
#include <algorithm>
#include <functional>
#include <initializer_list>

namespace recall {

namespace {

constexpr char16_t quoteMark = u'"';
// Japanese Excel's "CSV" is Windows-31J (Shift_JIS with the NEC and IBM extensions); Debian's Qt decodes it
// through ICU. Without ICU the decoder is invalid and such files are reported as undecodable.
constexpr const char *shiftJisName = "windows-31j";
// Invalid UTF-8 in a file with this many times more valid multi-byte sequences is a damaged UTF-8 file,
// not Shift_JIS (UTF-8 Japanese text often decodes as Shift_JIS without an error, as nonsense).
constexpr qsizetype utf8Dominance = 4;

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return 1 + int(QByteArrayView(bytes).first(offset).count('\n'));
}

struct Utf8Scan
{
    qsizetype firstError = -1;
    qsizetype errors = 0;
    qsizetype multiByte = 0; // valid sequences of two or more bytes
};

Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = b[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80, high = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
            high = c == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        }
        bool valid = length > 0 && i + length <= n && b[i + 1] >= low && b[i + 1] <= high;
        for (int k = 2; valid && k < length; ++k)
            valid = b[i + k] >= 0x80 && b[i + k] <= 0xBF;
        if (valid) {
            ++scan.multiByte;
            i += length;
        } else {
            if (scan.firstError < 0)
                scan.firstError = i;
            ++scan.errors;
            ++i;
        }
    }
    return scan;
}

CsvError undecodable(int line, const char *encoding)
{
    return {CsvError::Kind::Undecodable, line, QString::fromLatin1(encoding)};
}

Result<QString, CsvError> decodeShiftJis(const QByteArray &bytes)
{
    QStringDecoder decoder(shiftJisName, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return undecodable(1, "shift_jis");
    QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return text;
    // Find the line: 0x0A is never part of a Shift_JIS double-byte character, so lines decode separately.
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringDecoder lineDecoder(shiftJisName, QStringDecoder::Flag::Stateless);
        const QString line = lineDecoder.decode(lines.at(i)); // decode() is lazy: converting decodes
        if (lineDecoder.hasError())
            return undecodable(int(i + 1), "shift_jis");
    }
    return undecodable(1, "shift_jis");
}

// Chooses comma or tab by which is more frequent, outside quotes, in the first line with content.
QChar detectDelimiter(QStringView text)
{
    qsizetype commas = 0, tabs = 0;
    bool quoted = false, content = false;
    for (QChar c : text) {
        if (c == quoteMark)
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r') && content)
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
        if (!c.isSpace())
            content = true;
    }
    return tabs > commas ? QChar(u'\t') : QChar(u',');
}

// Where a parser stands in its text.
struct ParsePosition
{
    qsizetype offset = 0;
    int line = 1;
};

// A field as it is read, from one or more parts (a quoted field may be split by doubled quotes). Kept as
// text, or, when a record is only being checked, measured: its length and whether it has content.
class FieldText
{
    static bool anythingButSpace(QStringView text)
    {
        return std::any_of(text.begin(), text.end(), [](QChar c) { return !c.isSpace(); });
    }

public:
    explicit FieldText(bool keep) : m_keep(keep) {}

    void add(QStringView part)
    {
        m_size += part.size();
        if (m_keep)
            m_text += part;
        else if (!m_content)
            m_content = anythingButSpace(part);
    }
    qsizetype size() const { return m_size; }
    // Whether the field has anything but white space; for a kept field, only once it is taken.
    bool hasContent() const { return m_content; }
    QString take()
    {
        m_content = anythingButSpace(m_text);
        return std::move(m_text);
    }

private:
    bool m_keep;
    bool m_content = false;
    qsizetype m_size = 0;
    QString m_text;
};

// A record as the parser read it. Blank when no field has anything but white space.
struct ParsedRecord
{
    CsvRow row; // without fields when they were not kept
    bool blank = true;
};

// RFC 4180 records from decoded text. Lenient where Excel is: a quote inside an unquoted field is kept, and
// text after a closing quote joins the field.
class RecordParser
{
public:
    enum class Fields { Keep, CheckOnly };

    RecordParser(QStringView text, QChar delimiter, const CsvReader::Limits &limits, ParsePosition from = {},
                 qsizetype expectedFields = 0)
        : m_text(text), m_delimiter(delimiter), m_limits(limits), m_pos(from.offset), m_line(from.line),
          m_expectedFields(expectedFields)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    ParsePosition position() const { return {m_pos, m_line}; }

    // The next record; call only when !atEnd(). Its fields are checked against the limits either way.
    Result<ParsedRecord, CsvError> next(Fields fields = Fields::Keep)
    {
        ParsedRecord record;
        record.row.line = m_line;
        const bool keep = fields == Fields::Keep;
        if (keep)
            record.row.fields.reserve(m_expectedFields);
        for (qsizetype column = 0;; ++column) {
            FieldText field(keep);
            if (m_pos < m_text.size() && m_text[m_pos] == quoteMark) {
                if (auto error = quotedPart(field, column))
                    return *error;
            }
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && !isBreak(m_text[m_pos]))
                ++m_pos;
            if (field.size() + (m_pos - start) > m_limits.maxFieldLength)
                return tooLong(m_line, column);
            field.add(m_text.sliced(start, m_pos - start));
            if (keep)
                record.row.fields.append(field.take());
            if (field.hasContent())
                record.blank = false;
            if (column + 1 > m_limits.maxFields)
                return CsvError{CsvError::Kind::TooManyFields, m_line, QString::number(m_limits.maxFields)};
            if (atEnd())
                return record;
            if (m_text[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            skipLineBreak();
            return record;
        }
    }

private:
    bool isBreak(QChar c) const { return c == m_delimiter || c == u'\n' || c == u'\r'; }

    static CsvError tooLong(int line, qsizetype column)
    {
        return {CsvError::Kind::FieldTooLong, line, QString::number(column + 1)};
    }

    void skipLineBreak()
    {
        if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    std::optional<CsvError> quotedPart(FieldText &field, qsizetype column)
    {
        const int opened = m_line;
        ++m_pos;
        for (;;) {
            const qsizetype end = m_text.indexOf(quoteMark, m_pos);
            if (end < 0)
                return CsvError{CsvError::Kind::UnterminatedQuote, opened, {}};
            const QStringView part = m_text.sliced(m_pos, end - m_pos);
            if (field.size() + part.size() > m_limits.maxFieldLength)
                return tooLong(opened, column); // checked before copying: the part may be most of the file
            m_line += int(part.count(u'\n')) + int(part.count(u'\r')) - int(part.count(u"\r\n"));
            field.add(part);
            m_pos = end + 1;
            if (m_pos < m_text.size() && m_text[m_pos] == quoteMark) {
                field.add(QStringView(&quoteMark, 1));
                ++m_pos;
                continue;
            }
            return std::nullopt;
        }
    }

    QStringView m_text;
    QChar m_delimiter;
    const CsvReader::Limits &m_limits;
    qsizetype m_pos;
    int m_line;
    qsizetype m_expectedFields; // room made for this many fields in each record
};

// The next record with content (blank ones are skipped), or none at the end of the text.
Result<std::optional<CsvRow>, CsvError>
nextWithContent(RecordParser &parser, RecordParser::Fields fields = RecordParser::Fields::Keep)
{
    while (!parser.atEnd()) {
        auto record = parser.next(fields);
        if (!record)
            return record.error();
        if (!record->blank)
            return std::optional<CsvRow>(std::move(record->row));
    }
    return std::optional<CsvRow>();
}

// The first record with content is the header; the parser is left after it.
std::optional<CsvError> readHeader(RecordParser &parser, CsvTable &table)
{
    auto row = nextWithContent(parser);
    if (!row)
        return row.error();
    if (!*row)
        return CsvError{CsvError::Kind::Empty, 1, {}};
    table.header = std::move((*row)->fields);
    table.headerLine = (*row)->line;
    for (const QString &name : std::as_const(table.header)) {
        const BatchField field = CsvReader::fieldForHeader(name);
        const bool taken = field != BatchField::Extra && table.column(field) >= 0;
        table.columns.push_back(taken ? BatchField::Extra : field);
    }
    const auto extra = [](BatchField f) { return f == BatchField::Extra; };
    if (std::all_of(table.columns.begin(), table.columns.end(), extra))
        return CsvError{CsvError::Kind::NoKnownColumns, table.headerLine, table.header.join(u',').left(200)};
    return std::nullopt;
}

// Every record after the header that has content, handed to `take` in order (without its fields when they
// are only checked).
std::optional<CsvError> readRows(RecordParser &parser, const CsvReader::Limits &limits,
                                 const std::function<void(CsvRow &&)> &take,
                                 RecordParser::Fields fields = RecordParser::Fields::Keep)
{
    for (qsizetype rows = 0;; ++rows) {
        auto row = nextWithContent(parser, fields);
        if (!row)
            return row.error();
        if (!*row)
            return std::nullopt;
        if (rows >= limits.maxRows)
            return CsvError{CsvError::Kind::TooManyRows, (*row)->line, QString::number(limits.maxRows)};
        take(std::move(**row));
    }
}

Result<QByteArray, CsvError> readBytes(const QString &path, const CsvReader::Limits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CsvError{CsvError::Kind::CannotRead, 0, file.errorString()};
    const qint64 size = file.isSequential() ? 0 : file.size();
    if (size > limits.maxBytes)
        return CsvError{CsvError::Kind::TooLarge, 0, QString::number(limits.maxBytes)};
    // A file of known size is read in place: growing the buffer chunk by chunk copied it again at every
    // doubling, into memory new each time (for 5 MB, 30 ms against 9 ms now).
    QByteArray bytes(size, Qt::Uninitialized);
    qint64 inPlace = 0;
    while (inPlace < size) {
        const qint64 got = file.read(bytes.data() + inPlace, size - inPlace);
        if (got <= 0)
            break;
        inPlace += got;
    }
    bytes.truncate(inPlace);
    // The rest in chunks: what a file gained meanwhile, or a pipe, whose size is not known in advance
    // (read(max) would allocate the maximum).
    for (;;) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            break;
        bytes += chunk;
        if (bytes.size() > limits.maxBytes)
            return CsvError{CsvError::Kind::TooLarge, 0, QString::number(limits.maxBytes)};
    }
    if (file.error() != QFileDevice::NoError)
        return CsvError{CsvError::Kind::CannotRead, 0, file.errorString()};
    return bytes;
}

// A file's decoded text, read again a chunk of rows at a time. Holds the text, not the rows.
class CsvTextRows : public CsvRowSource
{
public:
    static Result<std::unique_ptr<CsvRowSource>, CsvError> read(const QByteArray &bytes,
                                                                const CsvReader::Limits &limits)
    {
        if (bytes.size() > limits.maxBytes)
            return CsvError{CsvError::Kind::TooLarge, 0, QString::number(limits.maxBytes)};
        std::unique_ptr<CsvTextRows> rows(new CsvTextRows(limits));
        auto text = CsvReader::decode(bytes, &rows->m_shape.encoding);
        if (!text)
            return text.error();
        rows->m_text = std::move(*text);
        rows->m_shape.delimiter = detectDelimiter(rows->m_text);
        RecordParser parser = rows->parser();
        if (auto error = readHeader(parser, rows->m_shape))
            return *error;
        rows->m_next = parser.position();
        // Every record is read once here so that an error anywhere is found now; only counted, not kept.
        if (auto error = readRows(
                parser, limits, [&rows](CsvRow &&) { ++rows->m_count; }, RecordParser::Fields::CheckOnly))
            return *error;
        return std::unique_ptr<CsvRowSource>(std::move(rows));
    }

    const CsvTable &shape() const override { return m_shape; }
    qsizetype rowCount() const override { return m_count; }

    bool next(CsvTable &chunk, qsizetype max) override
    {
        chunk.rows.clear();
        RecordParser parser = this->parser();
        while (qsizetype(chunk.rows.size()) < max) {
            auto row = nextWithContent(parser);
            if (!row || !*row)
                break; // no error: read() has read the whole text without one
            chunk.rows.push_back(std::move(**row));
        }
        m_next = parser.position();
        return !chunk.rows.empty();
    }

private:
    explicit CsvTextRows(const CsvReader::Limits &limits) : m_limits(limits) {}
    RecordParser parser() const
    {
        return RecordParser(m_text, m_shape.delimiter, m_limits, m_next, m_shape.header.size());
    }

    CsvReader::Limits m_limits;
    QString m_text;
    CsvTable m_shape;
    qsizetype m_count = 0;
    ParsePosition m_next;
};

} // namespace

QString batchFieldKey(BatchField field)
{
    switch (field) {
    case BatchField::Model: return QStringLiteral("model");
    case BatchField::VariantCode: return QStringLiteral("variant");
    case BatchField::Jan: return QStringLiteral("jan");
    case BatchField::Colour: return QStringLiteral("colour");
    case BatchField::Purchased: return QStringLiteral("purchased");
    case BatchField::Serial: return QStringLiteral("serial");
    case BatchField::Extra: break;
    }
    return {};
}

QString csvErrorKey(CsvError::Kind kind)
{
    switch (kind) {
    case CsvError::Kind::CannotRead: return QStringLiteral("cannot_read");
    case CsvError::Kind::TooLarge: return QStringLiteral("too_large");
    case CsvError::Kind::Undecodable: return QStringLiteral("undecodable");
    case CsvError::Kind::Empty: return QStringLiteral("empty");
    case CsvError::Kind::NoKnownColumns: return QStringLiteral("no_known_columns");
    case CsvError::Kind::UnterminatedQuote: return QStringLiteral("unterminated_quote");
    case CsvError::Kind::FieldTooLong: return QStringLiteral("field_too_long");
    case CsvError::Kind::TooManyFields: return QStringLiteral("too_many_fields");
    case CsvError::Kind::TooManyRows: return QStringLiteral("too_many_rows");
    }
    return {};
}

int CsvTable::column(BatchField field) const
{
    const auto it = std::find(columns.begin(), columns.end(), field);
    return it == columns.end() ? -1 : int(it - columns.begin());
}

CsvTable CsvTable::withoutRows() const
{
    CsvTable shape;
    shape.header = header;
    shape.columns = columns;
    shape.delimiter = delimiter;
    shape.encoding = encoding;
    shape.headerLine = headerLine;
    return shape;
}

bool CsvTableRows::next(CsvTable &chunk, qsizetype max)
{
    const qsizetype end = std::min(rowCount(), m_next + std::max<qsizetype>(1, max));
    chunk.rows.assign(m_table.rows.begin() + m_next, m_table.rows.begin() + end);
    m_next = end;
    return !chunk.rows.empty();
}

BatchField CsvReader::fieldForHeader(const QString &name)
{
    static const QHash<QString, BatchField> names = [] {
        QHash<QString, BatchField> h;
        const auto add = [&h](BatchField field, std::initializer_list<const char16_t *> words) {
            for (const char16_t *word : words)
                h.insert(TextNormalizer::fold(QString::fromUtf16(word)), field);
        };
        add(BatchField::Model, {u"model", u"model number", u"型番"});
        add(BatchField::VariantCode, {u"variant", u"variant code", u"品番"});
        add(BatchField::Jan, {u"jan", u"jan code", u"JANコード", u"ean"});
        add(BatchField::Colour, {u"colour", u"color", u"色", u"カラー"});
        add(BatchField::Purchased, {u"purchased", u"purchase date", u"購入日"});
        add(BatchField::Serial, {u"serial", u"serial number", u"serial no", u"sn", u"シリアル", u"シリアル番号", u"製造番号"});
        return h;
    }();
    return names.value(TextNormalizer::fold(name), BatchField::Extra);
}

Result<QString, CsvError> CsvReader::decode(const QByteArray &bytes, TextEncoding *encoding)
{
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.errors == 0 || bom || scan.multiByte >= utf8Dominance * scan.errors) {
        if (scan.errors > 0)
            return undecodable(lineAt(bytes, scan.firstError), "utf-8");
        if (encoding)
            *encoding = bom ? TextEncoding::Utf8WithBom : TextEncoding::Utf8;
        return QString::fromUtf8(QByteArrayView(bytes).sliced(bom ? 3 : 0));
    }
    auto text = decodeShiftJis(bytes);
    if (text && encoding)
        *encoding = TextEncoding::ShiftJis;
    return text;
}

Result<CsvTable, CsvError> CsvReader::readFile(const QString &path, const Limits &limits)
{
    const auto bytes = readBytes(path, limits);
    if (!bytes)
        return bytes.error();
    return read(*bytes, limits);
}

Result<CsvTable, CsvError> CsvReader::read(const QByteArray &bytes, const Limits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return CsvError{CsvError::Kind::TooLarge, 0, QString::number(limits.maxBytes)};
    CsvTable table;
    auto text = decode(bytes, &table.encoding);
    if (!text)
        return text.error();
    table.delimiter = detectDelimiter(*text);
    RecordParser parser(*text, table.delimiter, limits);
    if (auto error = readHeader(parser, table))
        return *error;
    RecordParser rowParser(*text, table.delimiter, limits, parser.position(), table.header.size());
    if (auto error =
            readRows(rowParser, limits, [&table](CsvRow &&row) { table.rows.push_back(std::move(row)); }))
        return *error;
    return table;
}

Result<std::unique_ptr<CsvRowSource>, CsvError> CsvReader::streamFile(const QString &path,
                                                                      const Limits &limits)
{
    const auto bytes = readBytes(path, limits);
    if (!bytes)
        return bytes.error();
    return stream(*bytes, limits);
}

Result<std::unique_ptr<CsvRowSource>, CsvError> CsvReader::stream(const QByteArray &bytes,
                                                                  const Limits &limits)
{
    return CsvTextRows::read(bytes, limits);
}

} // namespace recall
