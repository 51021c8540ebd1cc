#include "SqlDatabase.h"

#include "Logging.h"

#include <QAtomicInteger>
#include <QSqlError>

#include <spdlog/logger.h>

namespace recall {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("recall-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

SqlDatabase::SqlDatabase(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

std::unique_ptr<SqlDatabase> SqlDatabase::open(const QString &path, Mode mode, QString *error)
{
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000");
        if (mode == Mode::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return nullptr;
        }
    }
    return std::unique_ptr<SqlDatabase>(new SqlDatabase(name, path));
}

SqlDatabase::~SqlDatabase()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery *SqlDatabase::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            m_lastError = query.lastError().text();
            m_lastErrorCode = query.lastError().nativeErrorCode();
            Logging::logger("sql")->warn("prepare failed: {} ({})", m_lastError.toStdString(), sql.toStdString());
            return nullptr;
        }
        it = m_statements.insert(sql, query);
    }
    return &it.value();
}

QSqlQuery *SqlDatabase::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = prepared(sql);
    if (!query)
        return nullptr;
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!query->exec()) {
        m_lastError = query->lastError().text();
        m_lastErrorCode = query->lastError().nativeErrorCode();
        Logging::logger("sql")->warn("query failed: {}", m_lastError.toStdString());
        return nullptr;
    }
    return query;
}

bool SqlDatabase::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = run(sql, values);
    if (query)
        query->finish();
    return query != nullptr;
}

bool SqlDatabase::transaction()
{
    return QSqlDatabase::database(m_connectionName, false).transaction();
}

bool SqlDatabase::commit()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        m_lastErrorCode = db.lastError().nativeErrorCode();
        return false;
    }
    return true;
}

void SqlDatabase::rollback()
{
    QSqlDatabase::database(m_connectionName, false).rollback();
}

} // namespace recall
