#include "Catalogue.h"
#include "CatalogueSchema.h"
#include "CatalogueWriter.h"
#include "DataSetReader.h"
#include "ProductDetails.h"
#include "SearchEngine.h"
#include "SearchTerms.h"
#include "SqlDatabase.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace recall;
using testing_support::copyToTemp;

namespace {
void setMeta(const QString &path, const QString &key, const QString &value)
{
    testing_support::runSql(path, QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"), {value, key});
}
} // namespace

TEST(Catalogue, OpensTheShippedCatalogue)
{
    auto c = Catalogue::open(testing_support::shippedCatalogue());
    ASSERT_TRUE(c.ok());
    EXPECT_EQ((*c)->info().schemaVersion, CatalogueSchema::version);
    EXPECT_EQ((*c)->info().asOf, QDate(2026, 1, 7));
    auto verified = (*c)->verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(*verified);
}

TEST(Catalogue, MissingFileIsReported)
{
    auto c = Catalogue::open(QStringLiteral("/nonexistent/catalogue.sqlite"));
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().kind, CatalogueError::Kind::Missing);
}

TEST(Catalogue, GarbageFileIsNotACatalogue)
{
    QTemporaryDir dir;
    const QString path = testing_support::writeTemp(dir, QStringLiteral("garbage.sqlite"), QByteArray(8192, 'x'));
    auto c = Catalogue::open(path);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().kind, CatalogueError::Kind::NotACatalogue);
}

TEST(Catalogue, EmptyFileIsNotACatalogue)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    auto c = Catalogue::open(path);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().kind, CatalogueError::Kind::NotACatalogue);
}

// Records are read as UTF-8 bytes: a catalogue storing its text as UTF-16 is not one of ours.
TEST(Catalogue, TextStoredAsUtf16IsNotACatalogue)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("utf16.sqlite"));
    {
        // The shipped catalogue's meta rows (valid schema and versions) in a UTF-16 database.
        QSqlDatabase shipped = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shipped"));
        shipped.setDatabaseName(testing_support::shippedCatalogue());
        shipped.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ASSERT_TRUE(shipped.open());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("utf16"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA encoding = 'UTF-16le'")));
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
        QSqlQuery rows(shipped);
        ASSERT_TRUE(rows.exec(QStringLiteral("SELECT key, value FROM meta")));
        ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO meta VALUES (?, ?)")));
        while (rows.next()) {
            q.addBindValue(rows.value(0));
            q.addBindValue(rows.value(1));
            ASSERT_TRUE(q.exec());
        }
        rows.finish();
        q.finish();
        db.close();
        shipped.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("utf16"));
    QSqlDatabase::removeDatabase(QStringLiteral("shipped"));
    auto c = Catalogue::open(path);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().kind, CatalogueError::Kind::NotACatalogue);
}

TEST(Catalogue, NewerSchemaIsRefused)
{
    QTemporaryDir dir;
    const QString path = copyToTemp(dir, testing_support::shippedCatalogue(), QStringLiteral("newer.sqlite"));
    setMeta(path, QStringLiteral("schema_version"), QString::number(CatalogueSchema::version + 1));
    auto c = Catalogue::open(path);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().kind, CatalogueError::Kind::SchemaTooNew);
}

TEST(Catalogue, CatalogueFoldedByAnOlderNormalizerIsRefused)
{
    QTemporaryDir dir;
    const QString path = copyToTemp(dir, testing_support::shippedCatalogue(), QStringLiteral("older.sqlite"));
    setMeta(path, QStringLiteral("normalizer_version"), QStringLiteral("0"));
    auto c = Catalogue::open(path);
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().kind, CatalogueError::Kind::SchemaTooOld);
}

