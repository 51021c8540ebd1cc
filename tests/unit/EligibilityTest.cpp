#include "Clock.h"
#include "Eligibility.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace recall;

namespace {

class Eligibility : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // The fixture catalogue is the shipped data plus invented affected-serial lists for A1263
        // (JP-2025-10, complete) and A1257 (JP-2025-06, partial).
        auto opened = Catalogue::open(testing_support::fixtureCatalogue());
        ASSERT_TRUE(opened.ok());
        s_catalogue = std::move(*opened).release();
    }
    static void TearDownTestSuite()
    {
        delete s_catalogue;
        s_catalogue = nullptr;
    }

    static CheckResult check(CheckRequest request)
    {
        const FixedClock clock(QDate(2026, 11, 21));
        auto r = EligibilityChecker(*s_catalogue, clock).check(request);
        EXPECT_TRUE(r.ok());
        return r.ok() ? *r : CheckResult{};
    }

    static CheckRequest model(const QString &m, const QString &colour = {}, const QString &purchased = {},
                              const QString &serial = {})
    {
        return {CheckRequest::Key::Model, m, colour, purchased, serial};
    }

    static const CampaignMatch &match(const CheckResult &r, const QString &campaign)
    {
        auto it = std::find_if(r.matches.begin(), r.matches.end(),
                               [&](const CampaignMatch &m) { return m.campaign.id == campaign; });
        if (it == r.matches.end())
            throw std::runtime_error("no match for campaign");
        return *it;
    }

    static bool hasReason(const std::vector<Reason> &reasons, ReasonCode code)
    {
        return std::any_of(reasons.begin(), reasons.end(), [&](const Reason &r) { return r.code == code; });
    }

    static Catalogue *s_catalogue;
};
Catalogue *Eligibility::s_catalogue = nullptr;

} // namespace

TEST_F(Eligibility, WhitePowerCoreIsCovered)
{
    const CheckResult r = check(model(QStringLiteral("A1263"), QStringLiteral("white")));
    EXPECT_EQ(r.verdict, Verdict::LikelyAffected);
    EXPECT_EQ(r.colourId, QStringLiteral("white"));
    EXPECT_TRUE(hasReason(match(r, QStringLiteral("JP-2025-10")).reasons, ReasonCode::OfficialCheckRequired));
}

TEST_F(Eligibility, WhiteMotionX600IsNotCovered)
{
    for (const QString &colour : {QStringLiteral("white"), QStringLiteral("ホワイト"), QStringLiteral("ＷＨＩＴＥ"),
                                  QStringLiteral("白")}) {
        const CheckResult r = check(model(QStringLiteral("A3130"), colour));
        EXPECT_EQ(r.verdict, Verdict::NotAffected) << colour.toStdString();
        const Reason &reason = match(r, QStringLiteral("JP-2025-10")).reasons.back();
        EXPECT_EQ(reason.code, ReasonCode::ColourNotCovered);
        EXPECT_EQ(reason.detail, QStringLiteral("white"));
    }
}

TEST_F(Eligibility, OtherMotionX600ColoursNeedTheOfficialCheck)
{
    const CheckResult r = check({CheckRequest::Key::Jan, QStringLiteral("4571411209987"), {}, {}, {}});
    EXPECT_EQ(r.verdict, Verdict::LikelyAffected);
    EXPECT_EQ(r.colourId, QStringLiteral("blue"));
    ASSERT_NE(r.decisive(), nullptr);
    EXPECT_EQ(r.decisive()->campaign.officialUrl, QStringLiteral("https://www.ankerjapan.com/pages/202510-support"));
}

TEST_F(Eligibility, MotionX600WithoutColourSaysTheColourMatters)
{
    const CheckResult r = check(model(QStringLiteral("A3130")));
    EXPECT_EQ(r.verdict, Verdict::LikelyAffected);
    EXPECT_TRUE(hasReason(match(r, QStringLiteral("JP-2025-10")).reasons, ReasonCode::ColourNotGiven));
}

