// The synthetic catalogues the benchmarks run on: the same seed gives the same data, and the data is valid
// by the same rules as the shipped data (so benchmarks measure the real schema with realistic records).
#include "Catalogue.h"
#include "CatalogueSchema.h"
#include "CatalogueWriter.h"
#include "CsvReader.h"
#include "DataSetReader.h"
#include "DataSetValidator.h"
#include "Jan.h"
#include "RecordParsers.h"
#include "SearchEngine.h"
#include "SerialNumber.h"
#include "SqlDatabase.h"
#include "SyntheticCatalogue.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <limits>
#include <numeric>

#include <gtest/gtest.h>

using namespace recall;

namespace {

constexpr synthetic::Spec smallSpec{1000, 30000, 7};

class Synthetic : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        const DataSetReadResult read = DataSetReader().read({testing_support::shippedDataDir()});
        ASSERT_TRUE(read.ok());
        s_base = new DataSet(read.data);
        auto result = synthetic::generate(smallSpec, *s_base);
        ASSERT_TRUE(result.error.isEmpty()) << result.error.toStdString();
        s_generated = new synthetic::Generated(std::move(result.generated));
    }
    static void TearDownTestSuite()
    {
        delete s_generated;
        delete s_base;
    }

    static const DataSet &data() { return s_generated->data; }
    // The generated data written as a catalogue into `dir` and opened; null (and a failure) if it cannot be.
    static std::unique_ptr<Catalogue> writtenCatalogue(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("synthetic.sqlite"));
        const QString problem = CatalogueWriter().write(data(), path);
        EXPECT_EQ(problem, QString());
        auto opened = Catalogue::open(path);
        EXPECT_TRUE(opened.ok());
        return problem.isEmpty() && opened.ok() ? std::move(*opened) : nullptr;
    }

    // The generated data written into `dir` (as writtenCatalogue) and copied to `copyName` there, for a test
    // to change; the copy's path, empty (and a failure) when either cannot be made.
    static QString writtenCopy(const QTemporaryDir &dir, const QString &copyName)
    {
        if (!writtenCatalogue(dir))
            return {};
        const QString copy = dir.filePath(copyName);
        const bool copied = QFile::copy(dir.filePath(QStringLiteral("synthetic.sqlite")), copy);
        EXPECT_TRUE(copied);
        return copied ? copy : QString();
    }

    static DataSet *s_base;
    static synthetic::Generated *s_generated;
};
DataSet *Synthetic::s_base = nullptr;
synthetic::Generated *Synthetic::s_generated = nullptr;

QByteArray fingerprint(const DataSet &d)
{
    QByteArray out;
    for (const Product &p : d.products)
        out += QJsonDocument(p.record).toJson(QJsonDocument::Compact);
    for (const Campaign &c : d.campaigns)
        out += QJsonDocument(c.record).toJson(QJsonDocument::Compact);
    for (const AffectedSerialList &l : d.serialLists) {
        out += (l.campaignId + l.model + l.serials.join(u',')).toUtf8();
        for (const SerialRange &r : l.ranges)
            out += (r.from + r.to).toUtf8();
    }
    return out;
}

} // namespace

TEST_F(Synthetic, SameSeedSameData)
{
    auto again = synthetic::generate(smallSpec, *s_base);
    ASSERT_TRUE(again.error.isEmpty());
    EXPECT_EQ(fingerprint(again.generated.data), fingerprint(data()));
    EXPECT_EQ(again.generated.samples.jans, s_generated->samples.jans);
    EXPECT_EQ(synthetic::batchCsv(again.generated, 500, 7), synthetic::batchCsv(*s_generated, 500, 7));

    synthetic::Spec other = smallSpec;
    other.seed = 8;
    auto different = synthetic::generate(other, *s_base);
    ASSERT_TRUE(different.error.isEmpty());
    EXPECT_NE(fingerprint(different.generated.data), fingerprint(data()));
}

TEST_F(Synthetic, CountsAreThoseAskedFor)
{
    EXPECT_EQ(data().products.size(), std::size_t(smallSpec.products));
    qint64 entries = 0;
    for (const AffectedSerialList &l : data().serialLists)
        entries += l.serials.size() + qint64(l.ranges.size());
    EXPECT_EQ(entries, smallSpec.serials);
    EXPECT_GT(data().campaigns.size(), s_base->campaigns.size() + 10);
    // The shipped records are all there, unchanged.
    for (std::size_t i = 0; i < s_base->products.size(); ++i)
        EXPECT_EQ(data().products[i].record, s_base->products[i].record);
}

