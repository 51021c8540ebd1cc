// Reading service-desk batch files: encodings, delimiters, quoting, headers, broken lines and limits.
#include "CsvReader.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <thread>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace recall;

namespace {

CsvTable readOk(const QByteArray &bytes, const CsvReader::Limits &limits = {})
{
    auto table = CsvReader::read(bytes, limits);
    EXPECT_TRUE(table.ok()) << (table.ok() ? std::string() : csvErrorKey(table.error().kind).toStdString());
    return table.ok() ? *table : CsvTable{};
}

CsvError readError(const QByteArray &bytes, const CsvReader::Limits &limits = {})
{
    auto table = CsvReader::read(bytes, limits);
    EXPECT_FALSE(table.ok());
    return table.ok() ? CsvError{CsvError::Kind::CannotRead, -1, {}} : table.error();
}

QStringList fields(std::initializer_list<const char16_t *> values)
{
    QStringList list;
    for (const char16_t *v : values)
        list << QString::fromUtf16(v);
    return list;
}

} // namespace

TEST(CsvReader, Utf8WithoutBom)
{
    const CsvTable t = readOk("model,serial\nA1263,ATEST15555555555\n");
    EXPECT_EQ(t.encoding, TextEncoding::Utf8);
    EXPECT_EQ(t.header, fields({u"model", u"serial"}));
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(t.rows[0].line, 2);
    EXPECT_EQ(t.rows[0].fields, fields({u"A1263", u"ATEST15555555555"}));
    EXPECT_EQ(t.column(BatchField::Model), 0);
    EXPECT_EQ(t.column(BatchField::Serial), 1);
    EXPECT_EQ(t.column(BatchField::Jan), -1);
}

TEST(CsvReader, Utf8WithBomAndJapaneseHeader)
{
    const CsvTable t = readOk(QByteArray("\xEF\xBB\xBF") + QStringLiteral("型番,色,シリアル番号\r\nA3130,ホワイト,\r\n").toUtf8());
    EXPECT_EQ(t.encoding, TextEncoding::Utf8WithBom);
    EXPECT_EQ(t.header.first(), QStringLiteral("型番")); // no U+FEFF left in the first name
    EXPECT_EQ(t.columns, (std::vector{BatchField::Model, BatchField::Colour, BatchField::Serial}));
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(t.rows[0].fields, fields({u"A3130", u"ホワイト", u""}));
}

TEST(CsvReader, ShiftJisAsJapaneseExcelSavesIt)
{
    // 型番,色 / A3130,ホワイト / A1263,①ﾌﾞﾗｯｸ (an NEC special and half-width katakana) in Shift_JIS (Windows-31J).
    const QByteArray bytes("\x8C\x5E\x94\xD4,\x90\x46\r\n"
                           "A3130,\x83\x7A\x83\x8F\x83\x43\x83\x67\r\n"
                           "A1263,\x87\x40\xCC\xDE\xD7\xAF\xB8\r\n");
    const CsvTable t = readOk(bytes);
    EXPECT_EQ(t.encoding, TextEncoding::ShiftJis);
    EXPECT_EQ(t.header, fields({u"型番", u"色"}));
    EXPECT_EQ(t.columns, (std::vector{BatchField::Model, BatchField::Colour}));
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].fields, fields({u"A3130", u"ホワイト"}));
    EXPECT_EQ(t.rows[1].fields, fields({u"A1263", u"①ﾌﾞﾗｯｸ"}));
    EXPECT_EQ(t.rows[1].line, 3);
}

TEST(CsvReader, TabSeparatedIsDetectedFromTheHeader)
{
    const CsvTable t = readOk("serial\tmodel\tmemo\nATEST15555555555\tA1263\ta, b\n");
    EXPECT_EQ(t.delimiter, QChar(u'\t'));
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(t.rows[0].fields, fields({u"ATEST15555555555", u"A1263", u"a, b"}));
    EXPECT_EQ(readOk("model,memo\nA1263,a\tb\n").delimiter, QChar(u','));
}

