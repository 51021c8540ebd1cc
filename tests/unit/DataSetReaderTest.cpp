// The generator's validation: each class of bad record is rejected, naming file and field.
#include "Catalogue.h"
#include "CatalogueWriter.h"
#include "DataSetReader.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace recall;
using testing_support::DataFolderCopy;

namespace {

DataIssues readCopy(const DataFolderCopy &copy)
{
    return DataSetReader().read({copy.path()}).issues;
}

::testing::AssertionResult hasIssue(const DataIssues &issues, DataIssueKind kind, const QString &file,
                                    const QString &field)
{
    for (const DataIssue &i : issues) {
        if (i.kind == kind && i.file == file && i.field == field)
            return ::testing::AssertionSuccess();
    }
    auto failure = ::testing::AssertionFailure() << "no " << dataIssueKindKey(kind).toStdString() << " at "
                                                 << file.toStdString() << ": " << field.toStdString() << "; got:";
    for (const DataIssue &i : issues)
        failure << "\n  " << dataIssueKindKey(i.kind).toStdString() << " " << i.file.toStdString() << ": "
                << i.field.toStdString() << " " << i.detail.toStdString();
    return failure;
}

const QString a1263 = QStringLiteral("products/A1263.json");
const QString october = QStringLiteral("campaigns/JP-2025-10.json");

} // namespace

TEST(DataSetReader, ShippedDataHasNoIssues)
{
    const DataSetReadResult result = DataSetReader().read({testing_support::shippedDataDir()});
    for (const DataIssue &i : result.issues)
        ADD_FAILURE() << i.file.toStdString() << ": " << i.field.toStdString() << " "
                      << dataIssueKindKey(i.kind).toStdString();
    EXPECT_EQ(result.data.campaigns.size(), 4u);
    EXPECT_EQ(result.data.products.size(), 10u);
}

TEST(DataSetReader, MissingSourceIsRejected)
{
    DataFolderCopy copy;
    copy.set(a1263, {QStringLiteral("variants"), 0, QStringLiteral("src")}, QJsonValue(QJsonValue::Undefined));
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::MissingSource, a1263, QStringLiteral("variants[0].src")));
}

TEST(DataSetReader, UnknownSourceIsRejected)
{
    DataFolderCopy copy;
    copy.set(a1263, {QStringLiteral("src")}, QJsonArray{QStringLiteral("no-such-source")});
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::UnknownSource, a1263, QStringLiteral("src[0]")));
}

TEST(DataSetReader, BadDateIsRejected)
{
    DataFolderCopy copy;
    copy.set(october, {QStringLiteral("products"), 0, QStringLiteral("sale_start")}, QStringLiteral("2022-02-30"));
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::BadDate, october, QStringLiteral("products[0].sale_start")));
}

TEST(DataSetReader, ReversedPeriodIsRejected)
{
    DataFolderCopy copy;
    copy.set(october, {QStringLiteral("products"), 0, QStringLiteral("sale_end")}, QStringLiteral("2020-01-01"));
    EXPECT_TRUE(
        hasIssue(readCopy(copy), DataIssueKind::PeriodReversed, october, QStringLiteral("products[0].sale_end")));
}

TEST(DataSetReader, DuplicateVariantCodeIsRejected)
{
    DataFolderCopy copy;
    copy.set(a1263, {QStringLiteral("variants"), 1, QStringLiteral("code")}, QStringLiteral("A1263016"));
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::DuplicateId, a1263, QStringLiteral("variants[1].code")));
}

TEST(DataSetReader, DuplicateJanAcrossProductsIsRejected)
{
    DataFolderCopy copy;
    const QString a3117 = QStringLiteral("products/A3117.json");
    copy.set(a3117, {QStringLiteral("variants"), 3, QStringLiteral("jan")}, QStringLiteral("4571411205187"));
    const DataIssues issues = readCopy(copy);
    const bool flagged = hasIssue(issues, DataIssueKind::DuplicateId, a3117, QStringLiteral("variants[3].jan"))
                         || hasIssue(issues, DataIssueKind::DuplicateId, a1263, QStringLiteral("variants[4].jan"));
    EXPECT_TRUE(flagged);
}

TEST(DataSetReader, UnknownColourIsRejected)
{
    DataFolderCopy copy;
    copy.set(a1263, {QStringLiteral("variants"), 0, QStringLiteral("colour")}, QStringLiteral("mauve"));
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::UnknownColour, a1263, QStringLiteral("variants[0].colour")));
}

TEST(DataSetReader, ExcludedColourTheProductNeverHadIsRejected)
{
    DataFolderCopy copy;
    copy.set(october, {QStringLiteral("products"), 0, QStringLiteral("excluded_colours")},
             QJsonArray{QStringLiteral("pink")});
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::UnknownColour, october,
                         QStringLiteral("products[0].excluded_colours")));
}