TEST_F(Synthetic, EveryRecordPassesTheRealValidation)
{
    // Parse every record again as the data reader does, collecting the cross-record references.
    DataIssues issues;
    std::vector<DataReference> references;
    for (const Product &p : data().products) {
        JsonRecord r(p.record, p.origin, {}, issues, references);
        RecordParsers::readProduct(r);
        r.finish();
    }
    for (const Campaign &c : data().campaigns) {
        JsonRecord r(c.record, c.origin, {}, issues, references);
        RecordParsers::readCampaign(r);
        r.finish();
    }
    DataSetValidator::validate(data(), references, issues);
    ASSERT_TRUE(issues.empty()) << issues.front().file.toStdString() << " " << issues.front().field.toStdString()
                                << " " << dataIssueKindKey(issues.front().kind).toStdString() << " "
                                << issues.front().detail.toStdString();
}

TEST_F(Synthetic, JansAndSerialsAreValid)
{
    int jans = 0;
    for (const Product &p : data().products) {
        for (const Variant &v : p.variants) {
            if (v.jan.isEmpty())
                continue;
            ++jans;
            EXPECT_TRUE(Jan::isValid(v.jan)) << v.jan.toStdString();
        }
    }
    EXPECT_GT(jans, smallSpec.products);
    for (const AffectedSerialList &l : data().serialLists) {
        for (const QString &s : l.serials)
            ASSERT_TRUE(SerialNumber::check(s).valid) << s.toStdString();
        EXPECT_TRUE(std::is_sorted(l.serials.begin(), l.serials.end()));
    }
}

TEST_F(Synthetic, NamesAreJapaneseAndEnglish)
{
    const Product &p = data().products.back();
    EXPECT_FALSE(p.name.ja.isEmpty());
    EXPECT_FALSE(p.name.en.isEmpty());
    EXPECT_NE(p.name.ja, p.name.en);
    const bool katakana = std::any_of(p.reading.begin(), p.reading.end(),
                                      [](QChar c) { return c.unicode() >= 0x30A0 && c.unicode() <= 0x30FF; });
    EXPECT_TRUE(katakana) << p.reading.toStdString();
}

TEST_F(Synthetic, WrittenCatalogueAnswersTheSamples)
{
    QTemporaryDir dir;
    const std::unique_ptr<Catalogue> opened = writtenCatalogue(dir);
    ASSERT_NE(opened, nullptr);
    Catalogue &catalogue = *opened;
    const synthetic::Samples &samples = s_generated->samples;
    ASSERT_FALSE(samples.jans.isEmpty());
    ASSERT_FALSE(samples.serials.empty());
    for (const QString &jan : samples.jans.mid(0, 20)) {
        auto found = catalogue.productByJan(jan);
        ASSERT_TRUE(found.ok());
        EXPECT_TRUE(found->has_value()) << jan.toStdString();
    }
    for (const auto &s : samples.serials) {
        auto status = catalogue.serialStatus(s.campaign, s.model, s.serial);
        ASSERT_TRUE(status.ok());
        EXPECT_EQ(*status == SerialListStatus::Listed, s.listed) << s.serial.toStdString();
    }
    const QString model = samples.models.value(0);
    auto found = SearchEngine(catalogue).search(model);
    ASSERT_TRUE(found.ok());
    ASSERT_FALSE(found->results.empty());
    EXPECT_EQ(found->results.front().model, model);
    EXPECT_EQ(found->results.front().rank, 0);
}

namespace {
// Everything a person sees of a response: the products in order, how each matched and what it names.
QStringList shown(const SearchResponse &response)
{
    QStringList out;
    for (const SearchResult &r : response.results)
        out << QStringLiteral("%1|%2|%3|%4|%5|%6")
                   .arg(r.model, r.variant, r.variants.join(u','))
                   .arg(int(r.matchedBy))
                   .arg(r.rank)
                   .arg(int(r.status));
    return out;
}

// Searches each text in both catalogues (a page of 50), expecting the same results; how many found something.
int findTheSame(Catalogue &a, Catalogue &b, const QStringList &texts)
{
    int found = 0;
    for (const QString &text : texts) {
        SCOPED_TRACE(text.toStdString());
        auto inA = SearchEngine(a).search(text, 50);
        auto inB = SearchEngine(b).search(text, 50);
        EXPECT_TRUE(inA.ok());
        EXPECT_TRUE(inB.ok());
        if (!inA.ok() || !inB.ok())
            continue;
        EXPECT_EQ(shown(*inA), shown(*inB));
        found += inA->results.empty() ? 0 : 1;
    }
    return found;
}
} // namespace