TEST(Catalogue, OpensReadOnly)
{
    auto c = Catalogue::open(testing_support::shippedCatalogue());
    ASSERT_TRUE(c.ok());
    const QByteArray before = [] {
        QFile f(testing_support::shippedCatalogue());
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    auto details = loadProductDetails(**c, QStringLiteral("A1263"));
    ASSERT_TRUE(details.ok());
    QFile f(testing_support::shippedCatalogue());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
}

TEST(ProductDetails, ByModelVariantOrJan)
{
    auto c = Catalogue::open(testing_support::shippedCatalogue());
    ASSERT_TRUE(c.ok());
    for (const QString &key : {QStringLiteral("A3130"), QStringLiteral("A3130031"), QStringLiteral("4571411209987")}) {
        auto d = loadProductDetails(**c, key);
        ASSERT_TRUE(d.ok());
        ASSERT_TRUE(d->has_value()) << key.toStdString();
        EXPECT_EQ((*d)->product.model, QStringLiteral("A3130"));
    }
    auto none = loadProductDetails(**c, QStringLiteral("A0000"));
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
}

TEST(ProductDetails, CoverageOfEveryVariant)
{
    auto c = Catalogue::open(testing_support::shippedCatalogue());
    ASSERT_TRUE(c.ok());
    auto x600 = loadProductDetails(**c, QStringLiteral("A3130"));
    ASSERT_TRUE(x600.ok() && x600->has_value());
    int whites = 0;
    for (const Variant &v : (*x600)->product.variants) {
        const bool covered = !(*x600)->coveredBy(v).isEmpty();
        EXPECT_EQ(covered, v.colourId != u"white") << v.colourId.toStdString();
        whites += v.colourId == u"white";
    }
    EXPECT_EQ(whites, 1);
    auto powercore = loadProductDetails(**c, QStringLiteral("A1263"));
    ASSERT_TRUE(powercore.ok() && powercore->has_value());
    for (const Variant &v : (*powercore)->product.variants)
        EXPECT_FALSE((*powercore)->coveredBy(v).isEmpty()) << v.code.toStdString();
    ASSERT_NE((*powercore)->replacement(), nullptr);
    EXPECT_TRUE((*powercore)->replacement()->notes.en.contains(QStringLiteral("5V=3A")));
}

TEST(ProductDetails, SourcesOfEveryCitedFactAreLoaded)
{
    auto c = Catalogue::open(testing_support::shippedCatalogue());
    ASSERT_TRUE(c.ok());
    auto d = loadProductDetails(**c, QStringLiteral("A1647"));
    ASSERT_TRUE(d.ok() && d->has_value());
    EXPECT_EQ((*d)->campaigns.size(), 2u);
    QStringList cited = citedSources((*d)->product);
    for (const ProductCampaign &pc : (*d)->campaigns)
        cited << citedSources(pc.campaign);
    cited.removeDuplicates();
    EXPECT_EQ((*d)->sources.size(), std::size_t(cited.size()));
}

TEST(CatalogueTest, CampaignsNewestFirstWithALimit)
{
    auto c = Catalogue::open(testing_support::shippedCatalogue());
    ASSERT_TRUE(c.ok());
    auto all = (*c)->campaigns();
    ASSERT_TRUE(all.ok());
    auto count = (*c)->campaignCount();
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, int(all->size()));
    ASSERT_GE(all->size(), 2u);
    for (std::size_t i = 1; i < all->size(); ++i)
        EXPECT_GE(all->at(i - 1).announced, all->at(i).announced);
    auto newest = (*c)->campaigns(2);
    ASSERT_TRUE(newest.ok());
    ASSERT_EQ(newest->size(), 2u);
    EXPECT_EQ(newest->at(0).id, all->at(0).id);
    EXPECT_EQ(newest->at(1).id, all->at(1).id);
}

