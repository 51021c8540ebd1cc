#include "CatalogueSwitcher.h"

#include "CatalogueStore.h"
#include "Logging.h"

#include <QFile>
#include <QLockFile>

#include <spdlog/logger.h>

namespace recall {

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The origin of a catalogue whose marker is missing (written by an old version or lost): its own meta data.
CatalogueOrigin originOf(const QString &markerPath, const CatalogueInfo &info)
{
    if (auto origin = CatalogueOrigin::read(markerPath))
        return *origin;
    CatalogueOrigin origin;
    origin.dataVersion = info.dataVersion;
    origin.asOf = info.asOf;
    return origin;
}

} // namespace

QString storageErrorKey(StorageError::Kind kind)
{
    switch (kind) {
    case StorageError::Kind::Busy: return QStringLiteral("busy");
    case StorageError::Kind::CannotWrite: return QStringLiteral("cannot_write");
    case StorageError::Kind::BuildFailed: return QStringLiteral("build_failed");
    case StorageError::Kind::CheckFailed: return QStringLiteral("check_failed");
    case StorageError::Kind::NothingToRollBack: return QStringLiteral("nothing_to_roll_back");
    case StorageError::Kind::PreviousUnusable: return QStringLiteral("previous_unusable");
    }
    return {};
}

CatalogueSwitcher::CatalogueSwitcher(QString dataDirectory) : m_folder(std::move(dataDirectory)) {}

void CatalogueSwitcher::refreshImportCopy(const CatalogueOrigin &origin) const
{
    if (origin.kind != CatalogueOrigin::Kind::Import)
        return;
    // Only a convenience for recovery: the store checks that the copy matches the active origin before using it.
    QString problem;
    if (!CatalogueFolder::copy(m_folder.active(), m_folder.lastImport(), &problem)
        || !CatalogueFolder::write(m_folder.lastImportOrigin(), origin.toJson(), &problem))
        Logging::logger("store")->warn("cannot keep a copy of the imported catalogue: {}", problem.toStdString());
}

Result<bool, StorageError> CatalogueSwitcher::activate(const QString &built, const CatalogueOrigin &origin) const
{
    const auto log = Logging::logger("store");
    const auto cannotWrite = [](const QString &problem) {
        return StorageError{StorageError::Kind::CannotWrite, {}, problem};
    };
    QString problem;
    const QByteArray before = readFile(m_folder.active());
    // The catalogue being replaced becomes the previous one, if it is sound (a damaged one is not worth
    // rolling back to, and must not replace a good previous one).
    if (auto current = CatalogueStore::openChecked(m_folder.active())) {
        const CatalogueOrigin currentOrigin = originOf(m_folder.activeOrigin(), (*current)->info());
        current->reset();
        if (!CatalogueFolder::write(m_folder.previous(), before, &problem)
            || !CatalogueFolder::write(m_folder.previousOrigin(), currentOrigin.toJson(), &problem))
            return cannotWrite(problem);
    } else if (QFile::exists(m_folder.active()) && CatalogueFolder::keepAside(m_folder.active()).isEmpty()) {
        return cannotWrite(QStringLiteral("cannot move ") + m_folder.active() + QStringLiteral(" aside"));
    }
    QFile in(built);
    if (!in.open(QIODevice::ReadOnly))
        return StorageError{StorageError::Kind::BuildFailed, built, in.errorString()};
    const QByteArray bytes = in.readAll();
    CatalogueOrigin stamped = origin;
    stamped.catalogueDigest = sha256Hex(bytes);
    if (!CatalogueFolder::write(m_folder.active(), bytes, &problem))
        return cannotWrite(problem);
    if (!CatalogueFolder::write(m_folder.activeOrigin(), stamped.toJson(), &problem)) {
        // Put the old catalogue back rather than leave a new file under an old description.
        QString ignored;
        if (!before.isEmpty())
            CatalogueFolder::write(m_folder.active(), before, &ignored);
        return cannotWrite(problem);
    }
    refreshImportCopy(stamped);
    log->info("activated imported catalogue (data version {})", origin.dataVersion);
    return true;
}

Result<RolledBack, StorageError> CatalogueSwitcher::rollBack() const
{
    const auto log = Logging::logger("store");
    QString problem;
    const auto lock = m_folder.lock(&problem);
    if (!lock)
        return StorageError{StorageError::Kind::Busy, m_folder.directory(), problem};
    if (!QFile::exists(m_folder.previous()))
        return StorageError{StorageError::Kind::NothingToRollBack, m_folder.previous(), {}};
    auto previous = CatalogueStore::openChecked(m_folder.previous());
    if (!previous)
        return StorageError{StorageError::Kind::PreviousUnusable, m_folder.previous(), previous.error().detail};
    RolledBack result;
    result.to = (*previous)->info();
    result.origin = originOf(m_folder.previousOrigin(), result.to);
    previous->reset();

    const QByteArray restoring = readFile(m_folder.previous());
    QByteArray replaced;
    std::optional<CatalogueOrigin> replacedOrigin;
    if (auto current = CatalogueStore::openChecked(m_folder.active())) {
        result.from = (*current)->info();
        replacedOrigin = originOf(m_folder.activeOrigin(), result.from);
        current->reset();
        replaced = readFile(m_folder.active());
    } else if (QFile::exists(m_folder.active()) && CatalogueFolder::keepAside(m_folder.active()).isEmpty()) {
        return StorageError{StorageError::Kind::CannotWrite, m_folder.active(), QStringLiteral("cannot move it aside")};
    }
    if (!CatalogueFolder::write(m_folder.active(), restoring, &problem))
        return StorageError{StorageError::Kind::CannotWrite, m_folder.active(), problem};
    if (!CatalogueFolder::write(m_folder.activeOrigin(), result.origin.toJson(), &problem)) {
        QString ignored;
        if (!replaced.isEmpty())
            CatalogueFolder::write(m_folder.active(), replaced, &ignored);
        return StorageError{StorageError::Kind::CannotWrite, m_folder.activeOrigin(), problem};
    }
    // The catalogue rolled back from becomes the previous one, so the rollback itself can be undone.
    if (replacedOrigin) {
        if (!CatalogueFolder::write(m_folder.previous(), replaced, &problem)
            || !CatalogueFolder::write(m_folder.previousOrigin(), replacedOrigin->toJson(), &problem))
            log->warn("rolled back, but cannot keep the replaced catalogue: {}", problem.toStdString());
    } else {
        QFile::remove(m_folder.previous());
        QFile::remove(m_folder.previousOrigin());
    }
    refreshImportCopy(result.origin);
    log->info("rolled back to data version {}", result.to.dataVersion);
    return result;
}

} // namespace recall