// The engine kept for a person's typing remembers texts that matched nothing (and skips searching for longer
// texts holding them) and its last searches (the first word of a multi-word query, searched again at each
// keystroke of the next word). Typed key by key, with misses, corrections and words that come back, it must
// answer every keystroke exactly as a new engine does.
TEST_F(Synthetic, AnEngineKeptWhileTypingAnswersAsANewOne)
{
    QTemporaryDir dir;
    const std::unique_ptr<Catalogue> opened = writtenCatalogue(dir);
    ASSERT_NE(opened, nullptr);
    Catalogue &catalogue = *opened;
    const synthetic::Samples &samples = s_generated->samples;
    QStringList typed;
    const auto type = [&typed](const QString &text) {
        for (qsizetype n = 1; n <= text.size(); ++n)
            typed << text.left(n);
    };
    for (const QString &text : {QStringLiteral("mini speaker"), QStringLiteral("iphone 15"), QStringLiteral("iphone"),
                                QStringLiteral("soundcore motion"), QStringLiteral("zzq"), QStringLiteral("xzzqx"),
                                QStringLiteral("さうんどこあ あか"), QStringLiteral("サウンドコア 赤"),
                                QStringLiteral("powercore whitex"), QStringLiteral("powercore white"),
                                QStringLiteral("a1263"), QStringLiteral("a12639"), QStringLiteral("4571411205163"),
                                QStringLiteral("\u3000x  ")})
        type(text);
    for (int i = 0; i < 3; ++i) {
        type(samples.models.value(i).toLower() + QStringLiteral("zz"));
        type(samples.models.value(i).toLower());
        typed << samples.jans.value(i) << samples.jans.value(i) + u'0';
    }
    SearchEngine kept(catalogue);
    int misses = 0;
    for (const QString &query : std::as_const(typed)) {
        SCOPED_TRACE(query.toStdString());
        auto fresh = SearchEngine(catalogue).search(query, 50);
        auto answer = kept.search(query, 50);
        ASSERT_TRUE(fresh.ok());
        ASSERT_TRUE(answer.ok());
        EXPECT_EQ(shown(*answer), shown(*fresh));
        misses += fresh->results.empty() ? 1 : 0;
    }
    EXPECT_GT(misses, 10); // the sequence does exercise the remembered misses
}

namespace {

// A product's summary worked out from the data itself: campaigns newest first, each variant covered when a
// campaign naming the product does not exclude its colour.
ProductSummary expectedSummary(const DataSet &d, const Product &p)
{
    ProductSummary s;
    s.model = p.model;
    s.name = p.name;
    s.categoryId = p.categoryId;
    s.illustration = p.illustration;
    std::vector<const Campaign *> naming;
    std::vector<QStringList> excluded;
    for (const Campaign &c : d.campaigns) {
        for (const CampaignProduct &cp : c.products) {
            if (cp.model == p.model) {
                naming.push_back(&c);
                excluded.push_back(cp.excludedColours);
            }
        }
    }
    std::vector<std::size_t> order(naming.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return naming[a]->announced != naming[b]->announced ? naming[a]->announced > naming[b]->announced
                                                            : naming[a]->id < naming[b]->id;
    });
    for (std::size_t i : order)
        s.campaigns << naming[i]->id;
    for (const Variant &v : p.variants) {
        ProductSummary::VariantSummary vs;
        vs.code = v.code;
        for (const Colour &c : d.colours) {
            if (c.id == v.colourId)
                vs.swatch = c.swatch;
        }
        vs.covered = std::any_of(excluded.cbegin(), excluded.cend(),
                                 [&](const QStringList &x) { return !x.contains(v.colourId); });
        s.variants.push_back(vs);
    }
    return s;
}

QString described(const ProductSummary &s)
{
    QString out = s.model + u'|' + s.name.ja + u'|' + s.name.en + u'|' + s.categoryId + u'|' + s.illustration + u'|'
                  + s.campaigns.join(u',');
    for (const ProductSummary::VariantSummary &v : s.variants)
        out += u'|' + v.code + u'/' + v.swatch + (v.covered ? QStringLiteral("/covered") : QStringLiteral("/not"));
    return out;
}

} // namespace

