#include "ProductRecord.h"

#include "Catalogue.h"
#include "CatalogueWriter.h"
#include "DataSetReader.h"
#include "RecordFixtures.h"
#include "TestSupport.h"

#include <QHashSeed>
#include <gtest/gtest.h>

using namespace recall;

namespace {

// Every field of a product, written out by hand (not by the codec under test), so a field the codec drops or
// mixes up shows as a difference.
QStringList fieldsOf(const Product &p)
{
    QStringList out;
    const auto add = [&](const QString &name, const QString &value) { out << name + u'=' + value; };
    const auto addList = [&](const QString &name, const QStringList &values) {
        add(name, QString::number(values.size()) + u':' + values.join(u'|'));
    };
    const auto addCitations = [&](const QString &name, const Citations &c) {
        addList(name + QStringLiteral(".record"), c.record);
        QStringList fields = c.byField.keys();
        fields.sort();
        for (const QString &field : std::as_const(fields))
            addList(name + QStringLiteral(".byField.") + field, c.byField.value(field));
    };
    add(QStringLiteral("model"), p.model);
    add(QStringLiteral("brand"), p.brand);
    add(QStringLiteral("name.ja"), p.name.ja);
    add(QStringLiteral("name.en"), p.name.en);
    add(QStringLiteral("reading"), p.reading);
    addList(QStringLiteral("aliases"), p.aliases);
    add(QStringLiteral("category"), p.categoryId);
    add(QStringLiteral("illustration"), p.illustration);
    for (std::size_t i = 0; i < p.variants.size(); ++i) {
        const Variant &v = p.variants[i];
        const QString at = QStringLiteral("variants[%1].").arg(i);
        add(at + QStringLiteral("code"), v.code);
        add(at + QStringLiteral("jan"), v.jan);
        add(at + QStringLiteral("colour"), v.colourId);
        add(at + QStringLiteral("photo"), v.photo);
        add(at + QStringLiteral("photoCredit"), v.photoCredit);
        addCitations(at + QStringLiteral("cite"), v.cite);
    }
    for (std::size_t i = 0; i < p.notes.size(); ++i) {
        const Note &n = p.notes[i];
        const QString at = QStringLiteral("notes[%1].").arg(i);
        add(at + QStringLiteral("id"), n.id);
        add(at + QStringLiteral("about"), n.about);
        add(at + QStringLiteral("text.ja"), n.text.ja);
        add(at + QStringLiteral("text.en"), n.text.en);
        addList(at + QStringLiteral("sources"), n.sources);
    }
    addCitations(QStringLiteral("cite"), p.cite);
    return out;
}

// A product with every field given, several values in each list, and text outside the BMP.
Product everyFieldProduct()
{
    Product p;
    p.model = QStringLiteral("A1263");
    p.brand = QStringLiteral("Anker");
    p.name = {QStringLiteral("モバイルバッテリー 𠮷"), QStringLiteral("Power bank")};
    p.reading = QStringLiteral("アンカー");
    p.aliases = {QStringLiteral("PowerCore 10000"), QStringLiteral("パワーコア")};
    p.categoryId = QStringLiteral("mobile_battery");
    p.illustration = QStringLiteral("power_bank");
    Variant black;
    black.code = QStringLiteral("A1263011");
    black.jan = QStringLiteral("4589471651234");
    black.colourId = QStringLiteral("black");
    black.photo = QStringLiteral("a1263.png");
    black.photoCredit = QStringLiteral("Photo: Anker");
    black.cite.record = {QStringLiteral("S1"), QStringLiteral("S2")};
    black.cite.byField.insert(QStringLiteral("jan"), {QStringLiteral("S3")});
    black.cite.byField.insert(QStringLiteral("code"), {QStringLiteral("S4"), QStringLiteral("S5")});
    Variant white;
    white.colourId = QStringLiteral("white");
    white.cite.record = {QStringLiteral("S1")};
    p.variants = {black, white};
    p.notes = {Note{QStringLiteral("n1"),
                    QStringLiteral("jan"),
                    {QStringLiteral("注記"), QStringLiteral("Note")},
                    {QStringLiteral("S2")}},
               Note{QStringLiteral("n2"), QString(), {}, {}}};
    p.cite.record = {QStringLiteral("S1")};
    p.cite.byField.insert(QStringLiteral("name"), {QStringLiteral("S6")});
    return p;
}

// What a check reads of `p` (its model and its variants' codes, JANs and colours), every other field empty.
Product checkedPartOf(const Product &p)
{
    Product checked;
    checked.model = p.model;
    for (const Variant &v : p.variants) {
        Variant kept;
        kept.code = v.code;
        kept.jan = v.jan;
        kept.colourId = v.colourId;
        checked.variants.push_back(kept);
    }
    return checked;
}

// A copy of the catalogue at `path` in which the first product has the second one's record in `table`.
QString withFirstRecordSwapped(const QTemporaryDir &dir, const QString &path, const QString &table)
{
    const QString swapped = testing_support::copyToTemp(dir, path, table + QStringLiteral("-swapped.sqlite"));
    testing_support::runSql(
        swapped, QStringLiteral("UPDATE %1 SET record = (SELECT record FROM %1 WHERE id = 2) WHERE id = 1").arg(table));
    return swapped;
}

std::vector<Product> shippedProducts()
{
    const DataSetReadResult read = DataSetReader().read({testing_support::shippedDataDir()});
    EXPECT_TRUE(read.ok());
    return read.data.products;
}

// Each product of the catalogue at `path` (by the models given), as the catalogue reads it.
std::vector<QStringList> readBack(const QString &path, const std::vector<Product> &products)
{
    std::vector<QStringList> read;
    auto catalogue = Catalogue::open(path);
    EXPECT_TRUE(catalogue.ok());
    if (!catalogue.ok())
        return read;
    for (const Product &p : products) {
        auto found = (*catalogue)->productByModel(p.model);
        EXPECT_TRUE(found.ok() && found->has_value()) << p.model.toStdString();
        read.push_back(found.ok() && found->has_value() ? fieldsOf((*found)->product) : QStringList());
    }
    return read;
}

} // namespace