TEST_F(Eligibility, PurchaseOnOrBeforeTheCutoffIsNotCovered)
{
    const CheckResult onCutoff = check(model(QStringLiteral("A1263"), {}, QStringLiteral("2022-12-15")));
    EXPECT_EQ(onCutoff.verdict, Verdict::NotAffected);
    const Reason &reason = match(onCutoff, QStringLiteral("JP-2025-10")).reasons.back();
    EXPECT_EQ(reason.code, ReasonCode::PurchasedOnOrBeforeCutoff);
    EXPECT_EQ(reason.detail, QStringLiteral("2022-12-15"));
}

TEST_F(Eligibility, PurchaseBetweenCutoffAndSaleStartErrsTowardsCheckingAndShowsTheConflict)
{
    // Cut-off 2022-12-15 (blog, news) vs sale start 2022-12-25 (METI): 2022-12-16 is disputed.
    const CheckResult r = check(model(QStringLiteral("A1263"), QStringLiteral("black"), QStringLiteral("2022-12-16")));
    EXPECT_EQ(r.verdict, Verdict::LikelyAffected);
    const CampaignMatch &m = match(r, QStringLiteral("JP-2025-10"));
    auto disputed = std::find_if(m.reasons.begin(), m.reasons.end(),
                                 [](const Reason &x) { return x.code == ReasonCode::PurchaseDateDisputed; });
    ASSERT_NE(disputed, m.reasons.end());
    EXPECT_FALSE(disputed->noteIds.isEmpty());
    EXPECT_FALSE(m.notes.empty());
    EXPECT_EQ(m.notes.front().about, QStringLiteral("purchase_cutoff"));
}

TEST_F(Eligibility, PurchaseInTheAgreedPeriodHasNoConflict)
{
    const CheckResult r = check(model(QStringLiteral("A1263"), QStringLiteral("black"), QStringLiteral("2024-03-01")));
    EXPECT_EQ(r.verdict, Verdict::LikelyAffected);
    EXPECT_FALSE(hasReason(match(r, QStringLiteral("JP-2025-10")).reasons, ReasonCode::PurchaseDateDisputed));
}

TEST_F(Eligibility, MotionX600StartDateConflictIsShown)
{
    // METI says sales began 2023-04-24, another source 2023-05-11: a purchase in between stays in scope.
    const CheckResult r = check(model(QStringLiteral("A3130"), QStringLiteral("green"), QStringLiteral("2023-05-01")));
    EXPECT_EQ(r.verdict, Verdict::LikelyAffected);
    EXPECT_TRUE(hasReason(match(r, QStringLiteral("JP-2025-10")).reasons, ReasonCode::PurchaseDateDisputed));
}

TEST_F(Eligibility, A1647IsJudgedByBothItsCampaigns)
{
    const CheckResult r = check(model(QStringLiteral("A1647"), QStringLiteral("black"), QStringLiteral("2024-03-01")));
    ASSERT_EQ(r.matches.size(), 2u);
    EXPECT_EQ(match(r, QStringLiteral("JP-2024-09")).verdict, Verdict::Affected);
    EXPECT_EQ(match(r, QStringLiteral("JP-2025-06")).verdict, Verdict::Affected);
    EXPECT_EQ(r.verdict, Verdict::Affected);
}

TEST_F(Eligibility, GreenA1647IsExcludedIn2024ButCoveredByTheWiderJune2025Recall)
{
    const CheckResult r = check(model(QStringLiteral("A1647"), QStringLiteral("green"), QStringLiteral("2024-03-01")));
    EXPECT_EQ(match(r, QStringLiteral("JP-2024-09")).verdict, Verdict::NotAffected);
    EXPECT_EQ(match(r, QStringLiteral("JP-2024-09")).reasons.back().code, ReasonCode::ColourNotCovered);
    EXPECT_EQ(match(r, QStringLiteral("JP-2025-06")).verdict, Verdict::Affected);
    EXPECT_EQ(r.verdict, Verdict::Affected);
}

TEST_F(Eligibility, A1647BoughtAfterTheJune2025SalePeriodIsOnlyLikely)
{
    const CheckResult r = check(model(QStringLiteral("A1647"), QStringLiteral("black"), QStringLiteral("2025-08-01")));
    const CampaignMatch &june = match(r, QStringLiteral("JP-2025-06"));
    EXPECT_EQ(june.verdict, Verdict::LikelyAffected);
    EXPECT_TRUE(hasReason(june.reasons, ReasonCode::PurchasedAfterSalePeriod));
}