TEST_F(Synthetic, ProductSummariesKeptOrReadAgainMatchTheData)
{
    QTemporaryDir dir;
    const std::unique_ptr<Catalogue> catalogue = writtenCatalogue(dir);
    ASSERT_NE(catalogue, nullptr);
    QHash<QString, QString> expected;
    int notCovered = 0;
    for (const Product &p : data().products) {
        const ProductSummary s = expectedSummary(data(), p);
        expected.insert(p.model, described(s));
        notCovered += int(std::count_if(s.variants.cbegin(), s.variants.cend(), [](const auto &v) { return !v.covered; }));
    }
    ASSERT_GT(notCovered, 0); // the data does exercise excluded colours
    const qint64 products = qint64(data().products.size());
    // Overlapping requests, so that some summaries are kept ones and some read; together more products than
    // the catalogue keeps; an id no product has is left out.
    std::vector<std::vector<qint64>> requests;
    const auto range = [](qint64 from, qint64 to) {
        std::vector<qint64> ids;
        for (qint64 id = from; id <= to; ++id)
            ids.push_back(id);
        return ids;
    };
    requests.push_back(range(1, 50));
    requests.push_back(range(25, 75));
    requests.push_back(range(1, products));
    std::vector<qint64> reversed = range(1, products);
    std::reverse(reversed.begin(), reversed.end());
    requests.push_back(reversed);
    requests.push_back({products + 1000, 7, 3, 7});
    requests.push_back(range(1, 50));
    for (const std::vector<qint64> &ids : requests) {
        auto got = catalogue->summaries(ids);
        ASSERT_TRUE(got.ok());
        std::vector<qint64> known;
        std::copy_if(ids.cbegin(), ids.cend(), std::back_inserter(known), [&](qint64 id) { return id <= products; });
        ASSERT_EQ(got->size(), known.size());
        for (std::size_t i = 0; i < known.size(); ++i) {
            const ProductSummary &s = got->at(i);
            EXPECT_EQ(s.id, known[i]);
            EXPECT_EQ(described(s), expected.value(s.model)) << s.model.toStdString();
        }
    }
}

// What one search remembers may answer another of the same text with other limits only when it is the same
// answer a new engine gives.
TEST_F(Synthetic, AnEngineKeptAnswersEveryLimitAsANewOne)
{
    QTemporaryDir dir;
    const std::unique_ptr<Catalogue> opened = writtenCatalogue(dir);
    ASSERT_NE(opened, nullptr);
    Catalogue &catalogue = *opened;
    SearchEngine kept(catalogue);
    for (const QString &text : {QStringLiteral("powercore"), QStringLiteral("p"), QStringLiteral("speaker"),
                                QStringLiteral("サウンド"), QStringLiteral("a1"), QStringLiteral("powercore white"),
                                QStringLiteral("mini sp"), QStringLiteral("white")}) {
        for (int limit : {50, 1, 3, 200, 7, 1000, 20, 2}) {
            SCOPED_TRACE(text.toStdString() + " limit " + std::to_string(limit));
            auto fresh = SearchEngine(catalogue).search(text, limit);
            auto answer = kept.search(text, limit);
            ASSERT_TRUE(fresh.ok());
            ASSERT_TRUE(answer.ok());
            EXPECT_EQ(shown(*answer), shown(*fresh));
        }
    }
}

// search_trigrams counts, for each trigram of the index, the terms holding it: worked out here from the terms.
TEST_F(Synthetic, TheCatalogueCountsTheTermsHoldingEachTrigram)
{
    QTemporaryDir dir;
    ASSERT_NE(writtenCatalogue(dir), nullptr);
    QString error;
    auto db = SqlDatabase::open(dir.filePath(QStringLiteral("synthetic.sqlite")), SqlDatabase::Mode::ReadOnly, &error);
    ASSERT_NE(db, nullptr) << error.toStdString();
    QHash<QString, qint64> expected;
    QSqlQuery *terms = db->run(QStringLiteral("SELECT term FROM search_terms"));
    ASSERT_NE(terms, nullptr);
    while (terms->next()) {
        const QList<uint> points = terms->value(0).toString().toUcs4();
        QSet<QString> seen;
        for (qsizetype i = 0; i + 3 <= points.size(); ++i)
            seen.insert(QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + i), 3));
        for (const QString &trigram : seen)
            ++expected[trigram];
    }
    terms->finish();
    QHash<QString, qint64> counted;
    QSqlQuery *q = db->run(QStringLiteral("SELECT trigram, terms FROM search_trigrams"));
    ASSERT_NE(q, nullptr);
    while (q->next())
        counted.insert(q->value(0).toString(), q->value(1).toLongLong());
    q->finish();
    EXPECT_GT(expected.size(), 1000);
    EXPECT_EQ(counted, expected);
}