TEST(ProductRecord, EveryFieldReadsBackAsWritten)
{
    const Product p = everyFieldProduct();
    const std::optional<Product> back = ProductRecord::decode(ProductRecord::encode(p));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(fieldsOf(*back), fieldsOf(p));
    EXPECT_EQ(back->name.ja, QStringLiteral("モバイルバッテリー 𠮷"));

    const std::optional<Product> empty = ProductRecord::decode(ProductRecord::encode(Product()));
    ASSERT_TRUE(empty.has_value());
    EXPECT_EQ(fieldsOf(*empty), fieldsOf(Product()));
}

TEST(ProductRecord, EveryShippedProductReadsBackAsWritten)
{
    const std::vector<Product> products = shippedProducts();
    ASSERT_GE(products.size(), 4u);
    for (const Product &p : products) {
        const std::optional<Product> back = ProductRecord::decode(ProductRecord::encode(p));
        ASSERT_TRUE(back.has_value()) << p.model.toStdString();
        EXPECT_EQ(fieldsOf(*back), fieldsOf(p));
    }
}

// The writer's output must not depend on the order a hash keeps its keys in, which changes with the hash seed
// from one run to the next.
TEST(ProductRecord, TheSameProductAlwaysGivesTheSameBytes)
{
    const auto withCitedFields = [] {
        Product p = everyFieldProduct();
        p.cite.byField.clear();
        for (int i = 0; i < 20; ++i)
            p.cite.byField.insert(QStringLiteral("field%1").arg(i), {QStringLiteral("S%1").arg(i)});
        return p;
    };
    QHashSeed::setDeterministicGlobalSeed();
    const Product a = withCitedFields();
    Product b;
    for (int attempt = 0;
         attempt < 10 && (b.cite.byField.isEmpty() || b.cite.byField.keys() == a.cite.byField.keys());
         ++attempt) {
        QHashSeed::resetRandomGlobalSeed();
        b = withCitedFields();
    }
    QHashSeed::resetRandomGlobalSeed();
    ASSERT_NE(a.cite.byField.keys(), b.cite.byField.keys()) << "no seed gave the keys another order";
    EXPECT_EQ(ProductRecord::encode(a), ProductRecord::encode(b));
}