TEST(DataSetReader, BadJanCheckDigitIsRejectedWithExpectedDigit)
{
    DataFolderCopy copy;
    copy.set(a1263, {QStringLiteral("variants"), 0, QStringLiteral("jan")}, QStringLiteral("4571411205164"));
    const DataIssues issues = readCopy(copy);
    ASSERT_TRUE(hasIssue(issues, DataIssueKind::BadJanCheckDigit, a1263, QStringLiteral("variants[0].jan")));
    EXPECT_EQ(issues.front().detail, QStringLiteral("3"));
}

TEST(DataSetReader, MalformedJanIsRejected)
{
    DataFolderCopy copy;
    copy.set(a1263, {QStringLiteral("variants"), 0, QStringLiteral("jan")}, QStringLiteral("45714112"));
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::BadJan, a1263, QStringLiteral("variants[0].jan")));
}

TEST(DataSetReader, UnknownFieldIsRejected)
{
    DataFolderCopy copy;
    copy.set(a1263, {QStringLiteral("variants"), 0, QStringLiteral("colur")}, QStringLiteral("black"));
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::UnknownField, a1263, QStringLiteral("variants[0].colur")));
}

TEST(DataSetReader, CitationOfAnAbsentFieldIsRejected)
{
    DataFolderCopy copy;
    copy.set(a1263, {QStringLiteral("src_by_field")}, QJsonObject{{QStringLiteral("nmae"), QJsonArray{QStringLiteral("seed-000")}}});
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::UnknownField, a1263, QStringLiteral("src_by_field.nmae")));
}

TEST(DataSetReader, MissingRequiredFieldIsRejected)
{
    DataFolderCopy copy;
    copy.set(october, {QStringLiteral("announced")}, QJsonValue(QJsonValue::Undefined));
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::MissingField, october, QStringLiteral("announced")));
}

TEST(DataSetReader, OneLanguageMissingIsRejected)
{
    DataFolderCopy copy;
    copy.set(october, {QStringLiteral("hazard"), QStringLiteral("en")}, QJsonValue(QJsonValue::Undefined));
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::EmptyText, october, QStringLiteral("hazard.en")));
}

TEST(DataSetReader, WrongTypeIsRejected)
{
    DataFolderCopy copy;
    copy.set(october, {QStringLiteral("products"), 0, QStringLiteral("units")}, QStringLiteral("many"));
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::WrongType, october, QStringLiteral("products[0].units")));
}

TEST(DataSetReader, BadCoverageValueIsRejected)
{
    DataFolderCopy copy;
    copy.set(october, {QStringLiteral("products"), 0, QStringLiteral("coverage")}, QStringLiteral("some"));
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::BadValue, october, QStringLiteral("products[0].coverage")));
}

TEST(DataSetReader, ProgressOutOfRangeIsRejected)
{
    DataFolderCopy copy;
    copy.set(october, {QStringLiteral("products"), 0, QStringLiteral("progress"), 0, QStringLiteral("rate_percent")},
             330.0);
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::OutOfRange, october,
                         QStringLiteral("products[0].progress[0].rate_percent")));
}

TEST(DataSetReader, BadUrlIsRejected)
{
    DataFolderCopy copy;
    copy.set(october, {QStringLiteral("official_url")}, QStringLiteral("ankerjapan dot com"));
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::BadUrl, october, QStringLiteral("official_url")));
}

TEST(DataSetReader, BadSwatchIsRejected)
{
    DataFolderCopy copy;
    copy.set(QStringLiteral("colours.json"), {0, QStringLiteral("swatch")}, QStringLiteral("black"));
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::BadSwatch, QStringLiteral("colours.json"),
                         QStringLiteral("[0].swatch")));
}

TEST(DataSetReader, CampaignNamingAnUnknownProductIsRejected)
{
    DataFolderCopy copy;
    copy.set(october, {QStringLiteral("products"), 0, QStringLiteral("model")}, QStringLiteral("A9999"));
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::UnknownProduct, october, QStringLiteral("products[0].model")));
}

TEST(DataSetReader, UnknownNoteReferenceIsRejected)
{
    DataFolderCopy copy;
    copy.set(october, {QStringLiteral("products"), 0, QStringLiteral("sale_start_alternatives")},
             QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("2022-12-20")},
                                    {QStringLiteral("src"), QJsonArray{QStringLiteral("seed-000")}},
                                    {QStringLiteral("note"), QStringLiteral("no-such-note")}}});
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::UnknownNote, october,
                         QStringLiteral("products[0].sale_start_alternatives[0].note")));
}

TEST(DataSetReader, SyntaxErrorNamesTheLine)
{
    DataFolderCopy copy;
    copy.writeRaw(a1263, "{\n  \"model\": \"A1263\",\n  \"brand\": \n}\n");
    const DataIssues issues = readCopy(copy);
    ASSERT_FALSE(issues.empty());
    EXPECT_EQ(issues.front().kind, DataIssueKind::NotJson);
    EXPECT_EQ(issues.front().file, a1263);
    EXPECT_EQ(issues.front().line, 4);
}