// A catalogue written before search_trigrams existed is searched through trigrams that cover the text; one
// with the counts asks for the rarest ones. Both find the same.
TEST_F(Synthetic, ACatalogueWithoutTrigramCountsFindsTheSame)
{
    QTemporaryDir dir;
    const QString older = writtenCopy(dir, QStringLiteral("older.sqlite"));
    ASSERT_FALSE(older.isEmpty());
    const QString counted = dir.filePath(QStringLiteral("synthetic.sqlite"));
    {
        QString error;
        auto db = SqlDatabase::open(older, SqlDatabase::Mode::ReadWrite, &error);
        ASSERT_NE(db, nullptr) << error.toStdString();
        ASSERT_TRUE(db->exec(QStringLiteral("DROP TABLE search_trigrams")));
    }
    auto withCounts = Catalogue::open(counted);
    auto withoutCounts = Catalogue::open(older);
    ASSERT_TRUE(withCounts.ok());
    ASSERT_TRUE(withoutCounts.ok());
    const synthetic::Samples &samples = s_generated->samples;
    QStringList texts = {QStringLiteral("powercore"), QStringLiteral("soundcore mot"), QStringLiteral("owerco"),
                         QStringLiteral("speaker"), QStringLiteral("ore"), QStringLiteral("サウンドコア"),
                         QStringLiteral("ウンドコ"), QStringLiteral("会議用"), QStringLiteral("charge"),
                         QStringLiteral("zzq"), QStringLiteral("xqzw"), QStringLiteral("mini spe"),
                         QString::fromUcs4(U"\U0001F50B\U0001F50Bx"), QStringLiteral("aaaaaa")};
    for (int i = 0; i < 5; ++i) {
        texts << samples.models.value(i).toLower().mid(1) << samples.variantCodes.value(i).mid(2)
              << samples.jans.value(i).mid(3, 7);
    }
    EXPECT_GT(findTheSame(**withCounts, **withoutCounts, texts), 15); // most texts do find products, through part of a word
}

// A catalogue written before terms were numbered by product (no meta term_id_shift, ids one after another)
// reads a candidate's terms through products.first_term and last_term; one numbered by product reads them
// by id range. A copy renumbered the older way finds the same for second words read from every candidate's
// terms.
TEST_F(Synthetic, ACatalogueNumberingTermsOneAfterAnotherFindsTheSame)
{
    QTemporaryDir dir;
    const QString older = writtenCopy(dir, QStringLiteral("older.sqlite"));
    ASSERT_FALSE(older.isEmpty());
    const QString numbered = dir.filePath(QStringLiteral("synthetic.sqlite"));
    int cutLists = 0;
    const QStringList seconds = {QStringLiteral("a"),   QStringLiteral("e"),  QStringLiteral("0"),
                                 QStringLiteral("ン"),  QStringLiteral("ア"), QStringLiteral("1"),
                                 QStringLiteral("spe"), QStringLiteral("er")};
    {
        QString error;
        auto db = SqlDatabase::open(older, SqlDatabase::Mode::ReadWrite, &error);
        ASSERT_NE(db, nullptr) << error.toStdString();
        const QStringList renumbering = {
            QStringLiteral("CREATE TEMP TABLE renumbered(old INTEGER PRIMARY KEY, new INTEGER NOT NULL)"),
            QStringLiteral(
                "INSERT INTO temp.renumbered SELECT id, row_number() OVER (ORDER BY id) FROM search_terms"),
            // Through negative ids, so no new id meets an old one still there.
            QStringLiteral("UPDATE search_terms SET id = -(SELECT new FROM temp.renumbered WHERE old = id)"),
            QStringLiteral("UPDATE search_terms SET id = -id"),
            QStringLiteral(
                "UPDATE search_grams SET term_id = -(SELECT new FROM temp.renumbered WHERE old = term_id)"),
            QStringLiteral("UPDATE search_grams SET term_id = -term_id"),
            QStringLiteral(
                "UPDATE products SET first_term = (SELECT new FROM temp.renumbered WHERE old = first_term), "
                "last_term = (SELECT new FROM temp.renumbered WHERE old = last_term)"),
            QStringLiteral("INSERT INTO search_fts(search_fts) VALUES('rebuild')"),
            QStringLiteral("DELETE FROM meta WHERE key = 'term_id_shift'")};
        for (const QString &sql : renumbering)
            ASSERT_TRUE(db->exec(sql)) << sql.toStdString() << ": " << db->lastError().toStdString();
        QSqlQuery *q = db->run(
            QStringLiteral("SELECT count(*) FROM search_terms "
                           "WHERE id > (SELECT count(*) FROM search_terms) UNION ALL "
                           "SELECT count(*) FROM products WHERE first_term IS NULL OR last_term IS NULL"));
        ASSERT_NE(q, nullptr);
        while (q->next())
            EXPECT_EQ(q->value(0).toInt(), 0); // ids 1..n, every product's range renumbered
        for (const QString &second : seconds) {
            q = db->run(QStringLiteral("SELECT count(*) FROM search_grams WHERE gram = ?"), {second});
            ASSERT_TRUE(q && q->next());
            cutLists += q->value(0).toInt() >= CatalogueSchema::shortGramTermLimit ? 1 : 0;
        }
        q->finish();
    }
    EXPECT_GE(cutLists, 3); // words read from every candidate's terms, not from their lists
    auto byProduct = Catalogue::open(numbered);
    auto oneAfterAnother = Catalogue::open(older);
    ASSERT_TRUE(byProduct.ok());
    ASSERT_TRUE(oneAfterAnother.ok());
    QStringList texts;
    for (const QString &first :
         {QStringLiteral("power"), QStringLiteral("sound"), QStringLiteral("mini"),
          QStringLiteral("サウンド"), QStringLiteral("anker"), QStringLiteral("charge")}) {
        for (const QString &second : seconds)
            texts << first + u' ' + second;
    }
    EXPECT_GT(findTheSame(**byProduct, **oneAfterAnother, texts), 20);
}

