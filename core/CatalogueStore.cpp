#include "CatalogueStore.h"

#include "CatalogueFolder.h"
#include "Logging.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <spdlog/logger.h>

namespace recall {

namespace {

// What says the active catalogue and its origin are still those read a moment ago: the origin's bytes, and the
// active file's size and times (a file put in its place is another file, written and renamed later).
QByteArray activeState(const CatalogueFolder &folder)
{
    QFile origin(folder.activeOrigin());
    QByteArray state = origin.open(QIODevice::ReadOnly) ? origin.readAll() : QByteArray();
    const QFileInfo active(folder.active());
    for (const QDateTime &time : {active.lastModified(), active.metadataChangeTime(), active.birthTime()})
        state += '|' + QByteArray::number(time.isValid() ? time.toMSecsSinceEpoch() : 0);
    return state + '|' + QByteArray::number(active.size());
}

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
    return CatalogueFolder(m_dataDirectory).active();
}

std::optional<CatalogueOrigin> CatalogueStore::activeOrigin() const
{
    return CatalogueOrigin::read(CatalogueFolder(m_dataDirectory).activeOrigin());
}

Result<std::unique_ptr<Catalogue>, CatalogueError> CatalogueStore::openChecked(const QString &path)
{
    auto catalogue = Catalogue::open(path);
    if (!catalogue)
        return catalogue.error();
    auto verified = (*catalogue)->verify();
    if (!verified)
        return verified.error();
    if (!*verified)
        return CatalogueError{CatalogueError::Kind::NotACatalogue, path, QStringLiteral("integrity check failed")};
    return std::move(*catalogue);
}

std::optional<int> CatalogueStore::builtInDataVersion()
{
    auto bytes = builtInBytes();
    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("builtin.sqlite"));
    QFile f(path);
    if (!bytes || !scratch.isValid() || !f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size())
        return std::nullopt;
    f.close();
    auto catalogue = Catalogue::open(path);
    return catalogue ? std::optional<int>((*catalogue)->info().dataVersion) : std::nullopt;
}

Result<QByteArray, CatalogueError> CatalogueStore::builtInBytes()
{
    if (m_builtIn.isEmpty()) {
        QFile f(m_builtInPath);
        if (!f.open(QIODevice::ReadOnly))
            return CatalogueError{CatalogueError::Kind::Missing, m_builtInPath, f.errorString()};
        m_builtIn = f.readAll();
    }
    return m_builtIn;
}

Result<CatalogueStore::Candidate, CatalogueError> CatalogueStore::builtInCandidate()
{
    auto bytes = builtInBytes();
    if (!bytes)
        return bytes.error();
    return Candidate{Source::BuiltIn, *bytes, std::nullopt};
}

// The SHA-256 the build wrote beside a catalogue (`<path>.sha256`), if there is a well-formed one.
QString CatalogueStore::digestBeside(const QString &path)
{
    QFile f(path + QStringLiteral(".sha256"));
    return f.open(QIODevice::ReadOnly) ? bareSha256(f.readAll()) : QString();
}

// The copy of the active imported catalogue, if it is that very import and still sound.
std::optional<CatalogueStore::Candidate> CatalogueStore::lastImportFor(const CatalogueFolder &folder,
                                                                       const std::optional<CatalogueOrigin> &origin) const
{
    if (!origin || origin->kind != CatalogueOrigin::Kind::Import)
        return std::nullopt;
    const auto copyOrigin = CatalogueOrigin::read(folder.lastImportOrigin());
    if (!copyOrigin || copyOrigin->kind != CatalogueOrigin::Kind::Import || origin->catalogueDigest.isEmpty())
        return std::nullopt;
    QFile f(folder.lastImport());
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = f.readAll();
    // The copy must be the very catalogue that was imported (a stale copy of an earlier import is not).
    if (sha256Hex(bytes) != origin->catalogueDigest || !openChecked(folder.lastImport()))
        return std::nullopt;
    return Candidate{Source::LastImport, bytes, origin};
}

