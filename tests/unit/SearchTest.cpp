#include "SearchEngine.h"
#include "SearchVocabulary.h"
#include "SqlDatabase.h"
#include "TestSupport.h"
#include "TextNormalizer.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace recall;

namespace {

class Search : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        auto opened = Catalogue::open(testing_support::shippedCatalogue());
        ASSERT_TRUE(opened.ok());
        s_catalogue = std::move(*opened).release();
    }
    static void TearDownTestSuite()
    {
        delete s_catalogue;
        s_catalogue = nullptr;
    }

    static SearchResponse search(const QString &query, int limit = 20)
    {
        auto r = SearchEngine(*s_catalogue).search(query, limit);
        EXPECT_TRUE(r.ok());
        return r.ok() ? *r : SearchResponse{};
    }

    static QStringList models(const QString &query)
    {
        QStringList out;
        for (const SearchResult &r : search(query).results)
            out << r.model;
        return out;
    }

    static Catalogue *s_catalogue;
};
Catalogue *Search::s_catalogue = nullptr;

} // namespace

TEST_F(Search, ModelNumberInAnyCaseAndWithoutLetter)
{
    for (const QString &q : {QStringLiteral("A1263"), QStringLiteral("a1263"), QStringLiteral("1263"),
                             QStringLiteral("Ａ１２６３"), QStringLiteral(" a-1263 ")}) {
        const SearchResponse r = search(q);
        ASSERT_FALSE(r.results.empty()) << q.toStdString();
        EXPECT_EQ(r.results.front().model, QStringLiteral("A1263")) << q.toStdString();
        EXPECT_EQ(r.results.front().matchedBy, MatchKind::Model) << q.toStdString();
        EXPECT_EQ(r.results.front().rank, 0);
    }
}

TEST_F(Search, VariantCodeNamesTheVariant)
{
    const SearchResponse r = search(QStringLiteral("a1263016"));
    ASSERT_EQ(r.results.size(), 1u);
    EXPECT_EQ(r.results.front().variant, QStringLiteral("A1263016"));
    EXPECT_EQ(r.results.front().matchedBy, MatchKind::VariantCode);
}

TEST_F(Search, JanFindsExactlyItsVariant)
{
    const SearchResponse r = search(QStringLiteral("4571411209314"));
    ASSERT_EQ(r.results.size(), 1u);
    EXPECT_EQ(r.results.front().model, QStringLiteral("A3130"));
    EXPECT_EQ(r.results.front().variant, QStringLiteral("A3130011"));
    EXPECT_EQ(r.results.front().matchedBy, MatchKind::Jan);
    EXPECT_EQ(r.results.front().campaigns, QStringList{QStringLiteral("JP-2025-10")});
}

TEST_F(Search, ExactCodeRanksFirst)
{
    // "A3117" is a model; its variant codes start with it too, but the model comes first and alone.
    const SearchResponse r = search(QStringLiteral("A3117"));
    ASSERT_FALSE(r.results.empty());
    EXPECT_EQ(r.results.front().model, QStringLiteral("A3117"));
    EXPECT_EQ(r.results.front().rank, 0);
}

TEST_F(Search, MobileBatteryFindsProductsFiledAsLithiumCharger)
{
    const QStringList found = models(QStringLiteral("モバイルバッテリー"));
    EXPECT_TRUE(found.contains(QStringLiteral("A1263")));
    EXPECT_TRUE(found.contains(QStringLiteral("A1647")));
    EXPECT_FALSE(found.contains(QStringLiteral("A3117")));
    const QStringList filed = models(QStringLiteral("リチウム電池内蔵充電器"));
    EXPECT_TRUE(filed.contains(QStringLiteral("A1263")));
}

TEST_F(Search, EnglishCategorySynonyms)
{
    EXPECT_TRUE(models(QStringLiteral("power bank")).contains(QStringLiteral("A1263")));
    EXPECT_TRUE(models(QStringLiteral("Portable Charger")).contains(QStringLiteral("A1263")));
    EXPECT_TRUE(models(QStringLiteral("speaker")).contains(QStringLiteral("A3117")));
    EXPECT_TRUE(models(QStringLiteral("speakerphone")).contains(QStringLiteral("A3305")));
}

TEST_F(Search, ConferenceSpeakerFindsConferenceSpeakersOnly)
{
    const QStringList found = models(QStringLiteral("会議用スピーカー"));
    EXPECT_TRUE(found.contains(QStringLiteral("A3305")));
    EXPECT_FALSE(found.contains(QStringLiteral("A3117")));
}

TEST_F(Search, KatakanaHiraganaAndLongVowelVariants)
{
    for (const QString &q : {QStringLiteral("パワーコア"), QStringLiteral("ぱわーこあ"), QStringLiteral("パワコア"),
                             QStringLiteral("ﾊﾟﾜｰｺｱ")})
        EXPECT_TRUE(models(q).contains(QStringLiteral("A1263"))) << q.toStdString();
    EXPECT_TRUE(models(QStringLiteral("サウンドコア")).contains(QStringLiteral("A3117")));
    EXPECT_TRUE(models(QStringLiteral("もばいるばってりー")).contains(QStringLiteral("A1263")));
}

