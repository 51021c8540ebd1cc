#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace testing_support {

QString sourceDir()
{
    return QStringLiteral(RECALL_SOURCE_DIR);
}

QString shippedDataDir()
{
    return sourceDir() + QStringLiteral("/resources/data");
}

QString shippedCatalogue()
{
    return QStringLiteral(RECALL_SHIPPED_CATALOGUE);
}

QString fixtureCatalogue()
{
    return QStringLiteral(RECALL_FIXTURE_CATALOGUE);
}

DataFolderCopy::DataFolderCopy()
{
    const QDir from(shippedDataDir());
    QDirIterator it(from.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(m_dir.path()).filePath(from.relativeFilePath(source));
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(source, target))
            throw std::runtime_error("cannot copy test data");
    }
}

QString DataFolderCopy::file(const QString &relative) const
{
    return QDir(m_dir.path()).filePath(relative);
}

namespace {
QJsonValue setAt(QJsonValue node, const JsonPath &path, std::size_t depth, const QJsonValue &value)
{
    if (depth == path.size())
        return value;
    if (const auto *key = std::get_if<QString>(&path[depth])) {
        QJsonObject o = node.toObject();
        const QJsonValue child = setAt(o.value(*key), path, depth + 1, value);
        if (child.isUndefined())
            o.remove(*key);
        else
            o.insert(*key, child);
        return o;
    }
    QJsonArray a = node.toArray();
    const int index = std::get<int>(path[depth]);
    const QJsonValue child = setAt(a.at(index), path, depth + 1, value);
    if (child.isUndefined())
        a.removeAt(index);
    else
        a.replace(index, child);
    return a;
}
} // namespace

void DataFolderCopy::set(const QString &relative, const JsonPath &path, const QJsonValue &value)
{
    QFile f(file(relative));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read test data");
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    f.close();
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const QJsonValue changed = setAt(root, path, 0, value);
    writeRaw(relative, changed.isArray() ? QJsonDocument(changed.toArray()).toJson()
                                         : QJsonDocument(changed.toObject()).toJson());
}

void DataFolderCopy::writeRaw(const QString &relative, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(file(relative)).path());
    QFile f(file(relative));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write test data");
}

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

IsolatedCli::IsolatedCli() : m_binary(QDir(m_dir.path()).filePath(QStringLiteral("recall-lookup-cli")))
{
    if (!QFile::copy(QStringLiteral(RECALL_CLI), m_binary))
        throw std::runtime_error("cannot copy recall-lookup-cli");
}

std::unique_ptr<QProcess> IsolatedCli::start(const QString &program, const QStringList &arguments, const Folders &folders)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), folders.dataHome);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), folders.configHome);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p->setProcessEnvironment(env);
    p->setWorkingDirectory(folders.workingDirectory);
    p->start(program, arguments);
    return p;
}

CliRun IsolatedCli::finish(QProcess &p)
{
    if (p.state() != QProcess::NotRunning && !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

CliRun IsolatedCli::run(const QStringList &arguments, const QString &home) const
{
    const QDir h(home);
    return finish(*start(m_binary, arguments,
                         {h.filePath(QStringLiteral("data")), h.filePath(QStringLiteral("config")), m_dir.path()}));
}

QString copyToTemp(const QTemporaryDir &dir, const QString &source, const QString &name)
{
    const QString target = QDir(dir.path()).filePath(name);
    QFile::remove(target);
    if (!QFile::copy(source, target))
        throw std::runtime_error("cannot copy test file");
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString target = QDir(dir.path()).filePath(name);
    QFile f(target);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write test file");
    return target;
}

void runSql(const QString &path, const QString &sql, const QVariantList &values)
{
    const QString connection = QStringLiteral("testing_support.runSql");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            bool ok = q.prepare(sql);
            for (const QVariant &value : values)
                q.addBindValue(value);
            ok = ok && q.exec();
            if (!ok)
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty())
        throw std::runtime_error((sql + QStringLiteral(": ") + error).toStdString());
}

} // namespace testing_support
