#include "Jan.h"
#include "PurchaseDate.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace recall;

TEST(Jan, ValidCheckDigits)
{
    EXPECT_TRUE(Jan::isValid(QStringLiteral("4571411205163")));
    EXPECT_TRUE(Jan::isValid(QStringLiteral("4571411209314")));
    EXPECT_EQ(Jan::expectedCheckDigit(QStringLiteral("4571411205163")), 3);
}

TEST(Jan, RejectsWrongCheckDigitAndFormat)
{
    EXPECT_FALSE(Jan::isValid(QStringLiteral("4571411205164")));
    EXPECT_FALSE(Jan::isValid(QStringLiteral("457141120516")));
    EXPECT_FALSE(Jan::isValid(QStringLiteral("45714112051X3")));
    EXPECT_EQ(Jan::expectedCheckDigit(QStringLiteral("abc")), -1);
}

TEST(PurchaseDate, ParsesIsoSlashAndFullWidth)
{
    const QDate today(2026, 11, 21);
    EXPECT_EQ(parsePurchaseDate(QStringLiteral("2024-05-31"), today).date, QDate(2024, 5, 31));
    EXPECT_EQ(parsePurchaseDate(QStringLiteral("2024/5/31"), today).date, QDate(2024, 5, 31));
    const auto full = parsePurchaseDate(QStringLiteral("２０２４－０５－３１"), today);
    EXPECT_EQ(full.status, PurchaseDateParse::Status::Valid);
    EXPECT_EQ(full.date, QDate(2024, 5, 31));
}

TEST(PurchaseDate, ReportsImpossibleFutureAndMalformed)
{
    const QDate today(2026, 11, 21);
    EXPECT_EQ(parsePurchaseDate(QStringLiteral("2025-02-30"), today).status, PurchaseDateParse::Status::Impossible);
    EXPECT_EQ(parsePurchaseDate(QStringLiteral("2026-11-22"), today).status, PurchaseDateParse::Status::InFuture);
    EXPECT_EQ(parsePurchaseDate(QStringLiteral("2026-11-21"), today).status, PurchaseDateParse::Status::Valid);
    EXPECT_EQ(parsePurchaseDate(QStringLiteral("yesterday"), today).status, PurchaseDateParse::Status::BadFormat);
    EXPECT_EQ(parsePurchaseDate(QStringLiteral("2024-05-31; DROP"), today).status,
              PurchaseDateParse::Status::BadFormat);
    EXPECT_EQ(parsePurchaseDate(QString(), today).status, PurchaseDateParse::Status::Empty);
}

// The parser reads by hand what this regular expression (its earlier form) accepted: every input of a seeded
// random mix of digits, separators, spaces, letters and full-width forms gets the same status and date.
TEST(PurchaseDate, ReadsExactlyWhatTheFormatPatternAccepts)
{
    const QDate today(2026, 11, 21);
    const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$)"));
    const auto expected = [&](const QString &text) {
        PurchaseDateParse r;
        const QString s = text.normalized(QString::NormalizationForm_KC).trimmed();
        if (s.isEmpty())
            return r;
        const auto m = pattern.match(s);
        if (!m.hasMatch()) {
            r.status = PurchaseDateParse::Status::BadFormat;
            return r;
        }
        r.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        r.status = !r.date.isValid()  ? PurchaseDateParse::Status::Impossible
                   : r.date > today ? PurchaseDateParse::Status::InFuture
                                    : PurchaseDateParse::Status::Valid;
        return r;
    };
    const QString alphabet = QStringLiteral("0123456789012345-/.-/. ax\n\u0660\uFF10\uFF15\uFF0D\uFF0F\u3000");
    QRandomGenerator random(20261203);
    QStringList inputs{QStringLiteral("2024-05-31"), QStringLiteral("2024-5-3"), QStringLiteral("2024-005-31"),
                       QStringLiteral("20245-05-31"), QStringLiteral("2024-05-311"), QStringLiteral("2024--05-31"),
                       QStringLiteral("2024-05-31\n"), QStringLiteral("0000-01-01"), QStringLiteral("2024-13-01"),
                       QStringLiteral("\u0662\u0660\u0662\u0664-01-01")};
    for (int i = 0; i < 20000; ++i) {
        QString text;
        // Mostly date-shaped, with a character or two changed; sometimes any mix at all.
        if (i % 4 != 0) {
            text = QStringLiteral("%1-%2-%3")
                       .arg(random.bounded(1990, 2030))
                       .arg(random.bounded(0, 14), random.bounded(1, 3), 10, QChar(u'0'))
                       .arg(random.bounded(0, 33), random.bounded(1, 3), 10, QChar(u'0'));
            for (int changes = random.bounded(0, 3); changes > 0; --changes)
                text[random.bounded(int(text.size()))] = alphabet.at(random.bounded(int(alphabet.size())));
        } else {
            for (int n = random.bounded(0, 14); n > 0; --n)
                text += alphabet.at(random.bounded(int(alphabet.size())));
        }
        inputs << text;
    }
    int valid = 0;
    for (const QString &text : std::as_const(inputs)) {
        const PurchaseDateParse want = expected(text);
        const PurchaseDateParse got = parsePurchaseDate(text, today);
        ASSERT_EQ(int(got.status), int(want.status)) << text.toStdString();
        if (want.status != PurchaseDateParse::Status::BadFormat) {
            EXPECT_EQ(got.date, want.date) << text.toStdString();
        }
        valid += want.status == PurchaseDateParse::Status::Valid ? 1 : 0;
    }
    EXPECT_GT(valid, 1000); // the mix reaches the accepting paths, not only the refusals
}