TEST(CsvReader, QuotedFieldsWithDelimitersQuotesAndNewlines)
{
    const CsvTable t = readOk("model,memo,serial\r\n"
                              "A1263,\"box dented, \"\"as is\"\"\r\nsecond line\",S1\r\n"
                              "\"A3130\",\"\",S2\r\n");
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].fields.at(1), QStringLiteral("box dented, \"as is\"\r\nsecond line"));
    EXPECT_EQ(t.rows[0].fields.at(2), QStringLiteral("S1"));
    EXPECT_EQ(t.rows[0].line, 2);
    EXPECT_EQ(t.rows[1].line, 4); // the quoted line break counts
    EXPECT_EQ(t.rows[1].fields, fields({u"A3130", u"", u"S2"}));
}

TEST(CsvReader, CrlfAndLfReadTheSame)
{
    const CsvTable lf = readOk("model,colour\nA1263,white\nA3130,\n");
    const CsvTable crlf = readOk("model,colour\r\nA1263,white\r\nA3130,\r\n");
    const CsvTable noFinalBreak = readOk("model,colour\r\nA1263,white\r\nA3130,");
    ASSERT_EQ(lf.rows.size(), 2u);
    ASSERT_EQ(crlf.rows.size(), 2u);
    ASSERT_EQ(noFinalBreak.rows.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(lf.rows[i].fields, crlf.rows[i].fields);
        EXPECT_EQ(lf.rows[i].line, crlf.rows[i].line);
        EXPECT_EQ(lf.rows[i].fields, noFinalBreak.rows[i].fields);
    }
    EXPECT_EQ(crlf.rows[1].fields.at(1), QString());
}

TEST(CsvReader, HeadersInAnyOrderLanguageCaseAndWidth)
{
    const CsvTable t = readOk(QStringLiteral("ＳＥＲＩＡＬ,Colour,JAN,Variant Code,購入日,型番,店舗\n").toUtf8());
    EXPECT_EQ(t.columns, (std::vector{BatchField::Serial, BatchField::Colour, BatchField::Jan, BatchField::VariantCode,
                                      BatchField::Purchased, BatchField::Model, BatchField::Extra}));
    const CsvTable ja = readOk(QStringLiteral("製造番号,ｶﾗｰ,JANｺｰﾄﾞ,品番,color,purchased,MODEL\n").toUtf8());
    EXPECT_EQ(ja.columns, (std::vector{BatchField::Serial, BatchField::Colour, BatchField::Jan, BatchField::VariantCode,
                                       BatchField::Extra /* a second colour column */, BatchField::Purchased,
                                       BatchField::Model}));
    EXPECT_EQ(CsvReader::fieldForHeader(QStringLiteral("シリアル")), BatchField::Serial);
    EXPECT_EQ(CsvReader::fieldForHeader(QStringLiteral("色")), BatchField::Colour);
    EXPECT_EQ(CsvReader::fieldForHeader(QStringLiteral("serial_normalized")), BatchField::Extra);
}

TEST(CsvReader, ExtraColumnsAreKept)
{
    const CsvTable t = readOk("受付番号,model,memo\n0001,A1263,call back\n");
    EXPECT_EQ(t.header, fields({u"受付番号", u"model", u"memo"}));
    EXPECT_EQ(t.rows[0].fields, fields({u"0001", u"A1263", u"call back"}));
}

TEST(CsvReader, UnterminatedQuoteNamesTheLineItOpened)
{
    const CsvError e = readError("model,memo\nA1263,ok\nA1263,\"never closed\nA3130,x\nA3117,y\n");
    EXPECT_EQ(e.kind, CsvError::Kind::UnterminatedQuote);
    EXPECT_EQ(e.line, 3);
}

