#pragma once

// The byte layout shared by the compact records a catalogue stores (ProductRecord, CampaignRecord): each
// record's fields are written and read by one template over RecordWriter or RecordReader, so both sides
// name the fields once, in one order. Internal to core.

#include "Model.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QtEndian>
#include <algorithm>
#include <bit>
#include <optional>

namespace recall::record_codec {

// Counts and lengths are 32-bit little-endian; text is UTF-16LE, so a string is one copy.
class RecordWriter
{
public:
    explicit RecordWriter(char formatVersion) { m_bytes.append(formatVersion); }

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
    void number(qint64 n)
    {
        char le[8];
        qToLittleEndian(n, le);
        m_bytes.append(le, 8);
    }
    void real(double d) { number(std::bit_cast<qint64>(d)); }
    // An invalid date too (its Julian day is QDate's null value).
    void date(const QDate &d) { number(d.toJulianDay()); }
    template <typename E> void enumeration(E e, E /*last*/) { count(qsizetype(e)); }
    // A flag byte, then the value's fields when there is one.
    template <typename T, typename Fields> void optional(const std::optional<T> &value, Fields fields)
    {
        m_bytes.append(char(value ? 1 : 0));
        if (value)
            fields(*value);
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// Reads what RecordWriter wrote; after the first fault every read gives an empty value and ok() stays false.
class RecordReader
{
public:
    RecordReader(QByteArrayView bytes, char formatVersion)
        : m_at(bytes.data()), m_end(bytes.data() + bytes.size())
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
    void number(qint64 &n) { n = take(8) ? qFromLittleEndian<qint64>(m_at - 8) : 0; }
    void real(double &d)
    {
        qint64 bits = 0;
        number(bits);
        d = std::bit_cast<double>(bits);
    }
    void date(QDate &d)
    {
        qint64 day = 0;
        number(day);
        d = QDate::fromJulianDay(day);
    }
    // A value past `last` is a fault.
    template <typename E> void enumeration(E &e, E last)
    {
        const qsizetype n = count(0);
        if (n > qsizetype(last))
            fail();
        e = m_ok ? E(n) : E{};
    }
    template <typename T, typename Fields> void optional(std::optional<T> &value, Fields fields)
    {
        value.reset();
        if (!take(1) || m_at[-1] == 0)
            return;
        if (m_at[-1] != 1) {
            fail();
            return;
        }
        fields(value.emplace());
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

// A list of notes (Note), written alike in every kind of record. A note is at least four empty texts and an
// empty list: 20 bytes.
template <typename Io, typename Notes> void notes(Io &io, Notes &list)
{
    io.items(list, 20, [&io](auto &n) {
        io.text(n.id);
        io.text(n.about);
        io.localized(n.text);
        io.texts(n.sources);
    });
}

// The record of `value`: `fields(io, value)` names its fields (a generic lambda over the two kinds of io).
template <typename T, typename Fields> QByteArray encode(char formatVersion, const T &value, Fields fields)
{
    RecordWriter w(formatVersion);
    fields(w, value);
    return w.bytes();
}

// The value, or nothing when the bytes are not a whole record of this format (cut short, another version,
// bytes left over).
template <typename T, typename Fields>
std::optional<T> decode(char formatVersion, QByteArrayView bytes, Fields fields)
{
    RecordReader r(bytes, formatVersion);
    T value;
    fields(r, value);
    if (!r.ok() || !r.atEnd())
        return std::nullopt;
    return value;
}

} // namespace recall::record_codec
