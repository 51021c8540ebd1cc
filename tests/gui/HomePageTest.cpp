// The start page on a catalogue with many recalls (a national catalogue): only the newest are listed, and
// the page says how many there are in all.
#include "Catalogue.h"
#include "CatalogueWriter.h"
#include "DataSetReader.h"
#include "HomePage.h"
#include "SyntheticCatalogue.h"
#include "TestSupport.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace recall;

TEST(HomePageAtScale, ListsOnlyTheNewestRecallsAndSaysHowManyThereAre)
{
    const DataSetReadResult base = DataSetReader().read({testing_support::shippedDataDir()});
    ASSERT_TRUE(base.ok());
    const auto generated = synthetic::generate(synthetic::Spec{1000, 0, 7}, base.data);
    ASSERT_TRUE(generated.error.isEmpty()) << generated.error.toStdString();
    const int campaigns = int(generated.generated.data.campaigns.size());
    ASSERT_GT(campaigns, HomePage::listedCampaigns);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.sqlite"));
    ASSERT_TRUE(CatalogueWriter().write(generated.generated.data, path).isEmpty());
    auto catalogue = Catalogue::open(path);
    ASSERT_TRUE(catalogue.ok());

    HomePage page(**catalogue);
    QString recalls;
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("<table")))
            recalls = label->text();
    }
    ASSERT_FALSE(recalls.isEmpty());
    EXPECT_EQ(recalls.count(QStringLiteral("<tr>")), HomePage::listedCampaigns);
    EXPECT_TRUE(recalls.contains(QStringLiteral("The newest %1 of the %2 recalls in this data")
                                     .arg(HomePage::listedCampaigns)
                                     .arg(campaigns)))
        << recalls.toStdString();
    // No campaign lists more than its share of products.
    static const QRegularExpression row(QStringLiteral("<tr>.*?</tr>"));
    for (auto it = row.globalMatch(recalls); it.hasNext();)
        EXPECT_LE(it.next().captured().count(QStringLiteral("href=\"product:")), HomePage::listedProductsPerCampaign);
}

TEST(HomePageAtScale, ShippedDataIsListedInFull)
{
    auto catalogue = Catalogue::open(testing_support::shippedCatalogue());
    ASSERT_TRUE(catalogue.ok());
    auto count = (*catalogue)->campaignCount();
    ASSERT_TRUE(count.ok());
    HomePage page(**catalogue);
    QString recalls;
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("<table")))
            recalls = label->text();
    }
    EXPECT_EQ(recalls.count(QStringLiteral("<tr>")), *count);
    EXPECT_FALSE(recalls.contains(QStringLiteral("The newest")));
}
