// The shipped data says exactly what the cited fact sheet says, and every fact has a source.
#include "DataSetReader.h"
#include "ProductDetails.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace recall;

namespace {
const DataSet &shipped()
{
    static const DataSet data = DataSetReader().read({testing_support::shippedDataDir()}).data;
    return data;
}

const Campaign &campaign(const QString &id)
{
    const auto &all = shipped().campaigns;
    auto it = std::find_if(all.begin(), all.end(), [&](const Campaign &c) { return c.id == id; });
    if (it == all.end())
        throw std::runtime_error("campaign missing");
    return *it;
}

const CampaignProduct &entry(const QString &campaignId, const QString &model)
{
    const auto &products = campaign(campaignId).products;
    auto it = std::find_if(products.begin(), products.end(), [&](const CampaignProduct &p) { return p.model == model; });
    if (it == products.end())
        throw std::runtime_error("product missing");
    return *it;
}
} // namespace

TEST(ShippedData, FourAnkerJapanCampaigns)
{
    QStringList ids;
    for (const Campaign &c : shipped().campaigns)
        ids << c.id;
    ids.sort();
    EXPECT_EQ(ids, (QStringList{QStringLiteral("JP-2024-04"), QStringLiteral("JP-2024-09"), QStringLiteral("JP-2025-06"),
                                QStringLiteral("JP-2025-10")}));
}

TEST(ShippedData, OctoberCampaignFactsMatchTheFactSheet)
{
    const Campaign &c = campaign(QStringLiteral("JP-2025-10"));
    EXPECT_EQ(c.announced, QDate(2025, 10, 21));
    EXPECT_EQ(c.officialUrl, QStringLiteral("https://www.ankerjapan.com/pages/202510-support"));
    ASSERT_TRUE(c.phone);
    EXPECT_EQ(c.phone->number, QStringLiteral("0120-775-171"));
    EXPECT_EQ(c.purchaseCutoff, QDate(2022, 12, 15));
    EXPECT_EQ(entry(c.id, QStringLiteral("A1263")).units, 410124);
    EXPECT_EQ(entry(c.id, QStringLiteral("A3117")).units, 91933);
    EXPECT_EQ(entry(c.id, QStringLiteral("A3305")).units, 8980);
    EXPECT_EQ(entry(c.id, QStringLiteral("A3130")).units, 11200);
    EXPECT_EQ(entry(c.id, QStringLiteral("A1263")).saleStart, QDate(2022, 12, 25));
    EXPECT_EQ(entry(c.id, QStringLiteral("A3130")).saleStart, QDate(2023, 4, 24));
    EXPECT_EQ(entry(c.id, QStringLiteral("A3130")).excludedColours, QStringList{QStringLiteral("white")});
    EXPECT_TRUE(entry(c.id, QStringLiteral("A1263")).excludedColours.isEmpty());
    ASSERT_FALSE(entry(c.id, QStringLiteral("A1263")).progress.empty());
    EXPECT_DOUBLE_EQ(entry(c.id, QStringLiteral("A1263")).progress.front().ratePercent, 33.0);
    EXPECT_EQ(entry(c.id, QStringLiteral("A1263")).progress.front().asOf, QDate(2026, 1, 7));
}

TEST(ShippedData, SoundcoreGreyHasNoJanBecauseTheSourcesConflict)
{
    const auto &products = shipped().products;
    auto it = std::find_if(products.begin(), products.end(), [](const Product &p) { return p.model == u"A3117"; });
    ASSERT_NE(it, products.end());
    const Variant *grey = it->variantByCode(QStringLiteral("A31170A1"));
    ASSERT_NE(grey, nullptr);
    EXPECT_TRUE(grey->jan.isEmpty());
    EXPECT_FALSE(it->notes.empty());
}

TEST(ShippedData, UnconfirmedModelsAreNotShippedAsRecalled)
{
    for (const Product &p : shipped().products) {
        EXPECT_NE(p.model, QStringLiteral("A1645"));
        EXPECT_NE(p.model, QStringLiteral("A1651"));
        EXPECT_NE(p.model, QStringLiteral("A1641"));
    }
}

TEST(ShippedData, EveryRecordCitesKnownSources)
{
    QStringList known;
    for (const Source &s : shipped().sources) {
        known << s.id;
        EXPECT_NE(s.reliability, QStringLiteral("T")) << "test source shipped: " << s.id.toStdString();
    }
    for (const Product &p : shipped().products) {
        const QStringList cited = citedSources(p);
        EXPECT_FALSE(p.cite.record.isEmpty()) << p.model.toStdString();
        for (const QString &id : cited)
            EXPECT_TRUE(known.contains(id)) << id.toStdString();
        for (const Variant &v : p.variants)
            EXPECT_FALSE(v.cite.record.isEmpty()) << p.model.toStdString();
    }
    for (const Campaign &c : shipped().campaigns) {
        for (const QString &id : citedSources(c))
            EXPECT_TRUE(known.contains(id)) << id.toStdString();
        for (const Step &s : c.steps)
            EXPECT_FALSE(s.sources.isEmpty()) << s.id.toStdString();
        for (const Note &n : c.notes)
            EXPECT_FALSE(n.sources.isEmpty()) << n.id.toStdString();
        for (const CampaignProduct &cp : c.products)
            EXPECT_FALSE(cp.cite.record.isEmpty()) << c.id.toStdString() << " " << cp.model.toStdString();
    }
}

TEST(ShippedData, EveryUserFacingTextHasBothLanguages)
{
    for (const Campaign &c : shipped().campaigns) {
        for (const LocalizedText *t : {&c.title, &c.hazard, &c.cause, &c.background, &c.salesChannels}) {
            EXPECT_EQ(t->ja.isEmpty(), t->en.isEmpty()) << c.id.toStdString();
        }
        for (const Step &s : c.steps) {
            EXPECT_FALSE(s.text.ja.isEmpty());
            EXPECT_FALSE(s.text.en.isEmpty());
        }
    }
}
