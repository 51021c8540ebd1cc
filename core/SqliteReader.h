#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <initializer_list>
#include <memory>
#include <optional>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace recall {

// How a read-only connection to a catalogue file reads its pages.
enum class PageAccess {
    // Through a memory map: a page costs nothing more once mapped, but mapping each new page is a page
    // fault (~20 µs on the 2-core VM that docs/performance.md describes; a read() of the same page takes
    // ~3 µs). For work that reads the same pages again and again, such as checking a batch.
    Mapped,
    // Copied by read() into a small page cache of SQLite's own: for work whose pages are mostly new, such as
    // searching while someone types into a newly opened catalogue.
    Copied,
};

// The PRAGMA statements that set `access` on a connection.
QStringList pageAccessPragmas(PageAccess access);

// One read-only connection through SQLite's own C API, for the few exact lookups that run most often (a
// product by JAN, model, variant code or id and its compact record; a model's campaigns; a serial on an
// affected list). Through QtSql a statement costs ~2.7 µs before SQLite does any work (binding through
// QVariant, the result's bookkeeping), a third of a product's first lookup in a large catalogue; here a kept
// statement is reset, bound and stepped directly. Everything else is read through SqlDatabase. Statements are
// prepared once per SQL text; values are always bound, never spliced into SQL.
// Not thread-safe: use it on the thread that opened it.
class SqliteReader
{
public:
    // Opens `path` read-only, reading pages as `access` says, keeping its shared lock from the first read (as
    // the catalogue's QtSql connection does; see Catalogue::open).
    static std::unique_ptr<SqliteReader> open(const QString &path, PageAccess access, QString *error);
    ~SqliteReader();
    SqliteReader(const SqliteReader &) = delete;
    SqliteReader &operator=(const SqliteReader &) = delete;

    // A QByteArray is text already in UTF-8, the catalogue's encoding: SQLite compares it as it is, where a
    // QString's UTF-16 is converted first.
    using Value = std::variant<qint64, QString, QByteArray>;

    // The rows of one run of a kept statement; the statement is reset when the cursor goes.
    class Cursor
    {
    public:
        Cursor(Cursor &&other) noexcept;
        Cursor &operator=(Cursor &&) = delete;
        ~Cursor();
        // Moves to the next row; false after the last one or on failure (see failed()).
        bool next();
        bool failed() const { return m_failed; }
        bool isNull(int column) const;
        qint64 int64(int column) const;
        QString text(int column) const;
        // Valid until next() or the cursor's end.
        QByteArrayView bytes(int column) const;

    private:
        friend class SqliteReader;
        using Bound = QVarLengthArray<Value, 3>;
        Cursor(SqliteReader &reader, sqlite3_stmt *statement, Bound bound);

        SqliteReader *m_reader;
        sqlite3_stmt *m_statement;
        // Bound without a copy: kept alive while the statement may read them (moving a QString or QByteArray
        // leaves its characters where they are).
        Bound m_bound;
        bool m_failed = false;
    };

    // Runs `sql` with its parameters bound to `values` in order; nullopt when it cannot be prepared or bound.
    std::optional<Cursor> run(const char *sql, std::initializer_list<Value> values);

    const QString &lastError() const { return m_lastError; }
    const QString &path() const { return m_path; }

private:
    SqliteReader(sqlite3 *db, QString path);
    void noteError();

    sqlite3 *m_db;
    QString m_path;
    QString m_lastError;
    QHash<QByteArray, sqlite3_stmt *> m_statements; // by SQL text
};

} // namespace recall