TEST_F(Search, EnglishNamesWithOrWithoutSpacesAndFullWidth)
{
    EXPECT_TRUE(models(QStringLiteral("powercore")).contains(QStringLiteral("A1263")));
    EXPECT_TRUE(models(QStringLiteral("Power Core 10000")).contains(QStringLiteral("A1263")));
    EXPECT_TRUE(models(QStringLiteral("ｍｏｔｉｏｎ ｘ６００")).contains(QStringLiteral("A3130")));
    EXPECT_TRUE(models(QStringLiteral("soundcore-3")).contains(QStringLiteral("A3117")));
}

TEST_F(Search, ShortJapaneseQueriesBelowTheTrigramLimit)
{
    // Two characters: the FTS5 trigram index cannot answer these, the substring path must.
    EXPECT_TRUE(models(QStringLiteral("充電")).contains(QStringLiteral("A1263")));
    EXPECT_TRUE(models(QStringLiteral("会議")).contains(QStringLiteral("A3305")));
    EXPECT_TRUE(models(QStringLiteral("赤")).contains(QStringLiteral("A3117")));
}

TEST_F(Search, ColourWordsWithProductWords)
{
    // Both Soundcore speakers come in red; the Soundcore 3's red variant has a code, the older one's does not.
    const SearchResponse red = search(QStringLiteral("サウンドコア 赤"));
    QStringList redModels;
    for (const SearchResult &r : red.results) {
        redModels << r.model;
        if (r.model == u"A3117") {
            EXPECT_EQ(r.variant, QStringLiteral("A3117091"));
        }
        if (r.model == u"A3102") {
            EXPECT_TRUE(r.variant.isEmpty());
        }
    }
    EXPECT_EQ(redModels, (QStringList{QStringLiteral("A3102"), QStringLiteral("A3117")}));

    const SearchResponse white = search(QStringLiteral("powercore white"));
    ASSERT_FALSE(white.results.empty());
    EXPECT_EQ(white.results.front().model, QStringLiteral("A1263"));
    EXPECT_EQ(white.results.front().variants, (QStringList{QStringLiteral("A1263026"), QStringLiteral("A1263N22")}));
}

// A word after the first is also matched against category and colour words: each product of a category, and
// each variant of a colour, whose word holds it, with the best rank of those words (equal 1, start 2, inside
// 3). Worked out here from the vocabulary and the products' and variants' rows, for words that name several
// colours or categories at once.
TEST_F(Search, LaterWordsNameCategoriesAndColoursWithTheirBestRank)
{
    QString error;
    auto db = SqlDatabase::open(testing_support::shippedCatalogue(), SqlDatabase::Mode::ReadOnly, &error);
    ASSERT_NE(db, nullptr) << error.toStdString();
    std::vector<qint64> productIds;
    std::multimap<QString, qint64> productsOfCategory;
    std::multimap<QString, std::pair<qint64, qint64>> variantsOfColour; // colour -> (product, variant)
    QSqlQuery *q = db->run(QStringLiteral("SELECT id, category_id FROM products ORDER BY id"));
    ASSERT_NE(q, nullptr);
    while (q->next()) {
        productIds.push_back(q->value(0).toLongLong());
        productsOfCategory.emplace(q->value(1).toString(), q->value(0).toLongLong());
    }
    q = db->run(QStringLiteral("SELECT product_id, id, colour_id FROM variants"));
    ASSERT_NE(q, nullptr);
    while (q->next())
        variantsOfColour.emplace(q->value(2).toString(),
                                 std::pair{q->value(0).toLongLong(), q->value(1).toLongLong()});
    q->finish();
    auto colours = s_catalogue->colours();
    auto categories = s_catalogue->categories();
    ASSERT_TRUE(colours.ok() && categories.ok());
    const SearchVocabulary vocabulary(*colours, *categories);

    using Row = std::tuple<qint64, qint64, int, int>; // product, variant, kind, rank
    int severalWords = 0;
    int rankedBetterThanInside = 0;
    for (const QString &text :
         {QStringLiteral("赤"), QStringLiteral("レッ"), QStringLiteral("ア"), QStringLiteral("ク"),
          QStringLiteral("re"), QStringLiteral("e"), QStringLiteral("bl"), QStringLiteral("スピーカー"),
          QStringLiteral("ピー"), QStringLiteral("bank"), QStringLiteral("er"), QStringLiteral("色"),
          QStringLiteral("n")}) {
        const QString folded = TextNormalizer::fold(text);
        SCOPED_TRACE(text.toStdString());
        std::map<std::pair<int, QString>, int> best; // (kind, id) -> rank
        for (const VocabularyWord *w : vocabulary.matching(folded, TextMatch::Contains)) {
            const int rank = w->word == folded ? 1 : w->word.startsWith(folded) ? 2 : 3;
            auto [it, added] = best.emplace(std::pair{int(w->kind), w->id}, rank);
            it->second = std::min(it->second, rank);
        }
        std::multiset<Row> expected;
        for (const auto &[key, rank] : best) {
            if (MatchKind(key.first) == MatchKind::Category) {
                for (auto [it, end] = productsOfCategory.equal_range(key.second); it != end; ++it)
                    expected.emplace(it->second, 0, key.first, rank);
            } else {
                for (auto [it, end] = variantsOfColour.equal_range(key.second); it != end; ++it)
                    expected.emplace(it->second.first, it->second.second, key.first, rank);
            }
            rankedBetterThanInside += rank < 3 ? 1 : 0;
        }
        severalWords += best.size() > 1 ? 1 : 0;

        auto found = s_catalogue->termsOfProductsContaining(productIds, folded);
        ASSERT_TRUE(found.ok());
        std::multiset<Row> vocabularyHits;
        for (const RankedHit &h : *found) {
            if (h.hit.kind == MatchKind::Category || h.hit.kind == MatchKind::Colour)
                vocabularyHits.emplace(h.hit.productId, h.hit.variantId, int(h.hit.kind), h.rank);
        }
        EXPECT_EQ(vocabularyHits, expected);
    }
    // The words asked cover what the test is for.
    EXPECT_GE(severalWords, 5);
    EXPECT_GE(rankedBetterThanInside, 3);
}