// A product's share of a campaign names that product only; the campaign itself, asked for before or after,
// still names all of its products (the cache keeps both from one parse).
TEST(CatalogueTest, AProductsCampaignNamesOnlyThatProductAndTheCampaignStaysWhole)
{
    auto c = Catalogue::open(testing_support::shippedCatalogue());
    ASSERT_TRUE(c.ok());
    const QStringList named{QStringLiteral("A1263"), QStringLiteral("A3117"), QStringLiteral("A3130"),
                            QStringLiteral("A3305")};
    const auto modelsOf = [](const Campaign &campaign) {
        QStringList models;
        for (const CampaignProduct &cp : campaign.products)
            models << cp.model;
        models.sort();
        return models;
    };
    for (int round = 0; round < 2; ++round) { // the first round parses, the second reads the cache
        for (const QString &model : named) {
            auto forProduct = (*c)->campaignsFor(model);
            ASSERT_TRUE(forProduct.ok());
            const auto it = std::find_if(forProduct->begin(), forProduct->end(), [](const ProductCampaign &pc) {
                return pc.campaign.id == QStringLiteral("JP-2025-10");
            });
            ASSERT_NE(it, forProduct->end()) << model.toStdString();
            EXPECT_EQ(modelsOf(it->campaign), QStringList{model});
            EXPECT_EQ(it->entry().model, model);
            EXPECT_FALSE(it->campaign.steps.empty());
        }
        auto all = (*c)->campaigns();
        ASSERT_TRUE(all.ok());
        const auto whole = std::find_if(all->begin(), all->end(),
                                        [](const Campaign &campaign) { return campaign.id == QStringLiteral("JP-2025-10"); });
        ASSERT_NE(whole, all->end());
        EXPECT_EQ(modelsOf(*whole), named);
    }
}

// A product named by several campaigns gets them newest first, and in the order of their ids when announced
// on the same day; asked again (from the cache) the order is the same.
TEST(CatalogueTest, AProductsCampaignsNewestFirstThenById)
{
    const auto idsFor = [](Catalogue &catalogue, const QString &model) {
        auto campaigns = catalogue.campaignsFor(model);
        EXPECT_TRUE(campaigns.ok());
        QStringList ids;
        for (const ProductCampaign &pc : campaigns.ok() ? *campaigns : std::vector<ProductCampaign>())
            ids << pc.campaign.id;
        return ids;
    };
    auto shipped = Catalogue::open(testing_support::shippedCatalogue());
    ASSERT_TRUE(shipped.ok());
    const QStringList newestFirst{QStringLiteral("JP-2025-06"), QStringLiteral("JP-2024-09")};
    for (int round = 0; round < 2; ++round)
        EXPECT_EQ(idsFor(**shipped, QStringLiteral("A1647")), newestFirst);

    testing_support::DataFolderCopy copy;
    copy.set(QStringLiteral("campaigns/JP-2024-09.json"), {QStringLiteral("announced")}, QStringLiteral("2025-06-26"));
    const DataSetReadResult read = DataSetReader().read({copy.path()});
    ASSERT_TRUE(read.ok());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("c.sqlite"));
    ASSERT_EQ(CatalogueWriter().write(read.data, path), QString());
    auto sameDay = Catalogue::open(path);
    ASSERT_TRUE(sameDay.ok());
    const QStringList byId{QStringLiteral("JP-2024-09"), QStringLiteral("JP-2025-06")};
    for (int round = 0; round < 2; ++round)
        EXPECT_EQ(idsFor(**sameDay, QStringLiteral("A1647")), byId);
}

