#include "PackImporter.h"

#include "CatalogueCheck.h"
#include "CatalogueFolder.h"
#include "CatalogueStore.h"
#include "CatalogueWriter.h"
#include "DataSetReader.h"
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>

#include <spdlog/logger.h>

namespace recall {

namespace {

using Kind = PackProblem::Kind;

ImportFailure rejected(PackProblems problems)
{
    return ImportFailure{std::move(problems), std::nullopt};
}

ImportFailure storageFailure(StorageError::Kind kind, const QString &path, const QString &detail)
{
    return ImportFailure{{}, StorageError{kind, path, detail}};
}

// The pack's files in a private temporary folder, for the same reader the build uses. Their names were
// checked against the data layout (DataPack::isDataPath), so none can point outside the folder.
QString extract(const DataPack &pack, const QTemporaryDir &dir)
{
    for (const DataPackEntry &entry : pack.entries) {
        if (!DataPack::isDataPath(entry.path)) // checked when parsing; checked again where it matters
            return QStringLiteral("refusing to unpack ") + entry.path;
        const QString target = QDir(dir.path()).filePath(entry.path);
        if (!QDir().mkpath(QFileInfo(target).path()))
            return QStringLiteral("cannot create a folder for ") + target;
        QFile f(target);
        if (!f.open(QIODevice::WriteOnly) || f.write(entry.bytes) != entry.bytes.size())
            return target + QStringLiteral(": ") + f.errorString();
    }
    return {};
}

void compareHeader(const DataPackHeader &header, const DataSetInfo &info, PackProblems &problems)
{
    const auto mismatch = [&](const char *field, const QString &inHeader, const QString &inData) {
        if (inHeader != inData)
            problems.push_back({Kind::HeaderMismatch, QLatin1String(field), inHeader + QStringLiteral(" / ") + inData, {}});
    };
    mismatch("data_version", QString::number(header.dataVersion), QString::number(info.dataVersion));
    mismatch("as_of", header.asOf.toString(Qt::ISODate), info.asOf.toString(Qt::ISODate));
    mismatch("format_version", QString::number(header.formatVersion), QString::number(info.formatVersion));
}

} // namespace

PackImporter::PackImporter(QString dataDirectory, PackKeyring trusted)
    : m_dataDirectory(std::move(dataDirectory)), m_trusted(std::move(trusted))
{
}

Result<CheckedPack, ImportFailure> PackImporter::check(const QString &packPath, const ImportOptions &options) const
{
    const auto stage = [&](ImportStage s) {
        if (options.progress)
            options.progress(s);
    };
    stage(ImportStage::Verifying);
    const QFileInfo info(packPath);
    if (!info.isFile())
        return rejected({{Kind::CannotRead, packPath, QStringLiteral("no such file"), {}}});
    // Refused before reading: a huge file must not fill the memory.
    if (info.size() > DataPack::maxSize)
        return rejected({{Kind::TooLarge, packPath, QString::number(info.size()), {}}});
    QFile file(packPath);
    if (!file.open(QIODevice::ReadOnly))
        return rejected({{Kind::CannotRead, packPath, file.errorString(), {}}});
    const QByteArray bytes = file.read(DataPack::maxSize + 1);
    if (bytes.size() > DataPack::maxSize)
        return rejected({{Kind::TooLarge, packPath, QString::number(bytes.size()), {}}});

    auto parsed = DataPack::parse(bytes);
    if (!parsed)
        return rejected(parsed.error());
    const DataPack &pack = *parsed;
    PackProblems problems;
    if (auto signature = pack.checkSignature(m_trusted, options.acceptUnsigned))
        problems.push_back(*signature);
    if (pack.header.formatVersion != DataSetReader::supportedFormatVersion) {
        // Records of another format would only produce a flood of misleading problems.
        problems.push_back({Kind::WrongFormatVersion, QStringLiteral("header.format_version"),
                            QString::number(pack.header.formatVersion), {}});
        return rejected(std::move(problems));
    }

    QTemporaryDir unpacked;
    if (!unpacked.isValid())
        return storageFailure(StorageError::Kind::CannotWrite, unpacked.path(), unpacked.errorString());
    if (const QString problem = extract(pack, unpacked); !problem.isEmpty())
        return storageFailure(StorageError::Kind::CannotWrite, unpacked.path(), problem);
    stage(ImportStage::ReadingRecords);
    DataSetReadResult read = DataSetReader().read({unpacked.path()});
    for (const DataIssue &issue : read.issues)
        problems.push_back({Kind::Record, issue.file, issue.detail, issue});
    if (read.issues.empty()) {
        compareHeader(pack.header, read.data.info, problems);
        if (read.data.products.empty())
            problems.push_back({Kind::NoRecords, QStringLiteral("products/"), {}, {}});
        if (read.data.campaigns.empty())
            problems.push_back({Kind::NoRecords, QStringLiteral("campaigns/"), {}, {}});
        if (read.data.sources.empty())
            problems.push_back({Kind::NoRecords, QStringLiteral("sources.json"), {}, {}});
    }
    if (!problems.empty())
        return rejected(std::move(problems));
    return CheckedPack{pack.header, std::move(read.data), pack.isSigned()};
}

Result<ImportReport, ImportFailure> PackImporter::import(const QString &packPath, const ImportOptions &options) const
{
    const auto log = Logging::logger("import");
    const CatalogueFolder folder(m_dataDirectory);
    QString problem;
    const std::unique_ptr<QLockFile> lock = folder.lock(&problem);
    if (!lock)
        return storageFailure(StorageError::Kind::Busy, folder.directory(), problem);

    auto checked = check(packPath, options);
    if (!checked) {
        log->warn("refused {}: {} problem(s)", packPath.toStdString(), checked.error().problems.size());
        return checked.error();
    }
    const CheckedPack &pack = *checked;

    // Compared with the active data only if that is usable; a damaged one is replaced by any sound pack.
    int activeVersion = 0;
    QString activePath;
    if (auto active = CatalogueStore::openChecked(folder.active())) {
        activeVersion = (*active)->info().dataVersion;
        activePath = folder.active();
    }
    const bool older = pack.header.dataVersion < activeVersion;
    if (older && !options.force)
        return rejected({{Kind::OlderData, QStringLiteral("dataset.json"),
                          QStringLiteral("%1/%2").arg(pack.header.dataVersion).arg(activeVersion), {}}});

    const auto stage = [&](ImportStage s) {
        if (options.progress)
            options.progress(s);
    };
    stage(ImportStage::Building);
    const QString staging = folder.staging();
    const auto discard = [&] { QFile::remove(staging); };
    if (const QString failure = CatalogueWriter().write(pack.data, staging); !failure.isEmpty()) {
        discard();
        return storageFailure(StorageError::Kind::BuildFailed, staging, failure);
    }
    stage(ImportStage::Checking);
    if (const QString failure = CatalogueCheck::problemIn(staging, pack.data); !failure.isEmpty()) {
        discard();
        return storageFailure(StorageError::Kind::CheckFailed, staging, failure);
    }
    auto changes = CatalogueChanges::between(activePath, staging);
    if (!changes) {
        discard();
        return storageFailure(StorageError::Kind::CheckFailed, staging, changes.error());
    }

    CatalogueOrigin origin;
    origin.kind = CatalogueOrigin::Kind::Import;
    if (const auto current = CatalogueOrigin::read(folder.activeOrigin()))
        origin.builtInDigest = current->builtInDigest;
    origin.dataVersion = pack.header.dataVersion;
    origin.asOf = pack.header.asOf;
    origin.pack = QFileInfo(packPath).fileName();
    origin.importedAt = QDateTime::currentDateTimeUtc();
    origin.signedPack = pack.signedPack;
    stage(ImportStage::Switching);
    auto switched = CatalogueSwitcher(m_dataDirectory).activate(staging, origin);
    discard();
    if (!switched)
        return ImportFailure{{}, switched.error()};
    log->info("imported {} (data version {} -> {})", packPath.toStdString(), activeVersion, pack.header.dataVersion);
    return ImportReport{std::move(*changes), pack.signedPack, older};
}

} // namespace recall