QString CatalogueStore::writeActive(const CatalogueFolder &folder, const Candidate &candidate) const
{
    QString problem;
    if (!CatalogueFolder::write(folder.active(), candidate.bytes, &problem))
        return problem;
    CatalogueOrigin origin = candidate.origin.value_or(CatalogueOrigin{});
    if (candidate.source == Source::BuiltIn) {
        auto catalogue = Catalogue::open(folder.active());
        if (!catalogue)
            return catalogue.error().path + QStringLiteral(": ") + catalogue.error().detail;
        origin.builtInDigest = m_builtInDigest;
        origin.dataVersion = (*catalogue)->info().dataVersion;
        origin.asOf = (*catalogue)->info().asOf;
    }
    if (!CatalogueFolder::write(folder.activeOrigin(), origin.toJson(), &problem))
        return problem;
    Logging::logger("store")->info("installed the {} catalogue at {}",
                                   candidate.source == Source::BuiltIn ? "built-in" : "last imported",
                                   folder.active().toStdString());
    return {};
}

Result<CatalogueStore::Opened, CatalogueError> CatalogueStore::useTemporaryCopy(const Candidate &candidate, Opened opened)
{
    const auto fail = [&](const QString &detail) {
        return CatalogueError{CatalogueError::Kind::CannotOpen, activePath(),
                              opened.storageProblem.isEmpty() ? detail : opened.storageProblem + QStringLiteral("; ") + detail};
    };
    auto scratch = std::make_shared<QTemporaryDir>();
    if (!scratch->isValid())
        return fail(scratch->errorString());
    const QString path = scratch->filePath(QStringLiteral("catalogue.sqlite"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(candidate.bytes) != candidate.bytes.size())
        return fail(path + QStringLiteral(": ") + f.errorString());
    f.close();
    auto catalogue = Catalogue::open(path);
    if (!catalogue)
        return catalogue.error();
    Logging::logger("store")->warn("using a temporary copy of the catalogue at {}", path.toStdString());
    opened.event = Event::TemporaryCopy;
    opened.source = candidate.source;
    opened.scratch = std::move(scratch);
    opened.catalogue = std::move(*catalogue);
    return opened;
}

// The usual start: the active catalogue is sound and was installed from this very built-in copy (or kept
// over it), so nothing in the folder is to change. That is decided without the lock, which costs a sync to
// disk before the first paint (QLockFile writes and syncs its file: 15 ms in one traced start on the
// machine of docs/performance.md). Every file in the folder is only ever replaced whole (QSaveFile, rename),
// so each read here sees an old or a new file, never half of one; and if another instance replaced the
// catalogue or its origin while they were read (a catalogue opens its file twice), nothing read is used.
// Whatever else is found, open() takes the lock and decides again.
std::optional<CatalogueStore::Opened> CatalogueStore::openUnchanged(const CatalogueFolder &folder) const
{
    const QByteArray before = activeState(folder);
    const std::optional<CatalogueOrigin> origin = CatalogueOrigin::read(folder.activeOrigin());
    if (!origin || origin->builtInDigest != m_builtInDigest)
        return std::nullopt;
    auto active = openChecked(folder.active());
    if (!active || activeState(folder) != before)
        return std::nullopt;
    Opened opened;
    opened.catalogue = std::move(*active);
    return opened;
}

Result<CatalogueStore::Opened, CatalogueError> CatalogueStore::open()
{
    const auto log = Logging::logger("store");
    if (!QFileInfo(m_builtInPath).isFile())
        return CatalogueError{CatalogueError::Kind::Missing, m_builtInPath, QStringLiteral("no such file")};
    m_builtInDigest = digestBeside(m_builtInPath);
    if (m_builtInDigest.isEmpty()) {
        auto bytes = builtInBytes();
        if (!bytes)
            return bytes.error();
        m_builtInDigest = sha256Hex(*bytes);
    }

    const CatalogueFolder folder(m_dataDirectory);
    if (auto unchanged = openUnchanged(folder))
        return std::move(*unchanged);
    // Instances change the folder one at a time. Without the lock (a read-only folder, a full disk) nothing
    // in the folder is changed.
    QString lockProblem;
    const std::unique_ptr<QLockFile> lock = folder.lock(&lockProblem);
    const std::optional<CatalogueOrigin> origin = CatalogueOrigin::read(folder.activeOrigin());
    const bool imported = origin && origin->kind == CatalogueOrigin::Kind::Import;

    Opened opened;
    auto active = openChecked(folder.active());
    if (active) {
        bool keep = origin && origin->builtInDigest == m_builtInDigest;
        if (!keep && imported) {
            // An imported catalogue stays until the app brings newer data than it holds.
            const auto builtInVersion = builtInDataVersion();
            keep = !builtInVersion || *builtInVersion <= (*active)->info().dataVersion;
            if (keep && lock) {
                CatalogueOrigin seen = *origin;
                seen.builtInDigest = m_builtInDigest;
                CatalogueFolder::write(folder.activeOrigin(), seen.toJson(), nullptr);
            }
        }
        if (keep) {
            opened.catalogue = std::move(*active);
            return opened;
        }
        active->reset(); // closed before the file is replaced
        QString problem = lockProblem;
        if (lock) {
            // An import is only replaced once it is safely kept for rollback.
            const bool kept = !imported
                              || (CatalogueFolder::copy(folder.active(), folder.previous(), &problem)
                                  && CatalogueFolder::copy(folder.activeOrigin(), folder.previousOrigin(), &problem));
            opened.importKeptForRollback = imported && kept;
            if (kept) {
                auto builtIn = builtInCandidate();
                problem = builtIn ? writeActive(folder, *builtIn) : builtIn.error().detail;
            }
            if (kept && problem.isEmpty()) {
                auto upgraded = Catalogue::open(folder.active());
                if (!upgraded)
                    return upgraded.error();
                opened.event = Event::Upgraded;
                opened.catalogue = std::move(*upgraded);
                return opened;
            }
        }
        // The newer built-in data cannot be written: keep answering with the data already here.
        log->warn("cannot install the newer built-in catalogue: {}", problem.toStdString());
        auto again = openChecked(folder.active());
        if (!again)
            return again.error();
        Opened kept;
        kept.catalogue = std::move(*again);
        kept.storageProblem = problem;
        return kept;
    }

    const CatalogueError error = active.error();
    std::optional<Candidate> replacement = lastImportFor(folder, origin);
    const bool fromLastImport = replacement.has_value();
    if (!replacement) {
        auto builtIn = builtInCandidate();
        if (!builtIn)
            return builtIn.error();
        replacement = std::move(*builtIn);
    }
    opened.source = replacement->source;
    if (error.kind == CatalogueError::Kind::Locked) {
        // Someone else holds the file: leave it alone and work from a copy until it is free again.
        log->warn("active catalogue locked: using a temporary copy");
        opened.replacedBecause = error;
        return useTemporaryCopy(*replacement, std::move(opened));
    }
    if (error.kind == CatalogueError::Kind::Missing) {
        opened.event = imported ? Event::Restored : Event::Installed;
        if (imported)
            opened.replacedBecause = error;
    } else {
        opened.event = Event::Restored;
        opened.replacedBecause = error;
        log->warn("active catalogue unusable ({}: {}): restoring the {} copy", catalogueErrorKey(error.kind).toStdString(),
                  error.detail.toStdString(), fromLastImport ? "last imported" : "built-in");
    }
    if (!lock) {
        opened.storageProblem = lockProblem;
        return useTemporaryCopy(*replacement, std::move(opened));
    }
    if (error.kind != CatalogueError::Kind::Missing) {
        // Never delete what we cannot read: keep it for a bug report.
        opened.keptAside = CatalogueFolder::keepAside(folder.active());
        if (opened.keptAside.isEmpty()) {
            opened.storageProblem = QStringLiteral("cannot move ") + folder.active() + QStringLiteral(" aside");
            return useTemporaryCopy(*replacement, std::move(opened));
        }
    }
    if (const QString problem = writeActive(folder, *replacement); !problem.isEmpty()) {
        log->error("cannot write the catalogue: {}", problem.toStdString());
        opened.storageProblem = problem;
        return useTemporaryCopy(*replacement, std::move(opened));
    }
    auto restored = Catalogue::open(folder.active());
    if (!restored)
        return restored.error();
    opened.catalogue = std::move(*restored);
    return opened;
}

} // namespace recall
