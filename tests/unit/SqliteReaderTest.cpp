#include "SqliteReader.h"

#include "Catalogue.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace recall;

namespace {

const QString kana = QStringLiteral("サウンドコア");
const QString outsideBmp =
    QStringLiteral("スピーカー\U0001F50A"); // a speaker emoji: a surrogate pair in UTF-16

// A small database: three rows keyed by number and by text, each with bytes that hold a zero.
QString writeTable(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("table.sqlite"));
    testing_support::runSql(
        path, QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT UNIQUE, data BLOB)"), {});
    const QList<std::pair<QString, QByteArray>> rows{
        {QStringLiteral("plain"), QByteArray("one\0one", 7)},
        {kana, QByteArray("two\0two", 7)},
        {outsideBmp, QByteArray("three\0", 6)},
    };
    for (qsizetype i = 0; i < rows.size(); ++i)
        testing_support::runSql(path, QStringLiteral("INSERT INTO t VALUES (?, ?, ?)"),
                                {qint64(i + 1), rows[i].first, rows[i].second});
    return path;
}

std::unique_ptr<SqliteReader> openReader(const QString &path, PageAccess access = PageAccess::Mapped)
{
    QString error;
    auto reader = SqliteReader::open(path, access, &error);
    EXPECT_TRUE(reader) << error.toStdString();
    return reader;
}

// The id of the row `value` names through `sql`, 0 when none, -1 on failure.
qint64 idWhere(SqliteReader &reader, const char *sql, const SqliteReader::Value &value)
{
    auto cursor = reader.run(sql, {value});
    if (!cursor)
        return -1;
    const bool found = cursor->next();
    if (cursor->failed())
        return -1;
    return found ? cursor->int64(0) : 0;
}

} // namespace

TEST(SqliteReader, FindsRowsByNumberAndByTextOutsideAscii)
{
    QTemporaryDir dir;
    auto reader = openReader(writeTable(dir));
    ASSERT_TRUE(reader);
    const char *byName = "SELECT id, data FROM t WHERE name = ?";
    EXPECT_EQ(idWhere(*reader, byName, QStringLiteral("plain")), 1);
    EXPECT_EQ(idWhere(*reader, byName, kana), 2);
    EXPECT_EQ(idWhere(*reader, byName, outsideBmp), 3);
    EXPECT_EQ(idWhere(*reader, byName, outsideBmp.chopped(2)), 0); // without the emoji: another text

    auto cursor = reader->run("SELECT data FROM t WHERE id = ?", {qint64(2)});
    ASSERT_TRUE(cursor);
    ASSERT_TRUE(cursor->next());
    EXPECT_EQ(cursor->bytes(0).toByteArray(),
              QByteArray("two\0two", 7)); // the whole value, past its zero byte
    EXPECT_FALSE(cursor->next());
    EXPECT_FALSE(cursor->failed());
}

// What each way of reading pages sets on the connection, as SQLite reports it.
TEST(SqliteReader, EachPageAccessSetsItsConnection)
{
    QTemporaryDir dir;
    const QString path = writeTable(dir);
    const auto pragma = [](SqliteReader &reader, const char *sql) -> qint64 {
        auto cursor = reader.run(sql, {});
        if (!cursor || !cursor->next())
            return -1;
        return cursor->int64(0);
    };
    auto mapped = openReader(path, PageAccess::Mapped);
    auto copied = openReader(path, PageAccess::Copied);
    ASSERT_TRUE(mapped && copied);
    EXPECT_EQ(pragma(*mapped, "PRAGMA mmap_size"), 1073741824);
    EXPECT_EQ(pragma(*copied, "PRAGMA mmap_size"), 0);
    EXPECT_EQ(pragma(*copied, "PRAGMA cache_size"), -4096);
    EXPECT_EQ(idWhere(*copied, "SELECT id FROM t WHERE name = ?", kana), 2);
}

TEST(SqliteReader, BindsSeveralValuesInOrderAndReadsTextAndNull)
{
    QTemporaryDir dir;
    auto reader = openReader(writeTable(dir));
    ASSERT_TRUE(reader);
    auto cursor =
        reader->run("SELECT name, data IS NULL, nullif(id, ?) FROM t WHERE id >= ? AND name <> ? ORDER BY id",
                    {qint64(3), qint64(1), QStringLiteral("plain")});
    ASSERT_TRUE(cursor);
    QStringList names;
    QList<bool> nulls;
    while (cursor->next()) {
        names << cursor->text(0);
        EXPECT_EQ(cursor->int64(1), 0);
        nulls << cursor->isNull(2);
    }
    EXPECT_FALSE(cursor->failed());
    EXPECT_EQ(names, (QStringList{kana, outsideBmp}));
    EXPECT_EQ(nulls, (QList<bool>{false, true})); // row 3's id is the first value: nullif gives NULL
}

