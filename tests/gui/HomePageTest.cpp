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
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace recall;

namespace {
QString welcomeHtml(const HomePage &page)
{
    const auto *welcome = page.findChild<QTextBrowser *>(QStringLiteral("welcome"));
    return welcome ? welcome->toHtml() : QString();
}
} // namespace

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
    const QString recalls = welcomeHtml(page);
    ASSERT_FALSE(recalls.isEmpty());
    EXPECT_EQ(recalls.count(QStringLiteral("<tr>")), HomePage::listedCampaigns);
    EXPECT_TRUE(recalls.contains(QStringLiteral("The newest %1 of the %2 recalls in this data")
                                     .arg(HomePage::listedCampaigns)
                                     .arg(campaigns)))
        << recalls.toStdString();
    // No campaign lists more than its share of products.
    static const QRegularExpression row(QStringLiteral("<tr>.*?</tr>"), QRegularExpression::DotMatchesEverythingOption);
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
    const QString recalls = welcomeHtml(page);
    EXPECT_EQ(recalls.count(QStringLiteral("<tr>")), *count);
    EXPECT_FALSE(recalls.contains(QStringLiteral("The newest")));
}

TEST(HomePageLinks, AProductInTheRecallListOpensThatProduct)
{
    auto catalogue = Catalogue::open(testing_support::shippedCatalogue());
    ASSERT_TRUE(catalogue.ok());
    HomePage page(**catalogue);
    ASSERT_TRUE(welcomeHtml(page).contains(QStringLiteral("href=\"product:A3130\"")));
    QSignalSpy opened(&page, &HomePage::productActivated);
    auto *welcome = page.findChild<QTextBrowser *>(QStringLiteral("welcome"));
    ASSERT_NE(welcome, nullptr);
    emit welcome->anchorClicked(QUrl(QStringLiteral("product:A3130")));
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), QStringLiteral("A3130"));
}

// A word-wrapped label that is rich text or selectable lays out a whole text document each time the window's
// layout asks its height for a width (hundreds of times before the first paint): the start page's labels are
// plain text, and its longer texts are in text views.
TEST(HomePageStartUp, WrappedLabelsArePlainTextAndNotSelectable)
{
    auto catalogue = Catalogue::open(testing_support::shippedCatalogue());
    ASSERT_TRUE(catalogue.ok());
    HomePage page(**catalogue);
    int wrapped = 0;
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        if (!label->wordWrap())
            continue;
        ++wrapped;
        EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->objectName().toStdString();
        EXPECT_FALSE(label->textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard))
            << label->objectName().toStdString();
    }
    EXPECT_GE(wrapped, 3);
}
