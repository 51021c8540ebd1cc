#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace recall {

// A small owner of one QtSql connection: a unique connection name, removal on destruction, prepared
// statements reused by SQL text, and values always bound, never spliced into SQL.
class SqlDatabase
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    // Fails only when the SQLite driver is missing or the file cannot be opened at all; a file that is
    // not a database is detected by the first query.
    static std::unique_ptr<SqlDatabase> open(const QString &path, Mode mode, QString *error);
    ~SqlDatabase();
    SqlDatabase(const SqlDatabase &) = delete;
    SqlDatabase &operator=(const SqlDatabase &) = delete;

    // Runs a statement with bound values and returns it positioned before its first row; the query stays
    // owned here and is reused by the next run of the same SQL. On failure returns nullptr (see lastError()).
    QSqlQuery *run(const QString &sql, const QVariantList &values = {});
    // Runs a statement (no results wanted), reusing its prepared form.
    bool exec(const QString &sql, const QVariantList &values = {});

    bool transaction();
    bool commit();
    void rollback();

    const QString &lastError() const { return m_lastError; }
    // The driver's code for the last failure (for SQLite, the result code), to tell a full disk from damage.
    const QString &lastErrorCode() const { return m_lastErrorCode; }
    const QString &path() const { return m_path; }

private:
    SqlDatabase(QString connectionName, QString path);
    QSqlQuery *prepared(const QString &sql);

    QString m_connectionName;
    QString m_path;
    QString m_lastError;
    QString m_lastErrorCode;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace recall
