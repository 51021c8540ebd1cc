#include "Texts.h"
#include "Translations.h"

#include <gtest/gtest.h>

using namespace recall;

namespace {
class TextsTest : public ::testing::Test
{
protected:
    void TearDown() override { m_translations.use(Language::English); }
    Translations m_translations;
};
} // namespace

TEST_F(TextsTest, EveryVerdictHasWordsInBothLanguages)
{
    ASSERT_TRUE(m_translations.use(Language::English));
    const QString en = Texts::verdictHeadline(Verdict::NotAffected);
    ASSERT_TRUE(m_translations.use(Language::Japanese));
    const QString ja = Texts::verdictHeadline(Verdict::NotAffected);
    EXPECT_NE(en, ja);
    EXPECT_TRUE(ja.contains(QStringLiteral("対象外"))) << ja.toStdString();
    for (Verdict v : {Verdict::Affected, Verdict::LikelyAffected, Verdict::NotAffected, Verdict::NoRecord,
                      Verdict::InvalidInput}) {
        EXPECT_FALSE(Texts::verdictHeadline(v).isEmpty());
        EXPECT_FALSE(Texts::verdictNextStep(v).isEmpty());
    }
}

TEST_F(TextsTest, EveryReasonHasWords)
{
    const Texts texts(Language::English);
    for (int code = int(ReasonCode::SerialOnAffectedList); code <= int(ReasonCode::ColourDiffersFromVariant); ++code) {
        const Reason r{ReasonCode(code), QStringLiteral("2024-01-01"), {}};
        EXPECT_FALSE(texts.reason(r).isEmpty()) << reasonKey(ReasonCode(code)).toStdString();
    }
}

TEST_F(TextsTest, NoRecordNeverSaysSafe)
{
    for (Language language : {Language::English, Language::Japanese}) {
        m_translations.use(language);
        // The next step may say that no record does not mean safe; the verdict itself never mentions safety.
        const QString statement = Texts::noRecordStatement(QDate(2026, 1, 7)) + Texts::verdictHeadline(Verdict::NoRecord);
        EXPECT_FALSE(statement.contains(QStringLiteral("safe"), Qt::CaseInsensitive));
        EXPECT_FALSE(statement.contains(QStringLiteral("安全")));
    }
    m_translations.use(Language::Japanese);
    EXPECT_TRUE(Texts::noRecordStatement(QDate(2026, 1, 7)).contains(QStringLiteral("2026年1月7日")));
}

TEST_F(TextsTest, SerialProblemsNameThePosition)
{
    m_translations.use(Language::English);
    const QString text = Texts::serialProblem({SerialProblemKind::BadCharacter, 7, QChar(u'#'), 0});
    EXPECT_TRUE(text.contains(u'7'));
    EXPECT_TRUE(text.contains(u'#'));
    EXPECT_TRUE(Texts::serialProblem({SerialProblemKind::TooShort, 0, {}, 1}).contains(QStringLiteral("1 character;")));
    EXPECT_TRUE(Texts::serialProblem({SerialProblemKind::TooShort, 0, {}, 5}).contains(QStringLiteral("5 characters;")));
}

TEST(TranslationsTest, LanguageCodes)
{
    EXPECT_EQ(Translations::fromCode(QStringLiteral("JA")), Language::Japanese);
    EXPECT_EQ(Translations::fromCode(QStringLiteral("en")), Language::English);
    EXPECT_FALSE(Translations::fromCode(QStringLiteral("fr")).has_value());
}