TEST(ProductRecord, DamagedBytesAreRefusedNotMisread)
{
    const QByteArray good = ProductRecord::encode(everyFieldProduct());
    record_fixtures::expectEdgeDamageRefused(good, ProductRecord::decode);

    // Any one byte changed: read or refused, never a crash (the sanitizers watch this).
    for (qsizetype i = 0; i < good.size(); ++i) {
        QByteArray flipped = good;
        flipped[i] = char(flipped[i] ^ 0x5A);
        (void)ProductRecord::decode(flipped);
    }
}

// The catalogue reads a product from its compact record when it can, and otherwise from its JSON record, with
// the same result either way.
TEST(ProductRecord, TheCatalogueReadsTheSameProductFromEitherRecord)
{
    const DataSetReadResult read = DataSetReader().read({testing_support::shippedDataDir()});
    ASSERT_TRUE(read.ok());
    const std::vector<Product> &products = read.data.products;
    QTemporaryDir dir;
    const QString written = dir.filePath(QStringLiteral("c.sqlite"));
    ASSERT_EQ(CatalogueWriter().write(read.data, written), QString());

    std::vector<QStringList> expected;
    for (const Product &p : products)
        expected.push_back(fieldsOf(p));
    EXPECT_EQ(readBack(written, products), expected);

    // A catalogue written before the table existed.
    const QString withoutRecords =
        testing_support::copyToTemp(dir, written, QStringLiteral("without.sqlite"));
    testing_support::runSql(withoutRecords, QStringLiteral("DROP TABLE product_records"));
    EXPECT_EQ(readBack(withoutRecords, products), expected);

    // Records that cannot be read: the JSON is read instead.
    const QString damaged = testing_support::copyToTemp(dir, written, QStringLiteral("damaged.sqlite"));
    testing_support::runSql(damaged, QStringLiteral("UPDATE product_records SET record = substr(record, 1, 7)"));
    EXPECT_EQ(readBack(damaged, products), expected);

    // The compact record is what is read when it can be: give the first product the second one's record.
    auto catalogue = Catalogue::open(withFirstRecordSwapped(dir, written, QStringLiteral("product_records")));
    ASSERT_TRUE(catalogue.ok());
    auto first = (*catalogue)->productById(1);
    auto second = (*catalogue)->productById(2);
    ASSERT_TRUE(first.ok() && first->has_value() && second.ok() && second->has_value());
    EXPECT_EQ(fieldsOf((*first)->product), fieldsOf((*second)->product));
}

TEST(ProductRecord, ACheckRecordHoldsWhatACheckReadsAndNothingElse)
{
    const Product p = everyFieldProduct();
    const std::optional<Product> back = ProductRecord::decodeForCheck(ProductRecord::encodeForCheck(p));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(fieldsOf(*back), fieldsOf(checkedPartOf(p)));
    EXPECT_EQ(back->variants.at(0).jan, QStringLiteral("4589471651234"));

    const std::vector<Product> products = shippedProducts();
    ASSERT_GE(products.size(), 4u);
    for (const Product &shipped : products) {
        const QByteArray check = ProductRecord::encodeForCheck(shipped);
        const std::optional<Product> read = ProductRecord::decodeForCheck(check);
        ASSERT_TRUE(read.has_value()) << shipped.model.toStdString();
        EXPECT_EQ(fieldsOf(*read), fieldsOf(checkedPartOf(shipped)));
        EXPECT_LT(check.size(), ProductRecord::encode(shipped).size()) << shipped.model.toStdString();
        // Neither kind of record is read as the other.
        EXPECT_FALSE(ProductRecord::decode(check).has_value()) << shipped.model.toStdString();
        EXPECT_FALSE(ProductRecord::decodeForCheck(ProductRecord::encode(shipped)).has_value());
    }
}

TEST(ProductRecord, DamagedCheckRecordsAreRefused)
{
    record_fixtures::expectEdgeDamageRefused(ProductRecord::encodeForCheck(everyFieldProduct()),
                                            ProductRecord::decodeForCheck);
}