TEST(CsvReader, WrongFieldCountIsKeptForTheChecker)
{
    const CsvTable t = readOk("model,serial\nA1263\nA1263,S,extra\nA3130,S2\n");
    ASSERT_EQ(t.rows.size(), 3u);
    EXPECT_FALSE(t.fieldCountMatches(t.rows[0]));
    EXPECT_FALSE(t.fieldCountMatches(t.rows[1]));
    EXPECT_TRUE(t.fieldCountMatches(t.rows[2]));
    EXPECT_EQ(t.rows[1].line, 3);
}

TEST(CsvReader, BlankLinesAreSkippedButCounted)
{
    const CsvTable t = readOk("\n\nmodel,serial\n\n,\nA1263,S\n");
    EXPECT_EQ(t.headerLine, 3);
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(t.rows[0].line, 6);
}

TEST(CsvReader, HeaderWithoutKnownColumns)
{
    const CsvError e = readError("\nname,price\nfoo,1\n");
    EXPECT_EQ(e.kind, CsvError::Kind::NoKnownColumns);
    EXPECT_EQ(e.line, 2);
    EXPECT_EQ(readError("").kind, CsvError::Kind::Empty);
    EXPECT_EQ(readError("\r\n\r\n").kind, CsvError::Kind::Empty);
}

TEST(CsvReader, UndecodableBytesNameTheirLine)
{
    // Neither UTF-8 nor Shift_JIS (0xFF and 0x80 are no Shift_JIS characters).
    const CsvError soup = readError("model,memo\nA1263,ok\nA3130,\xFF\x80\n");
    EXPECT_EQ(soup.kind, CsvError::Kind::Undecodable);
    EXPECT_EQ(soup.line, 3);
    // Shift_JIS with a broken double-byte character on line 4.
    const CsvError sjis = readError("\x8C\x5E\x94\xD4,\x90\x46\nA3130,\x83\x7A\nA1263,\x83\x7A\nA1263,\x83\x20\n");
    EXPECT_EQ(sjis.kind, CsvError::Kind::Undecodable);
    EXPECT_EQ(sjis.line, 4);
    EXPECT_EQ(sjis.detail, QStringLiteral("shift_jis"));
}

TEST(CsvReader, DamagedUtf8IsNotReadAsShiftJis)
{
    // UTF-8 Japanese often decodes as Shift_JIS without an error (as nonsense): one bad byte in a UTF-8
    // file must be reported, not turn the whole file into other characters.
    QByteArray bytes = QStringLiteral("型番,色,メモ\nA3130,ホワイト,箱あり\nA3130,ブルー,箱なし\n").toUtf8();
    bytes += "A1263,\xE3\x83,\n"; // a truncated character on line 4
    const CsvError e = readError(bytes);
    EXPECT_EQ(e.kind, CsvError::Kind::Undecodable);
    EXPECT_EQ(e.line, 4);
    EXPECT_EQ(e.detail, QStringLiteral("utf-8"));
    const CsvError withBom = readError("\xEF\xBB\xBFmodel\n\x8C\x5E\n");
    EXPECT_EQ(withBom.line, 2);
}

TEST(CsvReader, LimitsAreTypedErrors)
{
    CsvReader::Limits small;
    small.maxBytes = 20;
    EXPECT_EQ(readError("model,serial\nA1263,ATEST15555555555\n", small).kind, CsvError::Kind::TooLarge);

    CsvReader::Limits field;
    field.maxFieldLength = 8;
    const CsvError tooLong = readError("model,memo\nA1263,short\nA1263,much too long\n", field);
    EXPECT_EQ(tooLong.kind, CsvError::Kind::FieldTooLong);
    EXPECT_EQ(tooLong.line, 3);
    EXPECT_EQ(tooLong.detail, QStringLiteral("2"));
    EXPECT_EQ(readError("model,memo\nA1263,\"quoted and long\"\n", field).kind, CsvError::Kind::FieldTooLong);
    EXPECT_EQ(readError("model,memo\nA1263,\"a\nb\nand long\"\n", field).line, 2); // where the field opened

    CsvReader::Limits columns;
    columns.maxFields = 3;
    const CsvError wide = readError("model,a,b\nA1263,1,2,3,4\n", columns);
    EXPECT_EQ(wide.kind, CsvError::Kind::TooManyFields);
    EXPECT_EQ(wide.line, 2);

    CsvReader::Limits rows;
    rows.maxRows = 2;
    const CsvError many = readError("model\nA1\nA2\nA3\n", rows);
    EXPECT_EQ(many.kind, CsvError::Kind::TooManyRows);
    EXPECT_EQ(many.line, 4);
}