TEST_F(Eligibility, PinkA1642IsExcludedFromSeptember2024)
{
    const CheckResult r = check(model(QStringLiteral("A1642"), QStringLiteral("pink"), QStringLiteral("2024-05-01")));
    EXPECT_EQ(match(r, QStringLiteral("JP-2024-09")).verdict, Verdict::NotAffected);
}

TEST_F(Eligibility, AllUnitsCampaignWithoutPurchaseDateIsOnlyLikely)
{
    const CheckResult r = check(model(QStringLiteral("A1652")));
    EXPECT_EQ(r.verdict, Verdict::LikelyAffected);
    EXPECT_TRUE(hasReason(match(r, QStringLiteral("JP-2025-06")).reasons, ReasonCode::PurchaseDateNotGiven));
}

TEST_F(Eligibility, AllUnitsCampaignInPeriodIsAffected)
{
    const CheckResult r = check(model(QStringLiteral("A1652"), {}, QStringLiteral("2024-06-01")));
    EXPECT_EQ(r.verdict, Verdict::Affected);
    EXPECT_TRUE(hasReason(match(r, QStringLiteral("JP-2025-06")).reasons, ReasonCode::ColourNotInData));
}

TEST_F(Eligibility, PurchaseBeforeTheSalePeriodIsNotCovered)
{
    const CheckResult r = check(model(QStringLiteral("A1652"), {}, QStringLiteral("2023-12-18")));
    EXPECT_EQ(r.verdict, Verdict::NotAffected);
    EXPECT_EQ(match(r, QStringLiteral("JP-2025-06")).reasons.back().code, ReasonCode::PurchasedBeforeSalePeriod);
}

TEST_F(Eligibility, SerialOnACompleteListIsAffected)
{
    const CheckResult r = check(model(QStringLiteral("A1263"), {}, {}, QStringLiteral("SN: ATEST-0000-0000-001")));
    EXPECT_EQ(r.verdict, Verdict::Affected);
    EXPECT_EQ(match(r, QStringLiteral("JP-2025-10")).reasons.back().code, ReasonCode::SerialOnAffectedList);
}

TEST_F(Eligibility, SerialInsideAListedRangeIsAffected)
{
    EXPECT_EQ(check(model(QStringLiteral("A1263"), {}, {}, QStringLiteral("ATEST15555555555"))).verdict,
              Verdict::Affected);
}

// A list found once (as a batch finds it for each product) answers as the campaign and model do, up to and
// including both ends of a range.
TEST_F(Eligibility, ASerialListFoundOnceAnswersAsItsCampaignAndModel)
{
    const QString campaign = QStringLiteral("JP-2025-10"), model = QStringLiteral("A1263");
    auto list = s_catalogue->serialList(campaign, model);
    ASSERT_TRUE(list.ok());
    EXPECT_NE(list->campaignProductId, 0);
    EXPECT_TRUE(list->complete);
    const std::pair<const char16_t *, SerialListStatus> serials[] = {
        {u"ATEST10000000000", SerialListStatus::Listed}, // the range's first
        {u"ATEST19999999999", SerialListStatus::Listed}, // and last
        {u"ATEST0ZZZZZZZZZZ", SerialListStatus::NotListedCompleteList},
        {u"ATEST1999999999Z", SerialListStatus::NotListedCompleteList},
        {u"ATEST20000000000", SerialListStatus::NotListedCompleteList},
    };
    for (const auto &[serial, expected] : serials) {
        const QString text = QString::fromUtf16(serial);
        auto once = s_catalogue->serialStatus(*list, text);
        auto named = s_catalogue->serialStatus(campaign, model, text);
        ASSERT_TRUE(once.ok() && named.ok());
        EXPECT_EQ(*once, expected) << text.toStdString();
        EXPECT_EQ(*named, expected) << text.toStdString();
    }
    auto none = s_catalogue->serialList(QStringLiteral("JP-2025-06"), model); // names no list for the model
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->campaignProductId, 0);
    auto noList = s_catalogue->serialStatus(*none, QStringLiteral("ATEST10000000000"));
    ASSERT_TRUE(noList.ok());
    EXPECT_EQ(*noList, SerialListStatus::NoList);
}

