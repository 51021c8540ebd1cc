#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QJsonValue>
#include <QStringList>
#include <QString>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>
#include <variant>
#include <vector>

namespace testing_support {

QString sourceDir();
QString shippedDataDir();
QString shippedCatalogue();
QString fixtureCatalogue();

using JsonPath = std::vector<std::variant<QString, int>>;

// A writable copy of the shipped data folder, for tests that damage one record at a time.
class DataFolderCopy
{
public:
    DataFolderCopy();
    QString path() const { return m_dir.path(); }
    QString file(const QString &relative) const;

    // Sets (or, with an undefined value, removes) the value at `path` inside a JSON file.
    void set(const QString &relative, const JsonPath &path, const QJsonValue &value);
    void writeRaw(const QString &relative, const QByteArray &bytes);

private:
    QTemporaryDir m_dir;
};

// What a run of recall-lookup-cli printed and returned.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
    QString text() const { return QString::fromUtf8(out); }
    QString errors() const { return QString::fromUtf8(err); }
};

// The built recall-lookup-cli copied alone into an empty folder (it must need no files beside it), run as a
// process with its own app-data folders under `home`, in a neutral locale.
class IsolatedCli
{
public:
    IsolatedCli();
    CliRun run(const QStringList &arguments, const QString &home) const;
    QString folder() const { return m_dir.path(); }
    const QString &binary() const { return m_binary; }

    // Where a started program keeps its data and settings, and where it runs.
    struct Folders
    {
        QString dataHome;   // XDG_DATA_HOME
        QString configHome; // XDG_CONFIG_HOME
        QString workingDirectory;
    };
    // Any program (this CLI, or another tool such as the pack builder) in a neutral locale, started and not
    // waited for: finish() it.
    static std::unique_ptr<QProcess> start(const QString &program, const QStringList &arguments, const Folders &folders);
    static CliRun finish(QProcess &process);

private:
    QTemporaryDir m_dir;
    QString m_binary;
};

// Copies a file into a temporary folder, so a test can damage or alter it.
QString copyToTemp(const QTemporaryDir &dir, const QString &source, const QString &name);
// Writes `bytes` as a new file in a temporary folder (junk where a database is expected, say); its path.
QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

// Runs one SQL statement on a database file (a copy a test alters); throws when it fails.
void runSql(const QString &path, const QString &sql, const QVariantList &values = {});

} // namespace testing_support
