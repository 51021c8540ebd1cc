#pragma once

#include <QJsonValue>
#include <QString>
#include <QTemporaryDir>

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

// Copies a file into a temporary folder, so a test can damage or alter it.
QString copyToTemp(const QTemporaryDir &dir, const QString &source, const QString &name);

} // namespace testing_support
