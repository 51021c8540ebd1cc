#pragma once

// Shared by the tests of the compact records a catalogue stores (ProductRecord, CampaignRecord).

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

#include <gtest/gtest.h>

namespace record_fixtures {

// `good` read by `decode`, and damaged at its edges each way refused: cut short anywhere, a byte too many,
// another format version, and the first length (just after the version byte) claiming far more than there is.
template <typename Decode> void expectEdgeDamageRefused(const QByteArray &good, Decode decode)
{
    ASSERT_TRUE(decode(good).has_value());
    for (qsizetype n = 0; n < good.size(); ++n)
        EXPECT_FALSE(decode(QByteArrayView(good).first(n)).has_value()) << "cut to " << n;
    EXPECT_FALSE(decode(QByteArray(good).append('\0')).has_value());

    QByteArray otherVersion = good;
    otherVersion[0] = char(otherVersion[0] + 1);
    EXPECT_FALSE(decode(otherVersion).has_value());

    QByteArray hugeCount = good;
    qToLittleEndian(quint32(0xFFFFFFFF), hugeCount.data() + 1);
    EXPECT_FALSE(decode(hugeCount).has_value());
}

} // namespace record_fixtures
