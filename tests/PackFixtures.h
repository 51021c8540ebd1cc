#pragma once
// Data packs for tests: built from a (possibly damaged) copy of the shipped data and signed with the
// TEST-ONLY key in tests/data/pack-keys/, which the app itself never trusts.

#include "DataPack.h"
#include "PackKeys.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace pack_fixtures {

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return f.readAll();
}

inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

inline QString testKeyFile(const char *suffix)
{
    return testing_support::sourceDir() + QStringLiteral("/tests/data/pack-keys/test-only-never-trust.")
           + QLatin1String(suffix);
}

inline QByteArray testSecretKey()
{
    return recall::PackKeys::parseSecretKey(readAll(testKeyFile("secret"))).value_or(QByteArray());
}

inline QByteArray testPublicKey()
{
    return recall::PackKeys::parsePublicKey(readAll(testKeyFile("pub"))).value_or(QByteArray());
}

// A pack of the files in `folder`; the header is taken from its dataset.json as it is (even if invalid).
inline recall::DataPack packOf(const QString &folder)
{
    recall::DataPack pack;
    const QJsonObject info = QJsonDocument::fromJson(readAll(QDir(folder).filePath(QStringLiteral("dataset.json")))).object();
    pack.header.formatVersion = info.value(QStringLiteral("format_version")).toInt(1);
    pack.header.dataVersion = info.value(QStringLiteral("data_version")).toInt(1);
    pack.header.asOf = QDate::fromString(info.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    if (!pack.header.asOf.isValid())
        pack.header.asOf = QDate(2026, 1, 7);
    pack.entries = recall::DataPack::collect(folder).entries;
    return pack;
}

inline QByteArray signedPackOf(const QString &folder)
{
    return packOf(folder).serialize(testSecretKey());
}

// The shipped data made newer: data version 2 as of 2026-02-01, a new campaign JP-2026-01 (a copy of
// JP-2024-04), a new progress figure for A1263 in JP-2025-10 (33.0% -> 41.5%) and a new alias of A1263.
inline void makeNewer(testing_support::DataFolderCopy &data, int dataVersion = 2,
                      const QString &asOf = QStringLiteral("2026-02-01"))
{
    data.set(QStringLiteral("dataset.json"), {QStringLiteral("data_version")}, dataVersion);
    data.set(QStringLiteral("dataset.json"), {QStringLiteral("as_of")}, asOf);
    QJsonObject campaign = QJsonDocument::fromJson(readAll(data.file(QStringLiteral("campaigns/JP-2024-04.json")))).object();
    campaign.insert(QStringLiteral("id"), QStringLiteral("JP-2026-01"));
    data.writeRaw(QStringLiteral("campaigns/JP-2026-01.json"), QJsonDocument(campaign).toJson());
    const QString jp2510 = QStringLiteral("campaigns/JP-2025-10.json");
    QJsonObject recall = QJsonDocument::fromJson(readAll(data.file(jp2510))).object();
    QJsonArray products = recall.value(QStringLiteral("products")).toArray();
    QJsonObject a1263 = products.at(0).toObject();
    QJsonArray progress = a1263.value(QStringLiteral("progress")).toArray();
    progress.append(QJsonObject{{QStringLiteral("as_of"), asOf}, {QStringLiteral("rate_percent"), 41.5},
                                {QStringLiteral("src"), QJsonArray{QStringLiteral("meti-2026-01")}}});
    a1263.insert(QStringLiteral("progress"), progress);
    products.replace(0, a1263);
    recall.insert(QStringLiteral("products"), products);
    data.writeRaw(jp2510, QJsonDocument(recall).toJson());
    QJsonObject product = QJsonDocument::fromJson(readAll(data.file(QStringLiteral("products/A1263.json")))).object();
    QJsonArray aliases = product.value(QStringLiteral("aliases")).toArray();
    aliases.append(QStringLiteral("PowerCore 10000 2026"));
    product.insert(QStringLiteral("aliases"), aliases);
    data.writeRaw(QStringLiteral("products/A1263.json"), QJsonDocument(product).toJson());
}

// Every file of a folder (names and bytes), to prove that nothing in it changed. The lock file and logs,
// which exist only while an instance runs, are left out.
inline QByteArray folderDigest(const QString &folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    for (const QString &name : std::as_const(files)) {
        if (name.endsWith(QStringLiteral(".lock")) || name.startsWith(QStringLiteral("logs/")))
            continue;
        hash.addData(name.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
        hash.addData(readAll(QDir(folder).filePath(name)));
    }
    return hash.result().toHex();
}

} // namespace pack_fixtures
