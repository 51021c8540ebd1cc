#include "DataPack.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QtEndian>

#include <algorithm>

namespace recall {

const QByteArray DataPack::magic = QByteArrayLiteral("RECALLPK");

namespace {

const QByteArray signedMark = QByteArrayLiteral("SIG1");
const QByteArray unsignedMark = QByteArrayLiteral("NONE");

// Reads big-endian integers from a byte range; every read is checked against the range first.
class Cursor
{
public:
    Cursor(const QByteArray &bytes, qint64 begin, qint64 end) : m_bytes(bytes), m_pos(begin), m_end(end) {}

    qint64 pos() const { return m_pos; }
    qint64 left() const { return m_end - m_pos; }
    bool has(qint64 n) const { return n >= 0 && left() >= n; }

    quint16 u16() { return take<quint16>(); }
    quint32 u32() { return take<quint32>(); }
    quint64 u64() { return take<quint64>(); }
    QByteArray bytes(qint64 n)
    {
        const QByteArray out = m_bytes.mid(m_pos, n);
        m_pos += n;
        return out;
    }

private:
    template <typename T>
    T take()
    {
        const T value = qFromBigEndian<T>(m_bytes.constData() + m_pos);
        m_pos += qint64(sizeof(T));
        return value;
    }

    const QByteArray &m_bytes;
    qint64 m_pos;
    qint64 m_end;
};

void putU16(QByteArray &out, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}

void putU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void putU64(QByteArray &out, quint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

std::optional<QString> strictUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString entryName(qsizetype index)
{
    return QStringLiteral("entry %1").arg(index + 1);
}

} // namespace

bool DataPack::isDataPath(const QString &path)
{
    static const QRegularExpression layout(QStringLiteral(
        "^(?:(?:dataset|sources|colours|categories)\\.json"
        "|(?:products|campaigns)/[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\\.json"
        "|affected-serials/[A-Za-z0-9][A-Za-z0-9_.-]{0,63}/[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\\.json"
        "|photos/[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\\.(?:png|jpg|jpeg))$"));
    return layout.match(path).hasMatch();
}

Result<DataPack, PackProblems> DataPack::parse(const QByteArray &file)
{
    using Kind = PackProblem::Kind;
    PackProblems problems;
    const qint64 size = file.size();
    if (size > maxSize)
        return PackProblems{{Kind::TooLarge, {}, QString::number(size), {}}};
    if (size < magic.size() || !file.startsWith(magic))
        return PackProblems{{Kind::NotAPack, {}, {}, {}}};
    const qint64 minimum = headerSize + signatureBlockSize;
    if (size < minimum)
        return PackProblems{{Kind::Truncated, {}, QStringLiteral("%1/%2").arg(size).arg(minimum), {}}};

    DataPack pack;
    Cursor head(file, magic.size(), headerSize);
    const quint16 version = head.u16();
    if (version != containerVersion)
        return PackProblems{{Kind::UnsupportedVersion, QStringLiteral("header.container_version"),
                             QString::number(version), {}}};
    const auto reserved = [&](quint64 value, const char *field) {
        if (value != 0)
            problems.push_back({Kind::BadHeader, QStringLiteral("header.") + QLatin1String(field), QString::number(value), {}});
    };
    reserved(head.u16(), "flags");
    const quint32 format = head.u32();
    const quint32 dataVersion = head.u32();
    const QByteArray asOf = head.bytes(10);
    reserved(head.u16(), "reserved");
    const quint32 count = head.u32();
    reserved(head.u32(), "reserved");
    const quint64 tableSize = head.u64();

    constexpr quint32 largestVersion = 1u << 30;
    if (format == 0 || format > largestVersion)
        problems.push_back({Kind::BadHeader, QStringLiteral("header.format_version"), QString::number(format), {}});
    if (dataVersion == 0 || dataVersion > largestVersion)
        problems.push_back({Kind::BadHeader, QStringLiteral("header.data_version"), QString::number(dataVersion), {}});
    pack.header.formatVersion = int(std::min(format, largestVersion));
    pack.header.dataVersion = int(std::min(dataVersion, largestVersion));
    const auto asOfText = strictUtf8(asOf);
    pack.header.asOf = asOfText ? QDate::fromString(*asOfText, Qt::ISODate) : QDate();
    if (!pack.header.asOf.isValid())
        problems.push_back({Kind::BadHeader, QStringLiteral("header.as_of"), QString::fromLatin1(asOf.toHex()), {}});
    if (count > quint32(maxEntries))
        return PackProblems{{Kind::TooManyEntries, {}, QString::number(count), {}}};
    // Compared without adding to the untrusted size first, so a huge value cannot overflow.
    const quint64 room = quint64(size - minimum);
    if (tableSize > room)
        return PackProblems{{Kind::Truncated, {},
                             QStringLiteral("%1/%2").arg(size).arg(tableSize > quint64(maxSize) ? QStringLiteral(">%1").arg(maxSize)
                                                                                                 : QString::number(tableSize + minimum)),
                             {}}};
    if (tableSize < room)
        return PackProblems{{Kind::TrailingBytes, {}, QString::number(room - tableSize), {}}};

    const qint64 tableEnd = headerSize + qint64(tableSize);
    Cursor table(file, headerSize, tableEnd);
    QSet<QString> seen;
    for (quint32 i = 0; i < count; ++i) {
        const QString entry = entryName(i);
        if (!table.has(2)) {
            problems.push_back({Kind::BadEntry, entry, QStringLiteral("name length"), {}});
            return problems;
        }
        const quint16 nameLength = table.u16();
        if (nameLength == 0 || nameLength > maxNameBytes || !table.has(nameLength + 4)) {
            problems.push_back({Kind::BadEntry, entry, QStringLiteral("name length %1").arg(nameLength), {}});
            return problems;
        }
        const QByteArray rawName = table.bytes(nameLength);
        const quint32 dataLength = table.u32();
        if (!table.has(dataLength)) {
            problems.push_back({Kind::BadEntry, entry, QStringLiteral("data length %1").arg(dataLength), {}});
            return problems;
        }
        const QByteArray data = table.bytes(dataLength);
        const auto name = strictUtf8(rawName);
        if (!name) {
            problems.push_back({Kind::BadEntry, entry, QStringLiteral("name is not UTF-8"), {}});
            continue;
        }
        if (!isDataPath(*name)) {
            problems.push_back({Kind::UnexpectedEntry, name->left(maxNameBytes), {}, {}});
            continue;
        }
        if (qint64(dataLength) > maxEntrySize) {
            problems.push_back({Kind::EntryTooLarge, *name, QString::number(dataLength), {}});
            continue;
        }
        const QString folded = name->toLower();
        if (seen.contains(folded)) {
            problems.push_back({Kind::DuplicateEntry, *name, {}, {}});
            continue;
        }
        seen.insert(folded);
        pack.entries.push_back({*name, data});
    }
    if (table.left() != 0)
        problems.push_back({Kind::BadEntry, entryName(count), QStringLiteral("%1 bytes after the last entry").arg(table.left()), {}});

    Cursor trailer(file, tableEnd, size);
    const QByteArray mark = trailer.bytes(4);
    const quint32 trailerReserved = trailer.u32();
    const QByteArray key = trailer.bytes(PackKeys::publicKeySize);
    const QByteArray signature = trailer.bytes(PackKeys::signatureSize);
    if (trailerReserved != 0)
        problems.push_back({Kind::BadHeader, QStringLiteral("signature.reserved"), QString::number(trailerReserved), {}});
    if (mark == signedMark) {
        pack.m_signerKey = key;
        pack.m_signature = signature;
        pack.m_signedBytes = file.first(size - PackKeys::signatureSize);
    } else if (mark != unsignedMark) {
        problems.push_back({Kind::BadHeader, QStringLiteral("signature.kind"), QString::fromLatin1(mark.toHex()), {}});
    } else if (key.count('\0') != key.size() || signature.count('\0') != signature.size()) {
        problems.push_back({Kind::BadHeader, QStringLiteral("signature.key"), QStringLiteral("unsigned pack with a key"), {}});
    }
    if (!problems.empty())
        return problems;
    return pack;
}

QByteArray DataPack::serialize(const QByteArray &secretKey) const
{
    std::vector<const DataPackEntry *> sorted;
    for (const DataPackEntry &e : entries)
        sorted.push_back(&e);
    std::sort(sorted.begin(), sorted.end(), [](auto *a, auto *b) { return a->path < b->path; });
    QByteArray table;
    for (const DataPackEntry *e : sorted) {
        const QByteArray name = e->path.toUtf8();
        putU16(table, quint16(name.size()));
        table += name;
        putU32(table, quint32(e->bytes.size()));
        table += e->bytes;
    }
    QByteArray out = magic;
    putU16(out, quint16(containerVersion));
    putU16(out, 0);
    putU32(out, quint32(header.formatVersion));
    putU32(out, quint32(header.dataVersion));
    out += header.asOf.toString(Qt::ISODate).toLatin1().leftJustified(10, '\0', true);
    putU16(out, 0);
    putU32(out, quint32(sorted.size()));
    putU32(out, 0);
    putU64(out, quint64(table.size()));
    out += table;
    const bool sign = secretKey.size() == PackKeys::secretKeySize;
    out += sign ? signedMark : unsignedMark;
    putU32(out, 0);
    out += sign ? PackKeys::publicKeyOf(secretKey) : QByteArray(PackKeys::publicKeySize, '\0');
    out += sign ? PackKeys::sign(out, secretKey) : QByteArray(PackKeys::signatureSize, '\0');
    return out;
}

std::optional<PackProblem> DataPack::checkSignature(const PackKeyring &trusted, bool acceptUnsigned) const
{
    using Kind = PackProblem::Kind;
    if (!isSigned()) {
        if (acceptUnsigned)
            return std::nullopt;
        return PackProblem{Kind::Unsigned, {}, {}, {}};
    }
    if (std::find(trusted.begin(), trusted.end(), m_signerKey) == trusted.end())
        return PackProblem{Kind::UntrustedKey, {}, PackKeys::fingerprint(m_signerKey), {}};
    if (!PackKeys::verify(m_signedBytes, m_signature, m_signerKey))
        return PackProblem{Kind::BadSignature, {}, PackKeys::fingerprint(m_signerKey), {}};
    return std::nullopt;
}

DataPack::Collected DataPack::collect(const QString &folder)
{
    Collected collected;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << root.relativeFilePath(it.next());
    files.sort();
    for (const QString &relative : std::as_const(files)) {
        if (!isDataPath(relative)) {
            collected.skipped << relative;
            continue;
        }
        QFile f(root.filePath(relative));
        if (!f.open(QIODevice::ReadOnly) || f.size() > maxEntrySize) {
            collected.error = relative + QStringLiteral(": ") + (f.isOpen() ? QStringLiteral("too large") : f.errorString());
            return collected;
        }
        collected.entries.push_back({relative, f.readAll()});
    }
    return collected;
}

} // namespace recall
