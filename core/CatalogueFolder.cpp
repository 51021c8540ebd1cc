#include "CatalogueFolder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>

namespace recall {

CatalogueFolder::CatalogueFolder(QString directory) : m_directory(std::move(directory)) {}

QString CatalogueFolder::file(const char *name) const
{
    return QDir(m_directory).filePath(QLatin1String(name));
}

QString CatalogueFolder::active() const
{
    return file("catalogue.sqlite");
}

QString CatalogueFolder::activeOrigin() const
{
    return file("catalogue.origin");
}

QString CatalogueFolder::previous() const
{
    return file("catalogue.previous.sqlite");
}

QString CatalogueFolder::previousOrigin() const
{
    return file("catalogue.previous.origin");
}

QString CatalogueFolder::lastImport() const
{
    return file("catalogue.imported.sqlite");
}

QString CatalogueFolder::lastImportOrigin() const
{
    return file("catalogue.imported.origin");
}

QString CatalogueFolder::staging() const
{
    return file("catalogue.incoming.sqlite");
}

bool CatalogueFolder::create(QString *error) const
{
    if (QDir().mkpath(m_directory))
        return true;
    if (error)
        *error = QStringLiteral("cannot create ") + m_directory;
    return false;
}

std::unique_ptr<QLockFile> CatalogueFolder::lock(QString *error, int timeoutMs) const
{
    if (!create(error))
        return nullptr;
    auto lock = std::make_unique<QLockFile>(file("catalogue.lock"));
    if (lock->tryLock(timeoutMs))
        return lock;
    if (error) {
        *error = lock->error() == QLockFile::LockFailedError
                     ? QStringLiteral("another instance is changing the recall data (%1)").arg(file("catalogue.lock"))
                     : QStringLiteral("cannot create %1").arg(file("catalogue.lock"));
    }
    return nullptr;
}

bool CatalogueFolder::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit())
        return true;
    if (error)
        *error = path + QStringLiteral(": ") + out.errorString();
    return false;
}

bool CatalogueFolder::copy(const QString &from, const QString &to, QString *error)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = from + QStringLiteral(": ") + in.errorString();
        return false;
    }
    return write(to, in.readAll(), error);
}

QString CatalogueFolder::keepAside(const QString &path)
{
    const QString base = path + QStringLiteral(".unusable-")
                         + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = base;
    for (int n = 2; QFile::exists(target); ++n)
        target = base + u'-' + QString::number(n);
    return QFile::rename(path, target) ? target : QString();
}

} // namespace recall
