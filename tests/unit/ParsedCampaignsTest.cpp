// The campaigns parsed from a catalogue, shared by the connections of a batch's threads.
#include "ParsedCampaigns.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace recall;

namespace {

Campaign campaign(const QString &id, const QStringList &models)
{
    Campaign c;
    c.id = id;
    for (const QString &model : models) {
        CampaignProduct p;
        p.model = model;
        c.products.push_back(p);
    }
    return c;
}

} // namespace

TEST(ParsedCampaigns, KeepsACampaignSplitFromItsProducts)
{
    ParsedCampaigns parsed(1024);
    EXPECT_EQ(parsed.find(QStringLiteral("C1")), nullptr);
    const auto kept = parsed.keep(QStringLiteral("C1"),
                                  campaign(QStringLiteral("C1"), {QStringLiteral("A1"), QStringLiteral("B2"),
                                                                  QStringLiteral("A1")}),
                                  100);
    ASSERT_NE(kept, nullptr);
    EXPECT_EQ(parsed.find(QStringLiteral("C1")), kept);
    EXPECT_EQ(kept->shell.id, QStringLiteral("C1"));
    EXPECT_TRUE(kept->shell.products.empty());
    ASSERT_EQ(kept->products.size(), 3u);
    EXPECT_EQ(kept->productsByModel.value(QStringLiteral("A1")), (QList<qsizetype>{0, 2}));
    EXPECT_EQ(kept->productsByModel.value(QStringLiteral("B2")), QList<qsizetype>{1});
}

// What is kept first stays: a thread that parsed the same campaign meanwhile gets the kept one.
TEST(ParsedCampaigns, TheFirstKeptWins)
{
    ParsedCampaigns parsed(1024);
    const QString id = QStringLiteral("C1");
    const auto first = parsed.keep(id, campaign(id, {QStringLiteral("A1")}), 10);
    const auto second = parsed.keep(id, campaign(id, {QStringLiteral("B2")}), 10);
    EXPECT_EQ(second, first);
    EXPECT_EQ(second->products.front().model, QStringLiteral("A1"));
}

// Past the limit the oldest are let go; one still held stays valid for its holder.
TEST(ParsedCampaigns, LetsTheOldestGoButNotFromItsHolders)
{
    ParsedCampaigns parsed(250);
    const QString first = QStringLiteral("C0");
    const auto held = parsed.keep(first, campaign(first, {QStringLiteral("A0")}), 100);
    for (int i = 1; i <= 3; ++i) {
        const QString id = QStringLiteral("C%1").arg(i);
        parsed.keep(id, campaign(id, {QStringLiteral("A%1").arg(i)}), 100);
    }
    EXPECT_EQ(parsed.find(first), nullptr);
    EXPECT_NE(parsed.find(QStringLiteral("C3")), nullptr);
    EXPECT_EQ(held->products.front().model, QStringLiteral("A0"));
    // Larger than the whole limit: kept all the same (alone), never refused.
    EXPECT_NE(parsed.keep(QStringLiteral("Big"), campaign(QStringLiteral("Big"), {}), 10000), nullptr);
    EXPECT_NE(parsed.find(QStringLiteral("Big")), nullptr);
}

// Two threads keeping and finding the same campaigns end up with one entry each.
TEST(ParsedCampaigns, TwoThreadsGetTheSameEntries)
{
    ParsedCampaigns parsed(1 << 20);
    constexpr int campaigns = 2000;
    std::vector<ParsedCampaigns::Kept> seen[2];
    const auto work = [&parsed](std::vector<ParsedCampaigns::Kept> &into) {
        for (int i = 0; i < campaigns; ++i) {
            const QString id = QStringLiteral("C%1").arg(i);
            auto kept = parsed.find(id);
            if (!kept)
                kept = parsed.keep(id, campaign(id, {QStringLiteral("A")}), 10);
            into.push_back(kept);
        }
    };
    std::thread other(work, std::ref(seen[1]));
    work(seen[0]);
    other.join();
    for (int i = 0; i < campaigns; ++i)
        ASSERT_EQ(seen[0][std::size_t(i)], seen[1][std::size_t(i)]) << i;
}