// A product found by model, JAN or variant code carries its row, and its campaigns found by that row are the
// ones found by its model (each asked of a catalogue that has cached nothing yet, and then again). Without
// one of the shipped campaigns, two products have none.
TEST(CatalogueTest, AProductsCampaignsByItsRowAreThoseOfItsModel)
{
    testing_support::DataFolderCopy copy;
    ASSERT_TRUE(QFile::remove(copy.file(QStringLiteral("campaigns/JP-2024-04.json"))));
    const DataSetReadResult read = DataSetReader().read({copy.path()});
    ASSERT_TRUE(read.ok());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("c.sqlite"));
    ASSERT_EQ(CatalogueWriter().write(read.data, path), QString());
    const auto idsOf = [](const Catalogue::Expected<std::vector<ProductCampaign>> &campaigns) {
        QStringList ids;
        for (const ProductCampaign &pc : campaigns.ok() ? *campaigns : std::vector<ProductCampaign>())
            ids << pc.campaign.id + u'/' + pc.entry().model;
        return ids;
    };
    auto byModel = Catalogue::open(path);
    auto byRow = Catalogue::open(path);
    ASSERT_TRUE(byModel.ok() && byRow.ok());
    int withCampaigns = 0, without = 0;
    for (const Product &p : read.data.products) {
        SCOPED_TRACE(p.model.toStdString());
        auto found = (*byRow)->productByModel(p.model);
        ASSERT_TRUE(found.ok() && found->has_value());
        EXPECT_GT((*found)->productId, 0);
        for (const Variant &v : p.variants) {
            const auto sameRow = [&](const Catalogue::Expected<std::optional<ProductMatch>> &other) {
                ASSERT_TRUE(other.ok() && other->has_value());
                EXPECT_EQ((*other)->productId, (*found)->productId);
            };
            if (!v.jan.isEmpty())
                sameRow((*byRow)->productByJan(v.jan));
            if (!v.code.isEmpty())
                sameRow((*byRow)->productByVariantCode(v.code));
        }
        const auto expected = (*byModel)->campaignsFor(p.model);
        ASSERT_TRUE(expected.ok());
        (expected->empty() ? without : withCampaigns) += 1;
        for (int round = 0; round < 2; ++round) {
            const auto actual = (*byRow)->campaignsFor(**found);
            ASSERT_TRUE(actual.ok());
            EXPECT_EQ(idsOf(actual), idsOf(expected));
        }
    }
    EXPECT_GT(withCampaigns, 3);
    EXPECT_EQ(without, 2);
}

// Each product's search terms are numbered from its id shifted by CatalogueSchema::termIdShift (so a search
// reads them by id range), and products.first_term..last_term still spans exactly them, for older readers.
TEST(CatalogueWriter, NumbersEachProductsTermsFromItsId)
{
    QString error;
    auto db = SqlDatabase::open(testing_support::shippedCatalogue(), SqlDatabase::Mode::ReadOnly, &error);
    ASSERT_NE(db, nullptr) << error.toStdString();
    QSqlQuery *q = db->run(QStringLiteral("SELECT value FROM meta WHERE key = 'term_id_shift'"));
    ASSERT_TRUE(q && q->next());
    EXPECT_EQ(q->value(0).toInt(), CatalogueSchema::termIdShift);
    q = db->run(QStringLiteral("SELECT count(*) FROM products"));
    ASSERT_TRUE(q && q->next());
    const int all = q->value(0).toInt();
    q = db->run(QStringLiteral("SELECT p.id, p.first_term, p.last_term, min(t.id), max(t.id), count(t.id) "
                               "FROM products p JOIN search_terms t ON t.product_id = p.id GROUP BY p.id"));
    ASSERT_NE(q, nullptr);
    int products = 0;
    while (q->next()) {
        ++products;
        const qint64 base = q->value(0).toLongLong() << CatalogueSchema::termIdShift;
        SCOPED_TRACE(q->value(0).toLongLong());
        EXPECT_EQ(q->value(1).toLongLong(), base + 1);
        EXPECT_EQ(q->value(3).toLongLong(), base + 1);
        EXPECT_EQ(q->value(2).toLongLong(), q->value(4).toLongLong());
        const qint64 span = q->value(4).toLongLong() - q->value(3).toLongLong() + 1;
        EXPECT_EQ(span, q->value(5).toLongLong()); // no gaps
    }
    q->finish();
    EXPECT_EQ(products, all); // every product has terms
    EXPECT_GT(all, 0);
}