// A lookup for a check reads the product's check record when the catalogue has a readable one, and otherwise
// the whole product; a lookup of the whole product never reads the check record.
TEST(ProductRecord, ALookupForACheckReadsTheCheckRecord)
{
    const std::vector<Product> products = shippedProducts();
    ASSERT_GE(products.size(), 4u);
    QTemporaryDir dir;
    const QString written = dir.filePath(QStringLiteral("c.sqlite"));
    {
        const DataSetReadResult read = DataSetReader().read({testing_support::shippedDataDir()});
        ASSERT_TRUE(read.ok());
        ASSERT_EQ(CatalogueWriter().write(read.data, written), QString());
    }
    // Each product by its model and by each of its variants' JAN and code: what the lookup read, and whether it
    // found the same row and variant as a lookup of the whole product.
    const auto lookups = [&products](const QString &path, ProductDetail detail) {
        std::vector<QStringList> read;
        auto opened = Catalogue::open(path);
        EXPECT_TRUE(opened.ok());
        if (!opened.ok())
            return read;
        Catalogue &catalogue = **opened;
        const auto add = [&](const QString &key, auto found, auto whole) {
            EXPECT_TRUE(found.ok() && found->has_value() && whole.ok() && whole->has_value()) << key.toStdString();
            if (!found.ok() || !found->has_value() || !whole.ok() || !whole->has_value())
                return;
            EXPECT_EQ((*found)->productId, (*whole)->productId) << key.toStdString();
            EXPECT_EQ((*found)->variantIndex, (*whole)->variantIndex) << key.toStdString();
            read.push_back(fieldsOf((*found)->product));
        };
        for (const Product &p : products) {
            add(p.model, catalogue.productByModel(p.model, detail), catalogue.productByModel(p.model));
            for (const Variant &v : p.variants) {
                if (!v.jan.isEmpty())
                    add(v.jan, catalogue.productByJan(v.jan, detail), catalogue.productByJan(v.jan));
                if (!v.code.isEmpty())
                    add(v.code, catalogue.productByVariantCode(v.code, detail), catalogue.productByVariantCode(v.code));
            }
        }
        return read;
    };
    std::vector<QStringList> whole;
    std::vector<QStringList> checked;
    for (const Product &p : products) {
        whole.push_back(fieldsOf(p));
        checked.push_back(fieldsOf(checkedPartOf(p)));
        for (const Variant &v : p.variants) {
            for (const bool given : {!v.jan.isEmpty(), !v.code.isEmpty()}) {
                if (given) {
                    whole.push_back(fieldsOf(p));
                    checked.push_back(fieldsOf(checkedPartOf(p)));
                }
            }
        }
    }
    ASSERT_GT(whole.size(), products.size()); // variants with a JAN or a code were looked up too
    EXPECT_EQ(lookups(written, ProductDetail::Full), whole);
    EXPECT_EQ(lookups(written, ProductDetail::ForCheck), checked);

    // A catalogue written before the table existed, and one whose check records cannot be read: the whole
    // product, which has all a check reads.
    const QString without = testing_support::copyToTemp(dir, written, QStringLiteral("without.sqlite"));
    testing_support::runSql(without, QStringLiteral("DROP TABLE product_check_records"));
    EXPECT_EQ(lookups(without, ProductDetail::ForCheck), whole);
    const QString damaged = testing_support::copyToTemp(dir, written, QStringLiteral("damaged.sqlite"));
    testing_support::runSql(damaged, QStringLiteral("UPDATE product_check_records SET record = substr(record, 1, 3)"));
    EXPECT_EQ(lookups(damaged, ProductDetail::ForCheck), whole);

    // The check record is what is read: give the first product the second one's.
    auto catalogue = Catalogue::open(withFirstRecordSwapped(dir, written, QStringLiteral("product_check_records")));
    ASSERT_TRUE(catalogue.ok());
    auto first = (*catalogue)->productById(1);
    auto second = (*catalogue)->productById(2);
    ASSERT_TRUE(first.ok() && first->has_value() && second.ok() && second->has_value());
    auto forCheck = (*catalogue)->productByModel((*first)->product.model, ProductDetail::ForCheck);
    ASSERT_TRUE(forCheck.ok() && forCheck->has_value());
    EXPECT_EQ(forCheck->value().product.model, (*second)->product.model);
    auto wholeAgain = (*catalogue)->productByModel((*first)->product.model);
    ASSERT_TRUE(wholeAgain.ok() && wholeAgain->has_value());
    EXPECT_EQ(fieldsOf(wholeAgain->value().product), fieldsOf((*first)->product));
}
