#include "ProductRecord.h"

#include <QtEndian>
#include <algorithm>

namespace recall::ProductRecord {

namespace {

// Bumped whenever the layout below changes; a record of another version is not read.
constexpr char formatVersion = 1;

// Counts and lengths are 32-bit little-endian; text is UTF-16LE, so a string is one copy.
class Writer
{
public:
    Writer() { m_bytes.append(formatVersion); }

    void count(qsizetype n)
    {
        char le[4];
        qToLittleEndian(quint32(n), le);
        m_bytes.append(le, 4);
    }
    void text(const QString &s)
    {
        count(s.size());
        for (const QChar c : s) {
            char le[2];
            qToLittleEndian(c.unicode(), le);
            m_bytes.append(le, 2);
        }
    }
    void texts(const QStringList &list)
    {
        count(list.size());
        for (const QString &s : list)
            text(s);
    }
    void localized(const LocalizedText &t)
    {
        text(t.ja);
        text(t.en);
    }
    void citations(const Citations &c)
    {
        texts(c.record);
        QStringList fields = c.byField.keys();
        fields.sort(); // not the hash's order, which changes from run to run
        count(fields.size());
        for (const QString &field : std::as_const(fields)) {
            text(field);
            texts(c.byField.value(field));
        }
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// Reads what Writer wrote; after the first fault every read gives an empty value and ok() stays false.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes) : m_at(bytes.data()), m_end(bytes.data() + bytes.size())
    {
        m_ok = take(1) && m_at[-1] == formatVersion;
    }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }

    // A count of items each at least `minimumItemBytes` long: one the remaining bytes cannot hold is a fault
    // (so a damaged count never makes us reserve gigabytes).
    qsizetype count(qsizetype minimumItemBytes)
    {
        if (!take(4))
            return 0;
        const quint32 n = qFromLittleEndian<quint32>(m_at - 4);
        if (minimumItemBytes > 0 && qsizetype(n) > (m_end - m_at) / minimumItemBytes)
            return fail();
        return qsizetype(n);
    }
    QString text()
    {
        const qsizetype n = count(2);
        if (!m_ok || !take(n * 2) || n == 0)
            return {};
        QString s(n, Qt::Uninitialized);
        if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian)
            std::copy_n(m_at - n * 2, n * 2, reinterpret_cast<char *>(s.data()));
        else
            qFromLittleEndian<char16_t>(m_at - n * 2, n, s.data());
        return s;
    }
    QStringList texts()
    {
        QStringList list;
        const qsizetype n = count(4);
        list.reserve(n);
        for (qsizetype i = 0; i < n && m_ok; ++i)
            list << text();
        return list;
    }
    LocalizedText localized()
    {
        LocalizedText t;
        t.ja = text();
        t.en = text();
        return t;
    }
    Citations citations()
    {
        Citations c;
        c.record = texts();
        const qsizetype n = count(8);
        for (qsizetype i = 0; i < n && m_ok; ++i) {
            const QString field = text();
            c.byField.insert(field, texts());
        }
        return c;
    }

private:
    bool take(qsizetype n)
    {
        if (!m_ok)
            return false;
        if (n < 0 || m_end - m_at < n) {
            fail();
            return false;
        }
        m_at += n;
        return true;
    }
    qsizetype fail()
    {
        m_ok = false;
        m_at = m_end;
        return 0;
    }

    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};

} // namespace

QByteArray encode(const Product &p)
{
    Writer w;
    w.text(p.model);
    w.text(p.brand);
    w.localized(p.name);
    w.text(p.reading);
    w.texts(p.aliases);
    w.text(p.categoryId);
    w.text(p.illustration);
    w.count(qsizetype(p.variants.size()));
    for (const Variant &v : p.variants) {
        w.text(v.code);
        w.text(v.jan);
        w.text(v.colourId);
        w.text(v.photo);
        w.text(v.photoCredit);
        w.citations(v.cite);
    }
    w.count(qsizetype(p.notes.size()));
    for (const Note &n : p.notes) {
        w.text(n.id);
        w.text(n.about);
        w.localized(n.text);
        w.texts(n.sources);
    }
    w.citations(p.cite);
    return w.bytes();
}

std::optional<Product> decode(QByteArrayView bytes)
{
    Reader r(bytes);
    Product p;
    p.model = r.text();
    p.brand = r.text();
    p.name = r.localized();
    p.reading = r.text();
    p.aliases = r.texts();
    p.categoryId = r.text();
    p.illustration = r.text();
    // A variant is at least five empty texts and two empty lists (28 bytes); a note four texts and a list.
    p.variants.resize(std::size_t(r.count(28)));
    for (Variant &v : p.variants) {
        v.code = r.text();
        v.jan = r.text();
        v.colourId = r.text();
        v.photo = r.text();
        v.photoCredit = r.text();
        v.cite = r.citations();
    }
    p.notes.resize(std::size_t(r.count(20)));
    for (Note &n : p.notes) {
        n.id = r.text();
        n.about = r.text();
        n.text = r.localized();
        n.sources = r.texts();
    }
    p.cite = r.citations();
    if (!r.ok() || !r.atEnd())
        return std::nullopt;
    return p;
}

} // namespace recall::ProductRecord