// A product with more search terms than its id range holds is reported by model and count, and what was
// begun does not open as a catalogue; one with exactly as many is written.
TEST(CatalogueWriter, AProductWithMoreTermsThanItsRangeIsReported)
{
    const DataSetReadResult read = DataSetReader().read({testing_support::shippedDataDir()});
    ASSERT_TRUE(read.ok());
    DataSet data = read.data;
    Product &product = data.products.front();
    const auto numbered = [&] { // the terms the writer numbers: vocabulary words are matched apart
        qint64 n = 0;
        for (const SearchTerm &t : searchTermsFor(product, data.colours, data.categories))
            n += isVocabularyKind(t.kind) ? 0 : 1;
        return n;
    };
    for (qint64 i = 0, own = numbered(); own + i < CatalogueSchema::maxTermsPerProduct; ++i)
        product.aliases << QStringLiteral("alias%1").arg(i);
    ASSERT_EQ(numbered(), CatalogueSchema::maxTermsPerProduct);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("c.sqlite"));
    ASSERT_EQ(CatalogueWriter().write(data, path), QString());
    auto full = Catalogue::open(path);
    ASSERT_TRUE(full.ok());
    auto found = (*full)->productByModel(product.model);
    ASSERT_TRUE(found.ok() && found->has_value());

    full->reset();
    product.aliases << QStringLiteral("one too many");
    const QString problem = CatalogueWriter().write(data, path);
    EXPECT_TRUE(problem.contains(product.model)) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QString::number(CatalogueSchema::maxTermsPerProduct + 1)))
        << problem.toStdString();
    EXPECT_FALSE(Catalogue::open(path).ok());
}

// Every variant is found by its JAN and by its code, through the covering indexes of a catalogue written now
// and through the columns' own indexes of one written before them, with the same product and variant.
TEST(Catalogue, VariantsAreFoundByJanAndCodeWithOrWithoutTheCoveringIndexes)
{
    const DataSetReadResult read = DataSetReader().read({testing_support::shippedDataDir()});
    ASSERT_TRUE(read.ok());
    QTemporaryDir dir;
    const QString current = copyToTemp(dir, testing_support::shippedCatalogue(), QStringLiteral("current.sqlite"));
    {
        QString error;
        auto db = SqlDatabase::open(current, SqlDatabase::Mode::ReadOnly, &error);
        ASSERT_NE(db, nullptr) << error.toStdString();
        for (const QString &key : {QStringLiteral("jan"), QStringLiteral("code")}) {
            QSqlQuery *q = db->run(QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"),
                                   {QVariant(QStringLiteral("variants_by_") + key)});
            ASSERT_NE(q, nullptr);
            QStringList columns;
            while (q->next())
                columns << q->value(0).toString();
            q->finish();
            EXPECT_EQ(columns, QStringList({key, QStringLiteral("product_id"), QStringLiteral("ordinal")}));
        }
    }
    const QString older = copyToTemp(dir, current, QStringLiteral("older.sqlite"));
    testing_support::runSql(older, QStringLiteral("DROP INDEX variants_by_jan"));
    testing_support::runSql(older, QStringLiteral("DROP INDEX variants_by_code"));

    for (const QString &path : {current, older}) {
        SCOPED_TRACE(path.toStdString());
        auto c = Catalogue::open(path);
        ASSERT_TRUE(c.ok());
        int found = 0;
        for (const Product &p : read.data.products) {
            for (std::size_t i = 0; i < p.variants.size(); ++i) {
                const Variant &v = p.variants[i];
                for (const QString &key : {v.jan, v.code}) {
                    if (key.isEmpty())
                        continue;
                    SCOPED_TRACE(key.toStdString());
                    auto match = key == v.jan ? (*c)->productByJan(key) : (*c)->productByVariantCode(key);
                    ASSERT_TRUE(match.ok());
                    ASSERT_TRUE(match->has_value());
                    EXPECT_EQ((*match)->product.model, p.model);
                    EXPECT_EQ((*match)->variantIndex, int(i));
                    ++found;
                }
            }
        }
        EXPECT_GT(found, 10);
        auto unknownJan = (*c)->productByJan(QStringLiteral("4900000000003"));
        auto unknownCode = (*c)->productByVariantCode(QStringLiteral("Z9999000"));
        ASSERT_TRUE(unknownJan.ok() && unknownCode.ok());
        EXPECT_FALSE(unknownJan->has_value());
        EXPECT_FALSE(unknownCode->has_value());
    }
}