// A kept statement starts again from its first row with each run, whatever the run before it read.
TEST(SqliteReader, EachRunOfAKeptStatementStartsAfresh)
{
    QTemporaryDir dir;
    auto reader = openReader(writeTable(dir));
    ASSERT_TRUE(reader);
    const char *from = "SELECT id FROM t WHERE id >= ? ORDER BY id";
    {
        auto cursor = reader->run(from, {qint64(1)});
        ASSERT_TRUE(cursor);
        ASSERT_TRUE(cursor->next());
        EXPECT_EQ(cursor->int64(0), 1);
    } // left after its first row
    {
        auto cursor = reader->run(from, {qint64(2)});
        ASSERT_TRUE(cursor);
        QList<qint64> ids;
        while (cursor->next())
            ids << cursor->int64(0);
        EXPECT_FALSE(cursor->failed());
        EXPECT_EQ(ids, (QList<qint64>{2, 3}));
    }
    for (const qint64 id : {3, 1, 2})
        EXPECT_EQ(idWhere(*reader, "SELECT id FROM t WHERE id = ?", id), id);
}

TEST(SqliteReader, AStatementThatCannotBePreparedIsReported)
{
    QTemporaryDir dir;
    auto reader = openReader(writeTable(dir));
    ASSERT_TRUE(reader);
    EXPECT_FALSE(reader->run("SELECT no_such_column FROM t WHERE id = ?", {qint64(1)}));
    EXPECT_TRUE(reader->lastError().contains(QStringLiteral("no_such_column")))
        << reader->lastError().toStdString();
    EXPECT_EQ(idWhere(*reader, "SELECT id FROM t WHERE id = ?", qint64(1)), 1); // and the reader still works
}

TEST(SqliteReader, NeverWrites)
{
    QTemporaryDir dir;
    const QString path = writeTable(dir);
    auto reader = openReader(path);
    ASSERT_TRUE(reader);
    auto cursor = reader->run("DELETE FROM t WHERE id = ?", {qint64(1)});
    ASSERT_TRUE(cursor);
    EXPECT_FALSE(cursor->next());
    EXPECT_TRUE(cursor->failed());
    EXPECT_FALSE(reader->lastError().isEmpty());
    cursor.reset();
    EXPECT_EQ(idWhere(*reader, "SELECT id FROM t WHERE id = ?", qint64(1)), 1);
}

TEST(SqliteReader, AMissingFileIsNotOpened)
{
    QString error;
    EXPECT_FALSE(
        SqliteReader::open(QStringLiteral("/nonexistent/catalogue.sqlite"), PageAccess::Mapped, &error));
    EXPECT_FALSE(error.isEmpty());
}

// SQLite reads nothing when it opens a file: junk is found by the first statement, and reported.
TEST(SqliteReader, AFileThatIsNotADatabaseFailsItsFirstStatement)
{
    QTemporaryDir dir;
    const QString path = testing_support::writeTemp(dir, QStringLiteral("junk.sqlite"), QByteArray(8192, 'x'));
    QString error;
    auto reader = SqliteReader::open(path, PageAccess::Mapped, &error);
    if (!reader) {
        EXPECT_FALSE(error.isEmpty());
        return;
    }
    EXPECT_EQ(idWhere(*reader, "SELECT id FROM t WHERE id = ?", qint64(1)), -1);
    EXPECT_FALSE(reader->lastError().isEmpty());
}

// The catalogue reads products through its reader: a damaged page of compact records is an error to show,
// never a crash or another product.
TEST(SqliteReader, ADamagedRecordPageIsACatalogueErrorNotAWrongAnswer)
{
    QTemporaryDir dir;
    const QString path =
        testing_support::copyToTemp(dir, testing_support::shippedCatalogue(), QStringLiteral("c.sqlite"));
    qint64 pageSize = 0;
    qint64 rootPage = 0;
    {
        auto reader = openReader(path);
        ASSERT_TRUE(reader);
        auto size = reader->run("SELECT page_size FROM pragma_page_size() WHERE ? IS NOT NULL", {qint64(1)});
        ASSERT_TRUE(size && size->next());
        pageSize = size->int64(0);
        auto root = reader->run("SELECT rootpage FROM sqlite_master WHERE name = ?",
                                {QStringLiteral("product_records")});
        ASSERT_TRUE(root && root->next());
        rootPage = root->int64(0);
    }
    ASSERT_GT(pageSize, 0);
    ASSERT_GT(rootPage, 1);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek((rootPage - 1) * pageSize));
        f.write(QByteArray(int(pageSize), '\xA5'));
    }
    for (const PageAccess access : {PageAccess::Mapped, PageAccess::Copied}) {
        SCOPED_TRACE(int(access));
        auto catalogue = Catalogue::open(path, access);
        ASSERT_TRUE(catalogue.ok()) << catalogue.error().detail.toStdString();
        auto found = (*catalogue)->productByModel(QStringLiteral("A1263"));
        ASSERT_FALSE(found.ok());
        EXPECT_EQ(found.error().kind, CatalogueError::Kind::QueryFailed);
        EXPECT_FALSE(found.error().detail.isEmpty());
    }
}