// search_grams says of each term it lists its variant, kind and place, so a search by one or two characters,
// or a second word of that length with a whole list, reads no term's row. A catalogue written before, whose
// lists hold only term ids, finds the same through the terms' rows.
TEST_F(Synthetic, ACatalogueWhoseShortGramsListOnlyTermIdsFindsTheSame)
{
    QTemporaryDir dir;
    const QString older = writtenCopy(dir, QStringLiteral("older.sqlite"));
    ASSERT_FALSE(older.isEmpty());
    const QString described = dir.filePath(QStringLiteral("synthetic.sqlite"));
    const QStringList shortWords = {QStringLiteral("a"),  QStringLiteral("e"),  QStringLiteral("0"),
                                    QStringLiteral("ン"), QStringLiteral("ア"), QStringLiteral("x6"),
                                    QStringLiteral("mi"), QStringLiteral("ip"), QStringLiteral("電"),
                                    QStringLiteral("白"), QStringLiteral("赤"), QStringLiteral("wh"),
                                    QStringLiteral("er"), QStringLiteral("so"), QStringLiteral("ル")};
    int wholeLists = 0;
    int cutLists = 0;
    {
        QString error;
        auto db = SqlDatabase::open(older, SqlDatabase::Mode::ReadWrite, &error);
        ASSERT_NE(db, nullptr) << error.toStdString();
        for (const QString &word : shortWords) {
            QSqlQuery *q = db->run(QStringLiteral("SELECT count(*) FROM search_grams WHERE gram = ?"), {word});
            ASSERT_TRUE(q && q->next());
            const int listed = q->value(0).toInt();
            q->finish();
            wholeLists += listed > 0 && listed < CatalogueSchema::shortGramTermLimit ? 1 : 0;
            cutLists += listed >= CatalogueSchema::shortGramTermLimit ? 1 : 0;
        }
        const QStringList idsOnly = {
            QStringLiteral("CREATE TABLE older_grams(gram TEXT NOT NULL, term_id INTEGER NOT NULL, "
                           "PRIMARY KEY(gram, term_id)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO older_grams SELECT gram, term_id FROM search_grams"),
            QStringLiteral("DROP TABLE search_grams"),
            QStringLiteral("ALTER TABLE older_grams RENAME TO search_grams")};
        for (const QString &sql : idsOnly)
            ASSERT_TRUE(db->exec(sql)) << sql.toStdString() << ": " << db->lastError().toStdString();
    }
    EXPECT_GE(wholeLists, 4); // second words found from their lists
    EXPECT_GE(cutLists, 2);   // and from every candidate's terms
    // A copy whose lists say every term is an alias holding the piece further in: a search that reads the
    // lists (and not the terms' rows) answers differently there.
    const QString misdescribed = dir.filePath(QStringLiteral("misdescribed.sqlite"));
    ASSERT_TRUE(QFile::copy(described, misdescribed));
    testing_support::runSql(misdescribed, QStringLiteral("UPDATE search_grams SET kind = ?, place = 3"),
                            {int(MatchKind::Alias)});
    auto withColumns = Catalogue::open(described);
    auto idsOnlyCatalogue = Catalogue::open(older);
    auto misdescribedCatalogue = Catalogue::open(misdescribed);
    ASSERT_TRUE(withColumns.ok());
    ASSERT_TRUE(idsOnlyCatalogue.ok());
    ASSERT_TRUE(misdescribedCatalogue.ok());
    QStringList texts = shortWords;
    for (const QString &first : {QStringLiteral("power"), QStringLiteral("sound"), QStringLiteral("サウンド"),
                                 QStringLiteral("anker")}) {
        for (const QString &second : shortWords)
            texts << first + u' ' + second;
    }
    EXPECT_GT(findTheSame(**withColumns, **idsOnlyCatalogue, texts), 30);
    int answeredFromTheLists = 0;
    for (const QString &text : texts) {
        auto read = SearchEngine(**withColumns).search(text, 50);
        auto listed = SearchEngine(**misdescribedCatalogue).search(text, 50);
        ASSERT_TRUE(read.ok() && listed.ok());
        answeredFromTheLists += shown(*read) != shown(*listed) ? 1 : 0;
    }
    EXPECT_GE(answeredFromTheLists, 10);
}