namespace {
// Whether SQLite gives each row of the table a rowid (a WITHOUT ROWID table has no rowid column to ask for).
bool hasRowids(const QString &path, const QString &table)
{
    QString error;
    auto db = SqlDatabase::open(path, SqlDatabase::Mode::ReadOnly, &error);
    if (!db) {
        ADD_FAILURE() << "cannot open " << path.toStdString() << ": " << error.toStdString();
        return false;
    }
    // The table's name comes from the test, never from input.
    return db->run(QStringLiteral("SELECT count(rowid) FROM ") + table) != nullptr;
}

// What a catalogue tells of its campaigns: the list, each product's campaigns and a search's summaries.
QStringList campaignReadings(Catalogue &c, const DataSet &data)
{
    QStringList read;
    auto all = c.campaigns();
    if (!all.ok())
        return {QStringLiteral("campaigns() failed")};
    for (const Campaign &campaign : *all)
        read << campaign.id + u' ' + campaign.announced.toString(Qt::ISODate) + u' '
                    + QString::fromUtf8(QJsonDocument(campaign.record).toJson(QJsonDocument::Compact));
    for (const Product &p : data.products) {
        auto theirs = c.campaignsFor(p.model);
        if (!theirs.ok())
            return {QStringLiteral("campaignsFor() failed")};
        for (const ProductCampaign &pc : *theirs)
            read << p.model + u' ' + pc.campaign.id + u' ' + coverageKey(pc.entry().coverage);
    }
    SearchEngine engine(c);
    auto found = engine.search(QStringLiteral("anker"), 50);
    if (!found.ok())
        return {QStringLiteral("search failed")};
    for (const SearchResult &r : found->results)
        read << r.model + u' ' + r.campaigns.join(u',');
    return read;
}
} // namespace

// The tables whose rows hold documents (campaigns, their records, photos) have rowids, so that finding one
// row does not read the overflow pages of the others (CatalogueSchema). A catalogue written before, without
// rowids there, reads the same.
TEST(Catalogue, DocumentTablesHaveRowidsAndOlderCataloguesWithoutThemReadTheSame)
{
    const DataSetReadResult read = DataSetReader().read({testing_support::shippedDataDir()});
    ASSERT_TRUE(read.ok());
    QTemporaryDir dir;
    const QString current = copyToTemp(dir, testing_support::shippedCatalogue(), QStringLiteral("current.sqlite"));
    const QByteArray photoBytes(5000, 'p'); // the shipped data has no photos: one bigger than a page
    testing_support::runSql(current, QStringLiteral("INSERT INTO photos VALUES('x.png', ?)"), {photoBytes});
    const QString older = copyToTemp(dir, current, QStringLiteral("older.sqlite"));
    const QStringList tables{QStringLiteral("campaigns"), QStringLiteral("campaign_records"),
                             QStringLiteral("photos")};
    const QStringList olderTables{
        QStringLiteral("CREATE TABLE old_campaigns(id TEXT PRIMARY KEY, announced TEXT NOT NULL, official_url TEXT, "
                       "doc TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE old_campaign_records(id TEXT PRIMARY KEY, record BLOB NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE old_photos(name TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID")};
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QString &table = tables.at(i);
        EXPECT_TRUE(hasRowids(current, table)) << table.toStdString();
        testing_support::runSql(older, olderTables.at(i));
        testing_support::runSql(older, QStringLiteral("INSERT INTO old_%1 SELECT * FROM %1").arg(table));
        testing_support::runSql(older, QStringLiteral("DROP TABLE %1").arg(table));
        testing_support::runSql(older, QStringLiteral("ALTER TABLE old_%1 RENAME TO %1").arg(table));
        EXPECT_FALSE(hasRowids(older, table)) << table.toStdString();
    }

    auto now = Catalogue::open(current);
    auto before = Catalogue::open(older);
    ASSERT_TRUE(now.ok() && before.ok());
    const QStringList readNow = campaignReadings(**now, read.data);
    EXPECT_EQ(readNow, campaignReadings(**before, read.data));
    EXPECT_GT(readNow.size(), int(read.data.campaigns.size() + read.data.products.size()));
    for (auto *c : {&*now, &*before}) {
        auto photo = (**c).photo(QStringLiteral("x.png"));
        ASSERT_TRUE(photo.ok());
        EXPECT_EQ(*photo, photoBytes);
    }
}