TEST_F(Eligibility, SerialNotOnACompleteListIsNotAffected)
{
    const CheckResult r = check(model(QStringLiteral("A1263"), {}, {}, QStringLiteral("ATEST20000000000")));
    EXPECT_EQ(r.verdict, Verdict::NotAffected);
    EXPECT_EQ(match(r, QStringLiteral("JP-2025-10")).reasons.back().code, ReasonCode::SerialNotOnCompleteList);
}

TEST_F(Eligibility, SerialNotOnAPartialListIsStillLikely)
{
    const CheckResult r = check(model(QStringLiteral("A1257"), {}, {}, QStringLiteral("ATEST20000000000")));
    EXPECT_EQ(r.verdict, Verdict::LikelyAffected);
    EXPECT_EQ(match(r, QStringLiteral("JP-2025-06")).reasons.back().code, ReasonCode::SerialNotOnPartialList);
    const CheckResult listed = check(model(QStringLiteral("A1257"), {}, {}, QStringLiteral("ATEST00000000003")));
    EXPECT_EQ(listed.verdict, Verdict::Affected);
}

TEST_F(Eligibility, UnknownProductHasNoRecord)
{
    const CheckResult r = check(model(QStringLiteral("A9999")));
    EXPECT_EQ(r.verdict, Verdict::NoRecord);
    EXPECT_TRUE(hasReason(r.reasons, ReasonCode::ProductNotInData));
    EXPECT_EQ(r.dataAsOf, QDate(2026, 1, 7));
    const CheckResult jan = check({CheckRequest::Key::Jan, QStringLiteral("4901234567894"), {}, {}, {}});
    EXPECT_EQ(jan.verdict, Verdict::NoRecord);
}

TEST_F(Eligibility, InvalidInputs)
{
    const auto verdictOf = [](const CheckRequest &req, ReasonCode expected) {
        const CheckResult r = check(req);
        EXPECT_EQ(r.verdict, Verdict::InvalidInput);
        EXPECT_TRUE(hasReason(r.reasons, expected)) << reasonKey(expected).toStdString();
    };
    verdictOf(model(QStringLiteral("A1263"), {}, {}, QStringLiteral("B123")), ReasonCode::InvalidSerial);
    verdictOf(model(QStringLiteral("A1263"), {}, QStringLiteral("2025-02-30")), ReasonCode::ImpossiblePurchaseDate);
    verdictOf(model(QStringLiteral("A1263"), {}, QStringLiteral("2027-01-01")), ReasonCode::PurchaseDateInFuture);
    verdictOf(model(QStringLiteral("A1263"), {}, QStringLiteral("last spring")), ReasonCode::InvalidPurchaseDate);
    verdictOf(model(QStringLiteral("A1263"), QStringLiteral("green")), ReasonCode::ColourNotOfProduct);
    verdictOf(model(QStringLiteral("A1263"), QStringLiteral("plaid")), ReasonCode::ColourNotOfProduct);
    verdictOf({CheckRequest::Key::Jan, QStringLiteral("4571411205164"), {}, {}, {}}, ReasonCode::InvalidJan);
    verdictOf({CheckRequest::Key::VariantCode, QStringLiteral("A1263016"), QStringLiteral("red"), {}, {}},
              ReasonCode::ColourDiffersFromVariant);
    verdictOf(model(QString()), ReasonCode::NoProductGiven);
}

TEST_F(Eligibility, InvalidSerialKeepsTheDetailsForTheHint)
{
    const CheckResult r = check(model(QStringLiteral("A1263"), {}, {}, QStringLiteral("A12")));
    ASSERT_TRUE(r.serial);
    EXPECT_EQ(r.serial->normalized, QStringLiteral("A12"));
    EXPECT_FALSE(r.serial->problems.empty());
}