// A two-word query finds every product both words find on their own, also when the first word finds more
// products than one round of candidates holds (the search then takes more of them, round by round).
TEST_F(Synthetic, TwoWordsFindWhatEachWordFindsOnItsOwn)
{
    QTemporaryDir dir;
    const std::unique_ptr<Catalogue> opened = writtenCatalogue(dir);
    ASSERT_NE(opened, nullptr);
    Catalogue &catalogue = *opened;
    constexpr int all = 1000;
    const auto models = [&](const QString &text, int limit) {
        auto response = SearchEngine(catalogue).search(text, limit);
        EXPECT_TRUE(response.ok());
        QSet<QString> found;
        if (response.ok()) {
            for (const SearchResult &r : response->results)
                found.insert(r.model);
        }
        return found;
    };
    int checked = 0;
    for (const QString &first : {QStringLiteral("anker"), QStringLiteral("power"), QStringLiteral("sound"),
                                 QStringLiteral("speaker"), QStringLiteral("mini"), QStringLiteral("charge"),
                                 QStringLiteral("サウンド"), QStringLiteral("モバイル"), QStringLiteral("e"),
                                 QStringLiteral("o")}) {
        for (const QString &second : {QStringLiteral("white"), QStringLiteral("black"), QStringLiteral("10000"),
                                      QStringLiteral("pro"), QStringLiteral("2"), QStringLiteral("赤"),
                                      QStringLiteral("x6"), QStringLiteral("mini"), QStringLiteral("5")}) {
            SCOPED_TRACE(QString(first + u' ' + second).toStdString());
            const QSet<QString> firstFinds = models(first, all);
            const QSet<QString> secondFinds = models(second, all);
            // Only where the answer is known: each word's products are all there, and the words written as
            // one find nothing (a query whose whole text matches shows those products instead).
            if (firstFinds.size() >= all || secondFinds.size() >= all || !models(first + second, 50).isEmpty())
                continue;
            const QSet<QString> expected = firstFinds & secondFinds;
            if (expected.size() >= 50)
                continue;
            EXPECT_EQ(models(QString(first + u' ' + second), 50), expected);
            ++checked;
        }
    }
    EXPECT_GT(checked, 20);
}

// A two-word query first looks for its first word only as a whole word or a word's start, and stops there
// when that gives a page of results ranking better than a product holding the word further in could. The
// page is the one the whole search gives: the first 20 of a search for every result, in the same order.
TEST_F(Synthetic, APageOfTwoWordsIsThePageOfTheWholeSearch)
{
    QTemporaryDir dir;
    const std::unique_ptr<Catalogue> opened = writtenCatalogue(dir);
    ASSERT_NE(opened, nullptr);
    constexpr int page = 20;
    int early = 0; // queries with a page of results ranking 1 or 2
    int mixed = 0; // queries whose page also holds results ranking 3
    int compared = 0;
    for (const QString &first : {QStringLiteral("power"), QStringLiteral("sound"), QStringLiteral("mini"),
                                 QStringLiteral("anker"), QStringLiteral("o"), QStringLiteral("e"),
                                 QStringLiteral("サウンド"), QStringLiteral("ore")}) {
        for (const QString &second : {QStringLiteral("white"), QStringLiteral("b"), QStringLiteral("pro"),
                                      QStringLiteral("2"), QStringLiteral("o"), QStringLiteral("ア"),
                                      QStringLiteral("speaker"), QStringLiteral("e")}) {
            const QString text = first + u' ' + second;
            SCOPED_TRACE(text.toStdString());
            // Only where a page's first round of candidates holds every product of the first word (else the
            // rounds that follow take the best few hundred of them, and a larger page takes others).
            auto alone = SearchEngine(*opened).search(first, SearchEngine::maxWordCandidates);
            ASSERT_TRUE(alone.ok());
            if (alone->results.size() > 200)
                continue;
            auto paged = SearchEngine(*opened).search(text, page);
            auto whole = SearchEngine(*opened).search(text, SearchEngine::maxWordCandidates);
            ASSERT_TRUE(paged.ok());
            ASSERT_TRUE(whole.ok());
            EXPECT_EQ(shown(*paged), shown(*whole).mid(0, page));
            ++compared;
            const auto better = std::count_if(whole->results.begin(), whole->results.end(),
                                              [](const SearchResult &r) { return r.rank < 3; });
            early += better >= page ? 1 : 0;
            mixed += better < page && int(whole->results.size()) > page ? 1 : 0;
        }
    }
    EXPECT_GT(compared, 20);
    EXPECT_GT(early, 5);
    EXPECT_GT(mixed, 5);
}

