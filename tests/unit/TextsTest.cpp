#include "Texts.h"
#include "Translations.h"

#include <gtest/gtest.h>

using namespace recall;

// Texts speak the language they are made for, whatever the interface's language is.
TEST(TextsTest, EveryVerdictHasWordsInBothLanguages)
{
    const Texts en(Language::English);
    const Texts ja(Language::Japanese);
    EXPECT_EQ(en.verdictHeadline(Verdict::NotAffected), QStringLiteral("Not covered by the recalls in this data"));
    EXPECT_TRUE(ja.verdictHeadline(Verdict::NotAffected).contains(QStringLiteral("対象外")))
        << ja.verdictHeadline(Verdict::NotAffected).toStdString();
    for (Verdict v : {Verdict::Affected, Verdict::LikelyAffected, Verdict::NotAffected, Verdict::NoRecord,
                      Verdict::InvalidInput}) {
        for (const Texts *t : {&en, &ja}) {
            EXPECT_FALSE(t->verdictHeadline(v).isEmpty());
            EXPECT_FALSE(t->verdictNextStep(v).isEmpty());
        }
        EXPECT_NE(en.verdictHeadline(v), ja.verdictHeadline(v));
    }
}

TEST(TextsTest, EveryReasonHasWords)
{
    for (Language language : {Language::English, Language::Japanese}) {
        const Texts texts(language);
        for (int code = int(ReasonCode::SerialOnAffectedList); code <= int(ReasonCode::ColourDiffersFromVariant); ++code) {
            const Reason r{ReasonCode(code), QStringLiteral("2024-01-01"), {}};
            EXPECT_FALSE(texts.reason(r).isEmpty()) << reasonKey(ReasonCode(code)).toStdString();
        }
    }
}

TEST(TextsTest, NoRecordNeverSaysSafe)
{
    for (Language language : {Language::English, Language::Japanese}) {
        const Texts texts(language);
        // The next step may say that no record does not mean safe; the verdict itself never mentions safety.
        const QString statement = texts.noRecordStatement(QDate(2026, 1, 7)) + texts.verdictHeadline(Verdict::NoRecord);
        EXPECT_FALSE(statement.contains(QStringLiteral("safe"), Qt::CaseInsensitive));
        EXPECT_FALSE(statement.contains(QStringLiteral("安全")));
    }
    EXPECT_TRUE(Texts(Language::Japanese).noRecordStatement(QDate(2026, 1, 7)).contains(QStringLiteral("2026年1月7日")));
    EXPECT_TRUE(Texts(Language::English).noRecordStatement(QDate(2026, 1, 7)).contains(QStringLiteral("7 January 2026")));
}

TEST(TextsTest, SerialProblemsNameThePositionAndUsePluralForms)
{
    const Texts en(Language::English);
    const QString text = en.serialProblem({SerialProblemKind::BadCharacter, 7, QChar(u'#'), 0});
    EXPECT_TRUE(text.contains(u'7'));
    EXPECT_TRUE(text.contains(u'#'));
    EXPECT_TRUE(en.serialProblem({SerialProblemKind::TooShort, 0, {}, 1}).contains(QStringLiteral("1 character;")));
    EXPECT_TRUE(en.serialProblem({SerialProblemKind::TooShort, 0, {}, 5}).contains(QStringLiteral("5 characters;")));
    EXPECT_TRUE(Texts(Language::Japanese).serialProblem({SerialProblemKind::TooShort, 0, {}, 5}).contains(u'5'));
}

TEST(TranslationsTest, LanguageCodes)
{
    EXPECT_EQ(Translations::fromCode(QStringLiteral("JA")), Language::Japanese);
    EXPECT_EQ(Translations::fromCode(QStringLiteral("en")), Language::English);
    EXPECT_FALSE(Translations::fromCode(QStringLiteral("fr")).has_value());
}