TEST(CsvReader, ReadsFilesAndReportsMissingOnes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("in.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("model\nA1263\n");
    f.close();
    auto table = CsvReader::readFile(path);
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->rows.size(), 1u);
    auto missing = CsvReader::readFile(dir.filePath(QStringLiteral("missing.csv")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, CsvError::Kind::CannotRead);
    CsvReader::Limits small;
    small.maxBytes = 4;
    auto tooLarge = CsvReader::readFile(path, small);
    ASSERT_FALSE(tooLarge.ok());
    EXPECT_EQ(tooLarge.error().kind, CsvError::Kind::TooLarge);
}

// A file of several megabytes (read in place) and the same text through a pipe (read in chunks of a
// megabyte) give every row, the last one whole.
TEST(CsvReader, ReadsLargeFilesAndPipesWhole)
{
    QByteArray text = "model,serial\n";
    int rows = 0;
    while (text.size() < 3 * (1 << 20) + 12345)
        text += "A1263,AK" + QByteArray::number(10000000 + rows++) + "ABCDEF\n";
    QTemporaryDir dir;
    const QString path = testing_support::writeTemp(dir, QStringLiteral("large.csv"), text);
    auto table = CsvReader::readFile(path);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(qsizetype(table->rows.size()), rows);
    EXPECT_EQ(table->rows.back().fields.at(1), QStringLiteral("AK%1ABCDEF").arg(10000000 + rows - 1));
#ifdef Q_OS_UNIX
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    std::thread writer([&] {
        QFile out(fifo);
        if (out.open(QIODevice::WriteOnly))
            out.write(text);
    });
    auto piped = CsvReader::readFile(fifo);
    writer.join();
    ASSERT_TRUE(piped.ok());
    ASSERT_EQ(qsizetype(piped->rows.size()), rows);
    EXPECT_EQ(piped->rows.back().fields, table->rows.back().fields);
#endif
}

namespace {

// Every row a source hands out, asking `chunk` rows at a time.
std::vector<CsvRow> allRows(CsvRowSource &source, qsizetype chunk)
{
    std::vector<CsvRow> rows;
    CsvTable part = source.shape().withoutRows();
    while (source.next(part, chunk)) {
        EXPECT_LE(qsizetype(part.rows.size()), chunk);
        rows.insert(rows.end(), part.rows.begin(), part.rows.end());
    }
    return rows;
}

} // namespace

// A file read as its rows are asked for gives the rows, lines and header of the file read whole, whatever
// the chunk: quoted fields across lines and chunks, blank lines, CRLF, tabs, a BOM and Shift_JIS.
TEST(CsvReader, StreamedRowsAreTheRowsReadWhole)
{
    // 型番<tab>色 / A3130<tab>ホワイト / (blank) / A1263<tab>x, tab-separated Shift_JIS (Windows-31J).
    const QByteArray shiftJis(
        "\x8C\x5E\x94\xD4\t\x90\x46\r\nA3130\t\x83\x7A\x83\x8F\x83\x43\x83\x67\r\n\r\nA1263\tx\r\n");
    const QByteArray inputs[] = {
        "\n\nmodel,memo,serial\r\nA1263,\"two\r\nlines, and \"\"quotes\"\"\",S1\r\n\r\n , "
        ",\r\nA3130,x\r\nA9999,,S2,extra\r\n",
        "\xEF\xBB\xBFjan,serial\n4571411205170,\"a\nb\nc\"\n4571411205170,d",
        // Quoted white space is blank too; a field of one doubled quote mark is not.
        "model,serial\n\" \t\",\"\"\n\"\"\"\",\nA1263,\" \"\n",
        shiftJis,
        "model\n",
    };
    for (const QByteArray &bytes : inputs) {
        const CsvTable whole = readOk(bytes);
        for (const qsizetype chunk : {1, 2, 3, 1000}) {
            auto stream = CsvReader::stream(bytes, {});
            ASSERT_TRUE(stream.ok()) << csvErrorKey(stream.error().kind).toStdString();
            CsvRowSource &source = **stream;
            EXPECT_EQ(source.shape().header, whole.header);
            EXPECT_EQ(source.shape().columns, whole.columns);
            EXPECT_EQ(source.shape().delimiter, whole.delimiter);
            EXPECT_EQ(source.shape().encoding, whole.encoding);
            EXPECT_EQ(source.shape().headerLine, whole.headerLine);
            EXPECT_TRUE(source.shape().rows.empty());
            EXPECT_EQ(source.rowCount(), qsizetype(whole.rows.size()));
            const std::vector<CsvRow> rows = allRows(source, chunk);
            ASSERT_EQ(rows.size(), whole.rows.size()) << chunk;
            for (std::size_t i = 0; i < rows.size(); ++i) {
                EXPECT_EQ(rows[i].line, whole.rows[i].line) << i;
                EXPECT_EQ(rows[i].fields, whole.rows[i].fields) << i;
            }
            CsvTable after = source.shape().withoutRows();
            EXPECT_FALSE(source.next(after, chunk)); // and stays at the end
        }
    }
    // A table read whole hands out the same rows in chunks too.
    const CsvTable whole = readOk(inputs[0]);
    CsvTableRows tableRows(whole);
    const std::vector<CsvRow> rows = allRows(tableRows, 2);
    ASSERT_EQ(rows.size(), whole.rows.size());
    EXPECT_EQ(rows.back().fields, whole.rows.back().fields);
}

// An error anywhere in the file is reported when it is opened, before any row is handed out: a batch never
// checks (or writes) half a file.
TEST(CsvReader, AStreamReportsAnErrorAnywhereBeforeItsFirstRow)
{
    CsvReader::Limits limits;
    limits.maxRows = 3;
    limits.maxFieldLength = 10;
    limits.maxFields = 3;
    const QByteArray broken[] = {
        "model,serial\nA1263,S1\nA1263,S2,x,y\n",
        "model,serial\nA1263,S1\nA1263,S2\nA1263,\"S3\n",         // a quote never closed, on the last line
        "model,serial\nA1263,S1\nA1263,S2\nA1263,S3\nA1263,S4\n", // one row more than allowed
        "model,serial\nA1263,S1\nA1263,S2\nA1263,much too long\n",
        "model,serial\nA1263,S1\n\xFF\xFE\xFD,S2\n",
        "\n\n",
    };
    for (const QByteArray &bytes : broken) {
        const CsvError whole = readError(bytes, limits);
        auto stream = CsvReader::stream(bytes, limits);
        ASSERT_FALSE(stream.ok()) << bytes.toStdString();
        EXPECT_EQ(stream.error().kind, whole.kind) << bytes.toStdString();
        EXPECT_EQ(stream.error().line, whole.line) << bytes.toStdString();
    }
}

TEST(CsvReader, StreamsFilesAndReportsMissingOnes)
{
    QTemporaryDir dir;
    const QString path = testing_support::writeTemp(dir, QStringLiteral("in.csv"), "model\nA1263\nA3130\n");
    auto stream = CsvReader::streamFile(path, {});
    ASSERT_TRUE(stream.ok());
    EXPECT_EQ((*stream)->rowCount(), 2);
    EXPECT_EQ(allRows(**stream, 1).back().fields, QStringList{QStringLiteral("A3130")});
    auto missing = CsvReader::streamFile(dir.filePath(QStringLiteral("missing.csv")), {});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, CsvError::Kind::CannotRead);
}
