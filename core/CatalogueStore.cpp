#include "CatalogueStore.h"

#include "Logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <spdlog/logger.h>

namespace recall {

namespace {
const QString activeFileName = QStringLiteral("catalogue.sqlite");
// Records which built-in catalogue the active copy came from, so an upgrade of the app brings its data.
const QString markerFileName = QStringLiteral("catalogue.origin");
} // namespace

CatalogueStore::CatalogueStore(QString builtInPath, QString dataDirectory)
    : m_builtInPath(std::move(builtInPath)), m_dataDirectory(std::move(dataDirectory))
{
}

QString CatalogueStore::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString CatalogueStore::builtInResourcePath()
{
    return QStringLiteral(":/recall/catalogue.sqlite");
}

QString CatalogueStore::activePath() const
{
    return QDir(m_dataDirectory).filePath(activeFileName);
}

QString CatalogueStore::markerPath() const
{
    return QDir(m_dataDirectory).filePath(markerFileName);
}

Result<bool, CatalogueError> CatalogueStore::installBuiltIn(const QByteArray &builtIn, const QString &digest)
{
    const auto fail = [&](const QString &detail) {
        return CatalogueError{CatalogueError::Kind::CannotOpen, activePath(), detail};
    };
    if (!QDir().mkpath(m_dataDirectory))
        return fail(QStringLiteral("cannot create ") + m_dataDirectory);
    // Written beside the target and renamed over it, so a crash never leaves half a catalogue.
    QSaveFile file(activePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(builtIn) != builtIn.size() || !file.commit())
        return fail(file.errorString());
    QSaveFile marker(markerPath());
    if (!marker.open(QIODevice::WriteOnly) || marker.write(digest.toLatin1()) < 0 || !marker.commit())
        return fail(marker.errorString());
    return true;
}

Result<CatalogueStore::Opened, CatalogueError> CatalogueStore::open()
{
    const auto log = Logging::logger("store");
    QFile builtInFile(m_builtInPath);
    if (!builtInFile.open(QIODevice::ReadOnly))
        return CatalogueError{CatalogueError::Kind::Missing, m_builtInPath, builtInFile.errorString()};
    const QByteArray builtIn = builtInFile.readAll();
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(builtIn, QCryptographicHash::Sha256).toHex());

    Opened opened;
    if (!QFile::exists(activePath())) {
        opened.event = Event::Installed;
    } else {
        QFile marker(markerPath());
        const QString installedFrom = marker.open(QIODevice::ReadOnly) ? QString::fromLatin1(marker.readAll()) : QString();
        auto active = Catalogue::open(activePath());
        std::optional<CatalogueError> problem;
        if (!active) {
            problem = active.error();
        } else if (auto verified = (*active)->verify(); !verified || !*verified) {
            problem = verified ? CatalogueError{CatalogueError::Kind::NotACatalogue, activePath(),
                                               QStringLiteral("integrity check failed")}
                               : verified.error();
        }
        if (!problem && installedFrom == digest) {
            opened.catalogue = std::move(*active);
            return opened;
        }
        opened.event = problem ? Event::Restored : Event::Upgraded;
        opened.replacedBecause = problem;
        if (active)
            active->reset(); // close before replacing the file
        if (problem) {
            // Never delete what we cannot read: keep it for a bug report.
            opened.keptAside = activePath() + QStringLiteral(".unusable-")
                               + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            if (!QFile::rename(activePath(), opened.keptAside))
                opened.keptAside.clear();
            log->warn("active catalogue unusable ({}): restoring the built-in copy",
                      catalogueErrorKey(problem->kind).toStdString());
        }
    }
    auto installed = installBuiltIn(builtIn, digest);
    if (!installed)
        return installed.error();
    auto catalogue = Catalogue::open(activePath());
    if (!catalogue)
        return catalogue.error();
    log->info("installed the built-in catalogue at {}", activePath().toStdString());
    opened.catalogue = std::move(*catalogue);
    return opened;
}

} // namespace recall
