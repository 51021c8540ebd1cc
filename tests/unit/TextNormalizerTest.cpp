#include "TextNormalizer.h"

#include <gtest/gtest.h>

using recall::TextNormalizer::fold;
using recall::TextNormalizer::foldCode;

TEST(TextNormalizer, FoldsFullWidthAndCase)
{
    EXPECT_EQ(fold(QStringLiteral("ＰｏｗｅｒＣｏｒｅ")), QStringLiteral("powercore"));
    EXPECT_EQ(fold(QStringLiteral("Ａ１２６３")), QStringLiteral("a1263"));
}

TEST(TextNormalizer, HiraganaBecomesKatakana)
{
    EXPECT_EQ(fold(QStringLiteral("もばいるばってりー")), fold(QStringLiteral("モバイルバッテリー")));
}

TEST(TextNormalizer, HalfWidthKatakanaBecomesFullWidth)
{
    EXPECT_EQ(fold(QStringLiteral("ﾓﾊﾞｲﾙﾊﾞｯﾃﾘｰ")), fold(QStringLiteral("モバイルバッテリー")));
}

TEST(TextNormalizer, DropsSpacesHyphensAndLongVowelMarks)
{
    EXPECT_EQ(fold(QStringLiteral("Power Core-10000")), QStringLiteral("powercore10000"));
    EXPECT_EQ(fold(QStringLiteral("パワーコア")), QStringLiteral("パワコア"));
    EXPECT_EQ(fold(QStringLiteral("パワコア")), QStringLiteral("パワコア"));
    EXPECT_EQ(fold(QStringLiteral("A1263\u3000016")), QStringLiteral("a1263016"));
}

TEST(TextNormalizer, KeepsKanjiAndDigits)
{
    EXPECT_EQ(fold(QStringLiteral("会議用スピーカー")), QStringLiteral("会議用スピカ"));
}

TEST(TextNormalizer, PunctuationOnlyFoldsToNothing)
{
    EXPECT_TRUE(fold(QStringLiteral("'; -- \" % _ *")).isEmpty());
}

TEST(TextNormalizer, FoldCodeUpperCasesAndTrims)
{
    EXPECT_EQ(foldCode(QStringLiteral("  ａ１２６３ ")), QStringLiteral("A1263"));
}
