#include "Jan.h"
#include "PurchaseDate.h"

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