TEST(DataSetReader, UnsupportedFormatVersionIsRejected)
{
    DataFolderCopy copy;
    copy.set(QStringLiteral("dataset.json"), {QStringLiteral("format_version")}, 99);
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::UnsupportedFormatVersion, QStringLiteral("dataset.json"),
                         QStringLiteral("format_version")));
}

// Found with the data-record fuzz target under UBSan: a number beyond 64 bits was converted to qint64
// (undefined behaviour), and one beyond 32 bits was cut to its low bits (format_version 4294967297 read as 1).
TEST(DataSetReader, HugeNumbersAreRejectedNotTruncated)
{
    DataFolderCopy copy;
    copy.set(QStringLiteral("dataset.json"), {QStringLiteral("format_version")}, 4294967297.0);
    copy.set(october, {QStringLiteral("products"), 0, QStringLiteral("units")}, 1e300);
    const DataIssues issues = readCopy(copy);
    EXPECT_TRUE(hasIssue(issues, DataIssueKind::OutOfRange, QStringLiteral("dataset.json"),
                         QStringLiteral("format_version")));
    EXPECT_TRUE(hasIssue(issues, DataIssueKind::UnsupportedFormatVersion, QStringLiteral("dataset.json"),
                         QStringLiteral("format_version")));
    EXPECT_TRUE(hasIssue(issues, DataIssueKind::WrongType, october, QStringLiteral("products[0].units")));
}

TEST(DataSetReader, MissingFolderIsReported)
{
    const DataIssues issues = DataSetReader().read({QStringLiteral("/nonexistent/recall-data")}).issues;
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues.front().kind, DataIssueKind::CannotRead);
}

TEST(DataSetReader, BadAndOverlappingSerialListsAreRejected)
{
    DataFolderCopy copy;
    const QString list = QStringLiteral("affected-serials/JP-2025-10/A1263.json");
    copy.writeRaw(list, R"({"campaign": "JP-2025-10", "model": "A1263", "complete": true, "src": ["meti-2026-01"],
        "serials": ["ATEST00000000005", "NOT-A-SERIAL"],
        "ranges": [{"from": "ATEST00000000001", "to": "ATEST00000000009"}]})");
    const DataIssues issues = readCopy(copy);
    EXPECT_TRUE(hasIssue(issues, DataIssueKind::BadSerial, list, QStringLiteral("serials[1]")));
    EXPECT_TRUE(hasIssue(issues, DataIssueKind::OverlappingSerialRanges, list, QStringLiteral("serials")));
}

TEST(DataSetReader, SerialListForACampaignThatDoesNotNameTheModelIsRejected)
{
    DataFolderCopy copy;
    const QString list = QStringLiteral("affected-serials/JP-2025-10/A1647.json");
    copy.writeRaw(list, R"({"campaign": "JP-2025-10", "model": "A1647", "complete": false, "src": ["meti-2026-01"],
        "serials": ["ATEST00000000005"]})");
    EXPECT_TRUE(hasIssue(readCopy(copy), DataIssueKind::UnknownProduct, list, QStringLiteral("model")));
}

TEST(DataSetReader, VariantPhotoIsStoredInTheCatalogue)
{
    DataFolderCopy copy;
    copy.set(a1263, {QStringLiteral("variants"), 0, QStringLiteral("photo")}, QStringLiteral("a1263-black.png"));
    copy.set(a1263, {QStringLiteral("variants"), 0, QStringLiteral("photo_credit")}, QStringLiteral("Test photographer"));
    const QByteArray png("\x89PNG\r\n\x1a\n-test-bytes", 20);
    copy.writeRaw(QStringLiteral("photos/a1263-black.png"), png);
    const DataSetReadResult read = DataSetReader().read({copy.path()});
    ASSERT_TRUE(read.ok());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("c.sqlite"));
    ASSERT_EQ(CatalogueWriter().write(read.data, path), QString());
    auto catalogue = Catalogue::open(path);
    ASSERT_TRUE(catalogue.ok());
    auto bytes = (*catalogue)->photo(QStringLiteral("a1263-black.png"));
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(*bytes, png);
    auto product = (*catalogue)->productByModel(QStringLiteral("A1263"));
    ASSERT_TRUE(product.ok() && product->has_value());
    EXPECT_EQ((*product)->product.variants[0].photoCredit, QStringLiteral("Test photographer"));
}

TEST(DataSetReader, MissingPhotoFileOrCreditIsRejected)
{
    DataFolderCopy copy;
    copy.set(a1263, {QStringLiteral("variants"), 0, QStringLiteral("photo")}, QStringLiteral("absent.png"));
    const DataIssues issues = readCopy(copy);
    EXPECT_TRUE(hasIssue(issues, DataIssueKind::CannotRead, a1263, QStringLiteral("variants[0].photo")));
    EXPECT_TRUE(hasIssue(issues, DataIssueKind::MissingField, a1263, QStringLiteral("variants[0].photo_credit")));
}