// A second word is looked up in search_grams when it is one or two characters long and its list there is
// whole, in the trigram index when few terms hold its rarest trigram, else in every candidate's terms. Every
// way, the products found are those with a term holding the word, worked out here straight from the terms.
TEST_F(Synthetic, ASecondWordFindsEveryProductWithATermHoldingIt)
{
    QTemporaryDir dir;
    const std::unique_ptr<Catalogue> opened = writtenCatalogue(dir);
    ASSERT_NE(opened, nullptr);
    Catalogue &catalogue = *opened;
    QString error;
    auto db = SqlDatabase::open(dir.filePath(QStringLiteral("synthetic.sqlite")), SqlDatabase::Mode::ReadOnly, &error);
    ASSERT_NE(db, nullptr) << error.toStdString();
    const auto column = [&](const QString &sql, const QString &value) {
        QStringList values;
        if (QSqlQuery *q = db->run(sql, {value})) {
            while (q->next())
                values << q->value(0).toString();
            q->finish();
        }
        return values;
    };
    const auto models = [&](const QString &text, int limit, bool *vocabulary = nullptr) {
        auto response = SearchEngine(catalogue).search(text, limit);
        EXPECT_TRUE(response.ok());
        QSet<QString> found;
        for (const SearchResult &r : response->results) {
            found.insert(r.model);
            if (vocabulary && (r.matchedBy == MatchKind::Category || r.matchedBy == MatchKind::Colour))
                *vocabulary = true;
        }
        return found;
    };
    int wholeLists = 0;
    int cutLists = 0;
    int rareTrigrams = 0;
    int manyTerms = 0;
    for (const QString &second : {QStringLiteral("6"), QStringLiteral("x6"), QStringLiteral("00"), QStringLiteral("1"),
                                  QStringLiteral("a1"), QStringLiteral("ア"), QStringLiteral("k"), QStringLiteral("0"),
                                  QStringLiteral("ド"), QStringLiteral("z"), QStringLiteral("q"), QStringLiteral("3"),
                                  QStringLiteral("e"), QStringLiteral("a"), QStringLiteral("x60"), QStringLiteral("600"),
                                  QStringLiteral("a12"), QStringLiteral("cel"), QStringLiteral("ション"),
                                  QStringLiteral("zzq"), QStringLiteral("000")}) {
        bool vocabulary = false;
        models(second, 1000, &vocabulary);
        if (vocabulary)
            continue; // a category or colour word holds it too: not worked out here
        const QStringList holding = column(QStringLiteral("SELECT DISTINCT p.model FROM search_terms t "
                                                          "JOIN products p ON p.id = t.product_id WHERE instr(t.term, ?) > 0"),
                                           second);
        // How the catalogue reads the word's terms (see termsOfProductsContaining): the terms listed for a short
        // word, or those holding a longer word's rarest trigram.
        int listed = 0;
        if (second.size() <= 2) {
            listed = column(QStringLiteral("SELECT count(*) FROM search_grams WHERE gram = ?"), second).value(0).toInt();
        } else {
            listed = std::numeric_limits<int>::max();
            for (qsizetype i = 0; i + 3 <= second.size(); ++i) {
                const QStringList terms = column(QStringLiteral("SELECT terms FROM search_trigrams WHERE trigram = ?"),
                                                 second.mid(i, 3));
                listed = std::min(listed, terms.value(0).toInt());
            }
        }
        for (const QString &first : {QStringLiteral("power"), QStringLiteral("sound"), QStringLiteral("mini"),
                                     QStringLiteral("speaker"), QStringLiteral("サウンド"), QStringLiteral("charge"),
                                     QStringLiteral("voltaro"), QStringLiteral("anker"), QStringLiteral("雷神"),
                                     QStringLiteral("会議"), QStringLiteral("さくら"), QStringLiteral("powerconf")}) {
            const QString query = first + u' ' + second;
            SCOPED_TRACE(query.toStdString());
            const QSet<QString> firstFinds = models(first, 1000);
            if (firstFinds.size() >= 1000 || !models(first + second, 50).isEmpty())
                continue;
            const QSet<QString> expected = firstFinds & QSet<QString>(holding.cbegin(), holding.cend());
            if (expected.size() >= 50)
                continue;
            EXPECT_EQ(models(query, 50), expected);
            const bool fewTerms = listed < CatalogueSchema::shortGramTermLimit;
            (second.size() > 2 ? (fewTerms ? rareTrigrams : manyTerms) : (fewTerms ? wholeLists : cutLists)) += 1;
        }
    }
    EXPECT_GT(wholeLists, 3);
    EXPECT_GT(cutLists, 3);
    EXPECT_GT(rareTrigrams, 3);
    EXPECT_GT(manyTerms, 0);
}

TEST_F(Synthetic, BatchFileIsReadAsABatch)
{
    auto table = CsvReader::read(synthetic::batchCsv(*s_generated, 2000, 7));
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->rows.size(), 2000u);
    EXPECT_GE(table->column(BatchField::Jan), 0);
    EXPECT_GE(table->column(BatchField::Serial), 0);
    EXPECT_GE(table->column(BatchField::Purchased), 0);
}
