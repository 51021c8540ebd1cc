#include "CatalogueCache.h"

#include "CatalogueSchema.h"
#include "CatalogueWriter.h"
#include "DataSetReader.h"
#include "TextNormalizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QTextStream>

namespace recall::synthetic {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QByteArray samplesJson(const Samples &s)
{
    QJsonArray serials;
    for (const Samples::Serial &serial : s.serials)
        serials.append(QJsonObject{{QStringLiteral("campaign"), serial.campaign},
                                   {QStringLiteral("model"), serial.model},
                                   {QStringLiteral("serial"), serial.serial},
                                   {QStringLiteral("listed"), serial.listed}});
    return QJsonDocument(QJsonObject{{QStringLiteral("jans"), toArray(s.jans)},
                                     {QStringLiteral("variant_codes"), toArray(s.variantCodes)},
                                     {QStringLiteral("models"), toArray(s.models)},
                                     {QStringLiteral("serials"), serials}})
        .toJson(QJsonDocument::Compact);
}

std::optional<Samples> readSamples(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.isEmpty())
        return std::nullopt;
    const auto strings = [&](const QString &key) {
        QStringList out;
        for (const QJsonValue &v : o.value(key).toArray())
            out << v.toString();
        return out;
    };
    Samples s;
    s.jans = strings(QStringLiteral("jans"));
    s.variantCodes = strings(QStringLiteral("variant_codes"));
    s.models = strings(QStringLiteral("models"));
    for (const QJsonValue &v : o.value(QStringLiteral("serials")).toArray()) {
        const QJsonObject serial = v.toObject();
        s.serials.push_back({serial.value(QStringLiteral("campaign")).toString(),
                             serial.value(QStringLiteral("model")).toString(),
                             serial.value(QStringLiteral("serial")).toString(),
                             serial.value(QStringLiteral("listed")).toBool()});
    }
    return s;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit())
        return true;
    *error = path + QStringLiteral(": ") + f.errorString();
    return false;
}

} // namespace

CatalogueCache::CatalogueCache(QString directory, QString baseDataFolder)
    : m_directory(std::move(directory)), m_baseDataFolder(std::move(baseDataFolder))
{
}

QString CatalogueCache::stem(const Size &size) const
{
    return QDir(m_directory).filePath(QStringLiteral("synthetic-%1-seed%2-g%3-s%4-n%5")
                                          .arg(size.name)
                                          .arg(size.spec.seed)
                                          .arg(generatorVersion)
                                          .arg(CatalogueSchema::version)
                                          .arg(TextNormalizer::version));
}

std::optional<CachedCatalogue> CatalogueCache::get(const Size &size, int batchRows, QString *error) const
{
    const QString base = stem(size);
    CachedCatalogue cached;
    cached.cataloguePath = base + QStringLiteral(".sqlite");
    cached.batchPath = batchRows > 0 ? base + QStringLiteral(".batch-%1.csv").arg(batchRows) : QString();
    const QString samplesPath = base + QStringLiteral(".samples.json");
    const auto alreadyThere = [&] {
        if (!QFile::exists(cached.cataloguePath) || (!cached.batchPath.isEmpty() && !QFile::exists(cached.batchPath)))
            return false;
        auto samples = readSamples(samplesPath);
        if (samples)
            cached.samples = std::move(*samples);
        return samples.has_value();
    };
    if (alreadyThere())
        return cached;
    if (!QDir().mkpath(m_directory)) {
        *error = QStringLiteral("cannot create ") + m_directory;
        return std::nullopt;
    }
    // Two runs started together would both generate the same files (and one fail to rename its catalogue):
    // the second waits for the first and takes what it wrote. Only a lock left by a process that is gone is
    // stale, however long the first takes.
    QLockFile lock(base + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.lock()) {
        *error = QStringLiteral("cannot lock ") + base + QStringLiteral(".lock");
        return std::nullopt;
    }
    if (alreadyThere())
        return cached;
    QTextStream log(stderr);
    QElapsedTimer timer;
    timer.start();
    const DataSetReadResult read = DataSetReader().read({m_baseDataFolder});
    if (!read.ok()) {
        *error = QStringLiteral("the base data in %1 has %2 problem(s)").arg(m_baseDataFolder).arg(read.issues.size());
        return std::nullopt;
    }
    log << "generating the " << size.name << " synthetic catalogue (" << size.spec.products << " products, "
        << size.spec.serials << " affected serials) into " << cached.cataloguePath << Qt::endl;
    GenerateResult generated = generate(size.spec, read.data);
    if (!generated.error.isEmpty()) {
        *error = generated.error;
        return std::nullopt;
    }
    log << "  generated in " << timer.restart() << " ms" << Qt::endl;
    if (batchRows > 0 && !writeFile(cached.batchPath, batchCsv(generated.generated, batchRows, size.spec.seed), error))
        return std::nullopt;
    // Written under another name and renamed, so an interrupted run never leaves a catalogue that looks done.
    const QString partial = cached.cataloguePath + QStringLiteral(".partial");
    const QString failure = CatalogueWriter().write(generated.generated.data, partial);
    if (!failure.isEmpty()) {
        *error = failure;
        return std::nullopt;
    }
    QFile::remove(cached.cataloguePath);
    if (!QFile::rename(partial, cached.cataloguePath)) {
        *error = QStringLiteral("cannot rename ") + partial;
        return std::nullopt;
    }
    log << "  written in " << timer.restart() << " ms" << Qt::endl;
    if (!writeFile(samplesPath, samplesJson(generated.generated.samples), error))
        return std::nullopt;
    cached.samples = std::move(generated.generated.samples);
    return cached;
}

} // namespace recall::synthetic
