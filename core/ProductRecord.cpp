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
    template <typename T, typename Fields>
    void items(const std::vector<T> &list, qsizetype /*minimumItemBytes*/, Fields fields)
    {
        count(qsizetype(list.size()));
        for (const T &item : list)
            fields(item);
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
    void text(QString &s) { s = nextText(); }
    void texts(QStringList &list)
    {
        const qsizetype n = count(4);
        list.clear();
        list.reserve(n);
        for (qsizetype i = 0; i < n && m_ok; ++i)
            list << nextText();
    }
    void localized(LocalizedText &t)
    {
        text(t.ja);
        text(t.en);
    }
    template <typename T, typename Fields>
    void items(std::vector<T> &list, qsizetype minimumItemBytes, Fields fields)
    {
        list.resize(std::size_t(count(minimumItemBytes)));
        for (T &item : list)
            fields(item);
    }
    void citations(Citations &c)
    {
        texts(c.record);
        c.byField.clear();
        const qsizetype n = count(8);
        for (qsizetype i = 0; i < n && m_ok; ++i) {
            const QString field = nextText();
            texts(c.byField[field]);
        }
    }

private:
    QString nextText()
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

// Every field of a product, in record order: written by Writer, read by Reader (`P` is then non-const).
// A variant is at least five empty texts and two empty lists (28 bytes), a note four texts and a list (20).
template <typename Io, typename P> void productFields(Io &io, P &p)
{
    io.text(p.model);
    io.text(p.brand);
    io.localized(p.name);
    io.text(p.reading);
    io.texts(p.aliases);
    io.text(p.categoryId);
    io.text(p.illustration);
    io.items(p.variants, 28, [&io](auto &v) {
        io.text(v.code);
        io.text(v.jan);
        io.text(v.colourId);
        io.text(v.photo);
        io.text(v.photoCredit);
        io.citations(v.cite);
    });
    io.items(p.notes, 20, [&io](auto &n) {
        io.text(n.id);
        io.text(n.about);
        io.localized(n.text);
        io.texts(n.sources);
    });
    io.citations(p.cite);
}

} // namespace

QByteArray encode(const Product &product)
{
    Writer w;
    productFields(w, product);
    return w.bytes();
}

std::optional<Product> decode(QByteArrayView bytes)
{
    Reader r(bytes);
    Product product;
    productFields(r, product);
    if (!r.ok() || !r.atEnd())
        return std::nullopt;
    return product;
}

} // namespace recall::ProductRecord
