#pragma once

#include "PackKeys.h"
#include "PackProblem.h"
#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace recall {

// One file of a data pack: its place in the data layout (resources/data/README.md) and its bytes.
struct DataPackEntry
{
    QString path; // e.g. "dataset.json", "campaigns/JP-2025-10.json", "photos/a1263-black.png"
    QByteArray bytes;
};

struct DataPackHeader
{
    int formatVersion = 0; // of the records (dataset.json's format_version)
    int dataVersion = 0;   // dataset.json's data_version
    QDate asOf;            // dataset.json's as_of
};

// A data pack: the source records of one complete data set in a single file, signed with Ed25519.
//
//   offset size  field (integers big-endian)
//        0    8  magic "RECALLPK"
//        8    2  container version (1)
//       10    2  reserved, 0
//       12    4  format version of the records
//       16    4  data version
//       20   10  as-of date, ASCII YYYY-MM-DD
//       30    2  reserved, 0
//       32    4  number of entries
//       36    4  reserved, 0
//       40    8  size of the entry table in bytes
//       48    …  entries: name length (2), UTF-8 name, data length (4), data
//      end  104  signature block: "SIG1" or "NONE" (4), reserved 0 (4), signer's public key (32),
//                signature (64) over every byte of the file before the signature
//
// An unsigned pack has "NONE" and zeros. Reading checks every length against the limits below and against
// the bytes actually present before using it, so a damaged or hostile file cannot make it read out of bounds
// or allocate more than the file holds.
class DataPack
{
public:
    static constexpr int containerVersion = 1;
    static constexpr qint64 maxSize = 96LL * 1024 * 1024;
    static constexpr int maxEntries = 4096;
    static constexpr int maxNameBytes = 200;
    static constexpr qint64 maxEntrySize = 64LL * 1024 * 1024; // DataSetReader::maxFileSize
    static constexpr int headerSize = 48;
    static constexpr int signatureBlockSize = 104;
    static const QByteArray magic;

    DataPackHeader header;
    std::vector<DataPackEntry> entries;

    // Reads a pack's structure (not its records). Fails with every structural problem found.
    static Result<DataPack, PackProblems> parse(const QByteArray &file);

    // The pack as a file, entries sorted by name; signed when a secret key is given.
    QByteArray serialize(const QByteArray &secretKey = {}) const;

    bool isSigned() const { return !m_signerKey.isEmpty(); }
    const QByteArray &signerKey() const { return m_signerKey; }
    // Nothing when the signature is valid and made with a trusted key, or when the pack is unsigned and
    // unsigned packs are accepted (for testing only). A signature that does not verify is never accepted.
    std::optional<PackProblem> checkSignature(const PackKeyring &trusted, bool acceptUnsigned) const;

    // Whether `path` has a place in the data layout: dataset.json, sources.json, colours.json,
    // categories.json, products/*.json, campaigns/*.json, affected-serials/*/*.json, photos/*.png|jpg|jpeg.
    static bool isDataPath(const QString &path);

    struct Collected
    {
        std::vector<DataPackEntry> entries;
        QStringList skipped; // files in the folder that are not part of the data layout
        QString error;       // a file that could not be read
    };
    // The files of a data folder laid out like resources/data/.
    static Collected collect(const QString &folder);

private:
    QByteArray m_signerKey;
    QByteArray m_signature;
    QByteArray m_signedBytes;
};

} // namespace recall
