#include "SqliteReader.h"

#include "Logging.h"

#include <spdlog/logger.h>
#include <sqlite3.h>

#include <utility>

namespace recall {

QStringList pageAccessPragmas(PageAccess access)
{
    switch (access) {
    case PageAccess::Mapped:
        return {QStringLiteral("PRAGMA mmap_size=1073741824")};
    // 4 MiB: searching the 100k synthetic catalogue kept its p99 lowest with this among 2, 4 and 8 MiB (a
    // bigger cache is itself new memory, with a page fault for each of its pages).
    case PageAccess::Copied:
        return {QStringLiteral("PRAGMA mmap_size=0"), QStringLiteral("PRAGMA cache_size=-4096")};
    }
    return {};
}

std::unique_ptr<SqliteReader> SqliteReader::open(const QString &path, PageAccess access, QString *error)
{
    sqlite3 *db = nullptr;
    const int opened =
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (opened != SQLITE_OK) {
        if (error)
            *error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(opened));
        sqlite3_close(db); // a handle is returned even on failure (or null, which close accepts)
        return nullptr;
    }
    sqlite3_busy_timeout(db, 2000);
    // As for the QtSql connection (Catalogue::open): pages read as asked; keep the shared lock.
    const QString pragmas =
        (QStringList{QStringLiteral("PRAGMA query_only=1"), QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")} +
         pageAccessPragmas(access))
            .join(u';');
    const int set = sqlite3_exec(db, pragmas.toUtf8().constData(), nullptr, nullptr, nullptr);
    if (set != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return nullptr;
    }
    return std::unique_ptr<SqliteReader>(new SqliteReader(db, path));
}

SqliteReader::SqliteReader(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

SqliteReader::~SqliteReader()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    sqlite3_close(m_db);
}

void SqliteReader::noteError()
{
    m_lastError = QString::fromUtf8(sqlite3_errmsg(m_db));
    Logging::logger("sql")->warn("lookup failed: {}", m_lastError.toStdString());
}

std::optional<SqliteReader::Cursor> SqliteReader::run(const char *sql, std::initializer_list<Value> values)
{
    const QByteArray key = QByteArray::fromRawData(sql, qstrlen(sql));
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
            noteError();
            return std::nullopt;
        }
        it = m_statements.insert(QByteArray(sql), statement); // a deep copy: `sql` need not outlive this
    }
    sqlite3_stmt *statement = *it;
    Cursor::Bound bound(values.begin(), values.end());
    for (int i = 0; i < bound.size(); ++i) {
        const int parameter = i + 1;
        int result = SQLITE_OK;
        if (const auto *number = std::get_if<qint64>(&bound[i])) {
            result = sqlite3_bind_int64(statement, parameter, *number);
        } else if (const auto *utf8 = std::get_if<QByteArray>(&bound[i])) {
            result =
                sqlite3_bind_text(statement, parameter, utf8->constData(), int(utf8->size()), SQLITE_STATIC);
        } else {
            const QString &text = std::get<QString>(bound[i]);
            result =
                sqlite3_bind_text16(statement, parameter, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
        }
        if (result != SQLITE_OK) {
            noteError();
            sqlite3_clear_bindings(statement);
            return std::nullopt;
        }
    }
    return Cursor(*this, statement, std::move(bound));
}

SqliteReader::Cursor::Cursor(SqliteReader &reader, sqlite3_stmt *statement, Bound bound)
    : m_reader(&reader), m_statement(statement), m_bound(std::move(bound))
{
}

SqliteReader::Cursor::Cursor(Cursor &&other) noexcept
    : m_reader(other.m_reader), m_statement(std::exchange(other.m_statement, nullptr)),
      m_bound(std::move(other.m_bound)), m_failed(other.m_failed)
{
}

SqliteReader::Cursor::~Cursor()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement); // the bound texts are about to go
}

bool SqliteReader::Cursor::next()
{
    if (!m_statement || m_failed)
        return false;
    const int stepped = sqlite3_step(m_statement);
    if (stepped == SQLITE_ROW)
        return true;
    if (stepped != SQLITE_DONE) {
        m_failed = true;
        m_reader->noteError();
    }
    return false;
}

bool SqliteReader::Cursor::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteReader::Cursor::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}

qint64 SqliteReader::Cursor::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteReader::Cursor::bytes(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    return QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column));
}

} // namespace recall