TEST_F(Search, SqlMetacharactersAreJustText)
{
    for (const QString &q : {QStringLiteral("'; DROP TABLE products; --"), QStringLiteral("%"), QStringLiteral("_"),
                             QStringLiteral("\" OR 1=1 --"), QStringLiteral("a1263' OR '1'='1"),
                             QStringLiteral("NEAR(a b)"), QStringLiteral("power* AND bank")}) {
        auto r = SearchEngine(*s_catalogue).search(q);
        ASSERT_TRUE(r.ok()) << q.toStdString();
    }
    EXPECT_TRUE(search(QStringLiteral("%")).results.empty());
    EXPECT_TRUE(search(QStringLiteral("'; DROP TABLE products; --")).results.empty());
    // The catalogue is intact afterwards.
    EXPECT_EQ(models(QStringLiteral("A1263")).value(0), QStringLiteral("A1263"));
}

TEST_F(Search, EmptyAndPunctuationOnlyQueries)
{
    EXPECT_EQ(search(QString()).status, SearchResponse::Status::Empty);
    EXPECT_EQ(search(QStringLiteral("   ")).status, SearchResponse::Status::Empty);
    EXPECT_EQ(search(QStringLiteral("ー・-")).status, SearchResponse::Status::Empty);
}

TEST_F(Search, TenMegabyteInputIsRefusedNotSearched)
{
    const SearchResponse r = search(QString(10 * 1024 * 1024, u'a'));
    EXPECT_EQ(r.status, SearchResponse::Status::TooLong);
    EXPECT_TRUE(r.results.empty());
    EXPECT_LE(r.query.size(), 64);
}

TEST_F(Search, NothingFoundIsAnEmptyOkResponse)
{
    const SearchResponse r = search(QStringLiteral("iPhone 15"));
    EXPECT_EQ(r.status, SearchResponse::Status::Ok);
    EXPECT_TRUE(r.results.empty());
}

TEST_F(Search, LimitIsRespected)
{
    EXPECT_EQ(search(QStringLiteral("anker"), 2).results.size(), 2u);
}

TEST_F(Search, ProductInTwoCampaignsListsBoth)
{
    const SearchResponse r = search(QStringLiteral("A1647"));
    ASSERT_FALSE(r.results.empty());
    EXPECT_EQ(r.results.front().campaigns, (QStringList{QStringLiteral("JP-2025-06"), QStringLiteral("JP-2024-09")}));
}

TEST_F(Search, RecallStatusOfEachResult)
{
    const auto statusOf = [](const QString &query, const QString &model) {
        for (const SearchResult &r : search(query).results) {
            if (r.model == model)
                return r.status;
        }
        ADD_FAILURE() << model.toStdString() << " not found for " << query.toStdString();
        return RecallStatus::Covered;
    };
    EXPECT_EQ(statusOf(QStringLiteral("A1263"), QStringLiteral("A1263")), RecallStatus::Covered);
    EXPECT_EQ(statusOf(QStringLiteral("A3130"), QStringLiteral("A3130")), RecallStatus::PartlyCovered);
    EXPECT_EQ(statusOf(QStringLiteral("ホワイト"), QStringLiteral("A3130")), RecallStatus::NotCovered);
    EXPECT_EQ(statusOf(QStringLiteral("ホワイト"), QStringLiteral("A1263")), RecallStatus::Covered);
    EXPECT_EQ(statusOf(QStringLiteral("4571411209314"), QStringLiteral("A3130")), RecallStatus::Covered);
}