TEST_F(Eligibility, VariantCodeFixesTheColour)
{
    const CheckResult r = check({CheckRequest::Key::VariantCode, QStringLiteral("a1263n22"), {}, {}, {}});
    EXPECT_EQ(r.colourId, QStringLiteral("white"));
    EXPECT_EQ(r.verdict, Verdict::LikelyAffected);
}

TEST(EligibilityRules, EvaluateWithoutCatalogue)
{
    Product p;
    p.model = QStringLiteral("X1");
    Variant black;
    black.code = QStringLiteral("X1-B");
    black.colourId = QStringLiteral("black");
    p.variants.push_back(black);
    ProductCampaign pc;
    pc.campaign.id = QStringLiteral("T-1");
    CampaignProduct cp;
    cp.model = p.model;
    cp.coverage = Coverage::AllUnits;
    cp.saleStart = QDate(2024, 1, 1);
    pc.campaign.products.push_back(cp);
    EXPECT_EQ(EligibilityChecker::evaluate(p, QStringLiteral("black"), pc, QDate(2024, 2, 1), SerialListStatus::NoList,
                                           false)
                  .verdict,
              Verdict::Affected);
    EXPECT_EQ(EligibilityChecker::evaluate(p, QStringLiteral("black"), pc, QDate(2023, 12, 31),
                                           SerialListStatus::NoList, false)
                  .verdict,
              Verdict::NotAffected);
}

// The batch applies rule() to each row; it must conclude what evaluate() concludes, for every campaign of
// every product in the data, with and without colour, date and serial.
TEST_F(Eligibility, RuleConcludesWhatEvaluateConcludes)
{
    const QStringList models{QStringLiteral("A1263"), QStringLiteral("A3117"), QStringLiteral("A3130"),
                             QStringLiteral("A3305"), QStringLiteral("A1257"), QStringLiteral("A1647"),
                             QStringLiteral("A1642"), QStringLiteral("A3102"), QStringLiteral("A3302")};
    const std::vector<std::optional<QDate>> dates{std::nullopt, QDate(2019, 1, 1), QDate(2022, 12, 15),
                                                  QDate(2023, 6, 1), QDate(2025, 1, 1), QDate(2026, 6, 1)};
    const SerialListStatus statuses[] = {SerialListStatus::NoList, SerialListStatus::Listed,
                                         SerialListStatus::NotListedCompleteList,
                                         SerialListStatus::NotListedPartialList};
    int compared = 0;
    const auto compare = [&](const Product &p, const QString &colour, const ProductCampaign &pc,
                             const std::optional<QDate> &date) {
        for (const SerialListStatus status : statuses) {
            for (const bool serialGiven : {false, true}) {
                const CampaignMatch full = EligibilityChecker::evaluate(p, colour, pc, date, status, serialGiven);
                const CampaignRuling ruling = EligibilityChecker::rule(p, colour, pc, date, status, serialGiven);
                EXPECT_EQ(ruling.verdict, full.verdict);
                ASSERT_EQ(ruling.reasons.size(), full.reasons.size());
                for (std::size_t i = 0; i < full.reasons.size(); ++i) {
                    EXPECT_EQ(ruling.reasons[i].code, full.reasons[i].code);
                    EXPECT_EQ(ruling.reasons[i].detail, full.reasons[i].detail);
                    EXPECT_EQ(ruling.reasons[i].noteIds, full.reasons[i].noteIds);
                }
                ++compared;
            }
        }
    };
    for (const QString &m : models) {
        auto product = s_catalogue->productByModel(m);
        ASSERT_TRUE(product.ok() && product->has_value()) << m.toStdString();
        auto campaigns = s_catalogue->campaignsFor(m);
        ASSERT_TRUE(campaigns.ok());
        ASSERT_FALSE(campaigns->empty()) << m.toStdString();
        QStringList colours = (*product)->product.colourIds();
        colours << QString();
        for (const ProductCampaign &pc : *campaigns) {
            for (const QString &colour : colours) {
                for (const auto &date : dates)
                    compare((*product)->product, colour, pc, date);
            }
        }
    }
    EXPECT_GT(compared, 1000);
}
