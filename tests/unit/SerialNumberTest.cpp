#include "SerialNumber.h"

#include <gtest/gtest.h>

using namespace recall;

namespace {
bool hasProblem(const SerialCheck &c, SerialProblemKind kind, int position = 0)
{
    for (const SerialProblem &p : c.problems) {
        if (p.kind == kind && (position == 0 || p.position == position))
            return true;
    }
    return false;
}
} // namespace

TEST(SerialNumber, AcceptsPastedLabelWithSeparators)
{
    const SerialCheck c = SerialNumber::check(QStringLiteral("SN: A1B2-C3D4 E5F6 G7H8"));
    EXPECT_TRUE(c.valid);
    EXPECT_EQ(c.normalized, QStringLiteral("A1B2C3D4E5F6G7H8"));
}

TEST(SerialNumber, AcceptsLowerCaseFullWidthAndJapaneseLabel)
{
    const SerialCheck c = SerialNumber::check(QStringLiteral("シリアル番号：ａ１ｂ２ｃ３ｄ４ｅ５ｆ６ｇ７ｈ８"));
    EXPECT_TRUE(c.valid);
    EXPECT_EQ(c.normalized, QStringLiteral("A1B2C3D4E5F6G7H8"));
}

// Every way a label may start, with spaces before it; and a serial that merely starts with a letter is kept.
TEST(SerialNumber, LabelsAfterSpacesAreRemovedAndSerialsKeptWhole)
{
    const QString serial = QStringLiteral("A1B2C3D4E5F6G7H8");
    for (const QString &pasted : {QStringLiteral("  sn: A1B2C3D4E5F6G7H8"), QStringLiteral("\tS/N A1B2C3D4E5F6G7H8"),
                                  QStringLiteral("Serial Number: A1B2C3D4E5F6G7H8"),
                                  QStringLiteral("\u3000製造番号 A1B2C3D4E5F6G7H8"),
                                  QStringLiteral("ｼﾘｱﾙﾅﾝﾊﾞｰ#A1B2C3D4E5F6G7H8"), QStringLiteral("A1B2C3D4E5F6G7H8")}) {
        const SerialCheck c = SerialNumber::check(pasted);
        EXPECT_TRUE(c.valid) << pasted.toStdString();
        EXPECT_EQ(c.normalized, serial) << pasted.toStdString();
    }
    // Not a label: the S is the serial's (wrong) first character.
    const SerialCheck s = SerialNumber::check(QStringLiteral("S1B2C3D4E5F6G7H8"));
    EXPECT_EQ(s.normalized, QStringLiteral("S1B2C3D4E5F6G7H8"));
    EXPECT_TRUE(hasProblem(s, SerialProblemKind::WrongFirstCharacter, 1));
}

TEST(SerialNumber, ReportsTooShortWithLength)
{
    const SerialCheck c = SerialNumber::check(QStringLiteral("A1B2C3"));
    ASSERT_FALSE(c.valid);
    ASSERT_TRUE(hasProblem(c, SerialProblemKind::TooShort));
    EXPECT_EQ(c.problems.front().length, 6);
}

TEST(SerialNumber, ReportsTooLong)
{
    EXPECT_TRUE(hasProblem(SerialNumber::check(QStringLiteral("A1B2C3D4E5F6G7H8J")), SerialProblemKind::TooLong));
}

TEST(SerialNumber, ReportsWrongFirstCharacter)
{
    const SerialCheck c = SerialNumber::check(QStringLiteral("B1B2C3D4E5F6G7H8"));
    EXPECT_FALSE(c.valid);
    EXPECT_TRUE(hasProblem(c, SerialProblemKind::WrongFirstCharacter, 1));
}

TEST(SerialNumber, ReportsBadCharacterWithPosition)
{
    const SerialCheck c = SerialNumber::check(QStringLiteral("A1B2C3D4E5F6G7H#"));
    EXPECT_FALSE(c.valid);
    ASSERT_TRUE(hasProblem(c, SerialProblemKind::BadCharacter, 16));
}

TEST(SerialNumber, EmptyAndLabelOnlyAreEmpty)
{
    EXPECT_TRUE(hasProblem(SerialNumber::check(QString()), SerialProblemKind::Empty));
    EXPECT_TRUE(hasProblem(SerialNumber::check(QStringLiteral("SN:  ")), SerialProblemKind::Empty));
}

TEST(SerialNumber, HintsConfusableCharactersWithoutChangingThem)
{
    const SerialCheck c = SerialNumber::check(QStringLiteral("AO0I1L2Z33445566"));
    EXPECT_TRUE(c.valid);
    EXPECT_EQ(c.normalized, QStringLiteral("AO0I1L2Z33445566"));
    ASSERT_EQ(c.confusable.size(), 7u);
    EXPECT_EQ(c.confusable[0].position, 2);
    EXPECT_EQ(c.confusable[0].character, QChar(u'O'));
    EXPECT_EQ(c.confusable[0].lookalikes, QStringLiteral("0"));
    EXPECT_EQ(c.confusable[3].lookalikes, QStringLiteral("IL"));
}

TEST(SerialNumber, HugeInputIsRejectedQuickly)
{
    const SerialCheck c = SerialNumber::check(QString(10 * 1024 * 1024, u'A'));
    EXPECT_FALSE(c.valid);
    EXPECT_TRUE(hasProblem(c, SerialProblemKind::TooLong));
}

// A serial typed as it is stored (most of a batch's) is checked without copying its text: the normalised
// serial is the input's own characters. Anything to change still gives a text of its own.
TEST(SerialNumber, ASerialAlreadyNormalIsNotCopied)
{
    const QString typed = QString::fromLatin1("A1263ABCD0012345"); // not a literal: data of its own to share
    const SerialCheck c = SerialNumber::check(typed);
    EXPECT_TRUE(c.valid);
    EXPECT_EQ(c.normalized, typed);
    EXPECT_EQ(c.normalized.constData(), typed.constData());

    const QString spaced = QString::fromLatin1("A1263 ABCD0012345");
    EXPECT_EQ(SerialNumber::check(spaced).normalized, typed);
}