namespace {
// Whether this process maps `path` into its memory (Linux: /proc/self/maps names each mapped file).
bool mapsFile(const QString &path)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains(path.toUtf8());
}
} // namespace

// A connection that copies pages reads exactly what a mapped one reads, and does not map the file.
TEST(Catalogue, ReadsTheSameWhetherItsPagesAreMappedOrCopied)
{
    const DataSetReadResult read = DataSetReader().read({testing_support::shippedDataDir()});
    ASSERT_TRUE(read.ok());
    QTemporaryDir dir;
    const QString mappedPath =
        copyToTemp(dir, testing_support::shippedCatalogue(), QStringLiteral("mapped.sqlite"));
    const QString copiedPath =
        copyToTemp(dir, testing_support::shippedCatalogue(), QStringLiteral("copied.sqlite"));
    auto mapped = Catalogue::open(mappedPath, PageAccess::Mapped);
    auto copied = Catalogue::open(copiedPath, PageAccess::Copied);
    ASSERT_TRUE(mapped.ok() && copied.ok());

    for (const Product &p : read.data.products) {
        SCOPED_TRACE(p.model.toStdString());
        auto a = (*mapped)->productByModel(p.model);
        auto b = (*copied)->productByModel(p.model);
        ASSERT_TRUE(a.ok() && b.ok() && a->has_value() && b->has_value());
        EXPECT_EQ((*b)->product.name.en, (*a)->product.name.en);
        EXPECT_EQ((*b)->product.variants.size(), (*a)->product.variants.size());
        auto campaignsA = (*mapped)->campaignsFor(p.model);
        auto campaignsB = (*copied)->campaignsFor(p.model);
        ASSERT_TRUE(campaignsA.ok() && campaignsB.ok());
        ASSERT_EQ(campaignsB->size(), campaignsA->size());
        for (std::size_t i = 0; i < campaignsA->size(); ++i)
            EXPECT_EQ((*campaignsB)[i].campaign.id, (*campaignsA)[i].campaign.id);
    }
    SearchEngine searchMapped(**mapped);
    SearchEngine searchCopied(**copied);
    int results = 0;
    for (const QString &query :
         {QStringLiteral("powercore"), QStringLiteral("サウンドコア"), QStringLiteral("a31"),
          QStringLiteral("白"), QStringLiteral("speaker black")}) {
        SCOPED_TRACE(query.toStdString());
        auto a = searchMapped.search(query, 50);
        auto b = searchCopied.search(query, 50);
        ASSERT_TRUE(a.ok() && b.ok());
        QStringList modelsA, modelsB;
        for (const SearchResult &r : a->results)
            modelsA << r.model;
        for (const SearchResult &r : b->results)
            modelsB << r.model;
        EXPECT_EQ(modelsB, modelsA);
        results += int(modelsA.size());
    }
    EXPECT_GT(results, 5);

#ifdef Q_OS_LINUX
    EXPECT_TRUE(mapsFile(mappedPath));
    EXPECT_FALSE(mapsFile(copiedPath));
#endif
}

// A product's record and the catalogue's variants table are stored apart: an ordinal the record does not reach
// (a damaged catalogue) names no variant rather than reading past the list.
TEST(ProductMatch, AVariantPastTheRecordsListIsNone)
{
    ProductMatch match;
    match.product.variants.resize(2);
    match.variantIndex = 1;
    EXPECT_EQ(match.variant(), &match.product.variants[1]);
    match.variantIndex = 2;
    EXPECT_EQ(match.variant(), nullptr);
    match.variantIndex = -1;
    EXPECT_EQ(match.variant(), nullptr);
}
