#include "CampaignRecord.h"

#include "Catalogue.h"
#include "CatalogueWriter.h"
#include "DataSetReader.h"
#include "RecordFixtures.h"
#include "TestSupport.h"

#include <QtEndian>
#include <gtest/gtest.h>

using namespace recall;

namespace {

// Every field of a campaign, written out by hand (not by the codec under test), so a field the codec drops or
// mixes up shows as a difference.
class CampaignFields
{
public:
    QStringList of(const Campaign &c)
    {
        m_out.clear();
        add(QStringLiteral("id"), c.id);
        localized(QStringLiteral("manufacturer"), c.manufacturer);
        add(QStringLiteral("market"), c.market);
        date(QStringLiteral("announced"), c.announced);
        add(QStringLiteral("kind"), c.kind);
        localized(QStringLiteral("title"), c.title);
        localized(QStringLiteral("hazard"), c.hazard);
        localized(QStringLiteral("cause"), c.cause);
        localized(QStringLiteral("background"), c.background);
        localized(QStringLiteral("salesChannels"), c.salesChannels);
        list(QStringLiteral("remedy"), c.remedy);
        add(QStringLiteral("officialUrl"), c.officialUrl);
        add(QStringLiteral("phone"), c.phone ? QStringLiteral("yes") : QStringLiteral("no"));
        if (c.phone) {
            add(QStringLiteral("phone.number"), c.phone->number);
            localized(QStringLiteral("phone.hours"), c.phone->hours);
        }
        add(QStringLiteral("purchaseCutoff"),
            c.purchaseCutoff ? c.purchaseCutoff->toString(Qt::ISODate) : QStringLiteral("none"));
        add(QStringLiteral("approxTotalUnits"),
            c.approxTotalUnits ? QString::number(*c.approxTotalUnits) : QStringLiteral("none"));
        for (std::size_t i = 0; i < c.collected.size(); ++i) {
            const CollectedEntry &e = c.collected[i];
            const QString at = QStringLiteral("collected[%1].").arg(i);
            date(at + QStringLiteral("asOf"), e.asOf);
            add(at + QStringLiteral("category"), e.categoryId);
            add(at + QStringLiteral("approxUnits"), QString::number(e.approxUnits));
            list(at + QStringLiteral("sources"), e.sources);
        }
        for (std::size_t i = 0; i < c.steps.size(); ++i) {
            const QString at = QStringLiteral("steps[%1].").arg(i);
            add(at + QStringLiteral("id"), c.steps[i].id);
            localized(at + QStringLiteral("text"), c.steps[i].text);
            list(at + QStringLiteral("sources"), c.steps[i].sources);
        }
        notes(QStringLiteral("notes"), c.notes);
        for (std::size_t i = 0; i < c.products.size(); ++i)
            product(QStringLiteral("products[%1].").arg(i), c.products[i]);
        citations(QStringLiteral("cite"), c.cite);
        add(QStringLiteral("counts"), QStringLiteral("%1 %2 %3 %4")
                                          .arg(c.collected.size())
                                          .arg(c.steps.size())
                                          .arg(c.notes.size())
                                          .arg(c.products.size()));
        return m_out;
    }

private:
    void add(const QString &name, const QString &value) { m_out << name + u'=' + value; }
    void list(const QString &name, const QStringList &values)
    {
        add(name, QString::number(values.size()) + u':' + values.join(u'|'));
    }
    void localized(const QString &name, const LocalizedText &t)
    {
        add(name + QStringLiteral(".ja"), t.ja);
        add(name + QStringLiteral(".en"), t.en);
    }
    void date(const QString &name, const QDate &d)
    {
        add(name, d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("invalid"));
    }
    void citations(const QString &name, const Citations &c)
    {
        list(name + QStringLiteral(".record"), c.record);
        QStringList fields = c.byField.keys();
        fields.sort();
        for (const QString &field : std::as_const(fields))
            list(name + QStringLiteral(".byField.") + field, c.byField.value(field));
    }
    void notes(const QString &name, const std::vector<Note> &notes)
    {
        add(name, QString::number(notes.size()));
        for (std::size_t i = 0; i < notes.size(); ++i) {
            const QString at = name + QStringLiteral("[%1].").arg(i);
            add(at + QStringLiteral("id"), notes[i].id);
            add(at + QStringLiteral("about"), notes[i].about);
            localized(at + QStringLiteral("text"), notes[i].text);
            list(at + QStringLiteral("sources"), notes[i].sources);
        }
    }
    void product(const QString &at, const CampaignProduct &p)
    {
        add(at + QStringLiteral("model"), p.model);
        add(at + QStringLiteral("saleStart"),
            p.saleStart ? p.saleStart->toString(Qt::ISODate) : QStringLiteral("none"));
        add(at + QStringLiteral("saleEnd"),
            p.saleEnd ? p.saleEnd->toString(Qt::ISODate) : QStringLiteral("none"));
        add(at + QStringLiteral("alternatives"), QString::number(p.saleStartAlternatives.size()));
        for (std::size_t i = 0; i < p.saleStartAlternatives.size(); ++i) {
            const DateAlternative &a = p.saleStartAlternatives[i];
            const QString alt = at + QStringLiteral("alternatives[%1].").arg(i);
            date(alt + QStringLiteral("date"), a.date);
            list(alt + QStringLiteral("sources"), a.sources);
            add(alt + QStringLiteral("note"), a.noteId);
        }
        add(at + QStringLiteral("units"), p.units ? QString::number(*p.units) : QStringLiteral("none"));
        add(at + QStringLiteral("coverage"), QString::number(int(p.coverage)));
        list(at + QStringLiteral("excludedColours"), p.excludedColours);
        localized(at + QStringLiteral("serialLocation"), p.serialLocation);
        add(at + QStringLiteral("replacement"), p.replacement ? QStringLiteral("yes") : QStringLiteral("no"));
        if (p.replacement) {
            localized(at + QStringLiteral("replacement.name"), p.replacement->name);
            add(at + QStringLiteral("replacement.model"), p.replacement->model);
            localized(at + QStringLiteral("replacement.notes"), p.replacement->notes);
            citations(at + QStringLiteral("replacement.cite"), p.replacement->cite);
        }
        add(at + QStringLiteral("progress"), QString::number(p.progress.size()));
        for (std::size_t i = 0; i < p.progress.size(); ++i) {
            const QString entry = at + QStringLiteral("progress[%1].").arg(i);
            date(entry + QStringLiteral("asOf"), p.progress[i].asOf);
            add(entry + QStringLiteral("rate"), QString::number(p.progress[i].ratePercent, 'g', 17));
            list(entry + QStringLiteral("sources"), p.progress[i].sources);
        }
        notes(at + QStringLiteral("notes"), p.notes);
        citations(at + QStringLiteral("cite"), p.cite);
    }

    QStringList m_out;
};

QStringList fieldsOf(const Campaign &c)
{
    return CampaignFields().of(c);
}

// A campaign with every field given (optional ones too), several values in each list, and text outside the
// BMP; its second product leaves every optional field out.
Campaign everyFieldCampaign()
{
    Campaign c;
    c.id = QStringLiteral("JP-2025-10");
    c.manufacturer = {QStringLiteral("アンカー・ジャパン 𠮷"), QStringLiteral("Anker Japan")};
    c.market = QStringLiteral("JP");
    c.announced = QDate(2025, 10, 21);
    c.kind = QStringLiteral("voluntary_recall");
    c.title = {QStringLiteral("自主回収"), QStringLiteral("Voluntary recall")};
    c.hazard = {QStringLiteral("発火"), QStringLiteral("Fire")};
    c.cause = {QStringLiteral("異物"), QStringLiteral("Foreign matter")};
    c.background = {QStringLiteral("背景"), QStringLiteral("Background")};
    c.salesChannels = {QStringLiteral("店頭"), QStringLiteral("Shops")};
    c.remedy = {QStringLiteral("exchange"), QStringLiteral("refund")};
    c.officialUrl = QStringLiteral("https://example.invalid/recall");
    c.phone = Phone{QStringLiteral("0120-000-000"),
                    {QStringLiteral("平日9時から"), QStringLiteral("Weekdays from 9")}};
    c.purchaseCutoff = QDate(2025, 6, 30);
    c.approxTotalUnits = 520000;
    c.collected = {
        CollectedEntry{QDate(2025, 11, 30), QStringLiteral("mobile_battery"), 123456, {QStringLiteral("S1")}},
        CollectedEntry{QDate(), QString(), -1, {}}};
    c.steps = {Step{QStringLiteral("stop"),
                    {QStringLiteral("止める"), QStringLiteral("Stop")},
                    {QStringLiteral("S1")}},
               Step{QStringLiteral("apply"), {}, {}}};
    c.notes = {
        Note{QStringLiteral("n1"), QStringLiteral("units"), {QStringLiteral("注"), QStringLiteral("N")}, {}}};
    CampaignProduct full;
    full.model = QStringLiteral("A1263");
    full.saleStart = QDate(2023, 1, 2);
    full.saleEnd = QDate(2025, 9, 30);
    full.saleStartAlternatives = {
        DateAlternative{QDate(2022, 12, 1), {QStringLiteral("S2")}, QStringLiteral("n1")}};
    full.units = 8888;
    full.coverage = Coverage::AllUnits;
    full.excludedColours = {QStringLiteral("white"), QStringLiteral("blue")};
    full.serialLocation = {QStringLiteral("底面"), QStringLiteral("Underside")};
    Replacement replacement;
    replacement.name = {QStringLiteral("代替品"), QStringLiteral("Replacement")};
    replacement.model = QStringLiteral("A1388");
    replacement.notes = {QStringLiteral("色違い"), QStringLiteral("Other colour")};
    replacement.cite.record = {QStringLiteral("S3")};
    full.replacement = replacement;
    full.progress = {ProgressEntry{QDate(2025, 11, 30), 12.5, {QStringLiteral("S4")}},
                     ProgressEntry{QDate(2025, 12, 31), 0.1 + 0.2, {}}};
    full.notes = {Note{QStringLiteral("n2"), QString(), {}, {QStringLiteral("S5")}}};
    full.cite.record = {QStringLiteral("S1")};
    full.cite.byField.insert(QStringLiteral("units"), {QStringLiteral("S6"), QStringLiteral("S7")});
    CampaignProduct bare;
    bare.model = QStringLiteral("A3117");
    c.products = {full, bare};
    c.cite.record = {QStringLiteral("S1"), QStringLiteral("S2")};
    c.cite.byField.insert(QStringLiteral("phone"), {QStringLiteral("S8")});
    return c;
}

std::vector<Campaign> shippedCampaigns()
{
    const DataSetReadResult read = DataSetReader().read({testing_support::shippedDataDir()});
    EXPECT_TRUE(read.ok());
    return read.data.campaigns;
}

} // namespace

TEST(CampaignRecord, EveryFieldReadsBackAsWritten)
{
    const Campaign c = everyFieldCampaign();
    const std::optional<Campaign> back = CampaignRecord::decode(CampaignRecord::encode(c));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(fieldsOf(*back), fieldsOf(c));
    EXPECT_EQ(back->manufacturer.ja, QStringLiteral("アンカー・ジャパン 𠮷"));
    EXPECT_EQ(back->products.at(0).progress.at(1).ratePercent, 0.1 + 0.2); // every bit of a double

    const std::optional<Campaign> empty = CampaignRecord::decode(CampaignRecord::encode(Campaign()));
    ASSERT_TRUE(empty.has_value());
    EXPECT_EQ(fieldsOf(*empty), fieldsOf(Campaign()));
    EXPECT_FALSE(empty->announced.isValid());
}

TEST(CampaignRecord, EveryShippedCampaignReadsBackAsParsed)
{
    const std::vector<Campaign> campaigns = shippedCampaigns();
    ASSERT_GE(campaigns.size(), 3u);
    for (const Campaign &c : campaigns) {
        const std::optional<Campaign> back = CampaignRecord::decode(CampaignRecord::encode(c));
        ASSERT_TRUE(back.has_value()) << c.id.toStdString();
        EXPECT_EQ(fieldsOf(*back), fieldsOf(c));
    }
}

TEST(CampaignRecord, DamagedBytesAreRefusedNotMisread)
{
    const QByteArray good = CampaignRecord::encode(everyFieldCampaign());
    record_fixtures::expectEdgeDamageRefused(good, CampaignRecord::decode);

    // A campaign of one product with only its units: a coverage no Coverage has, and an optional's flag that
    // is neither 0 nor 1, are refused. After the product's coverage (4 bytes) come its excluded colours (4),
    // serial location (8), replacement flag (1), progress (4), notes (4) and citations (8), then the
    // campaign's citations (8); just before it are the flag of its units and their number (8).
    Campaign bare;
    bare.products.emplace_back().units = 5;
    const QByteArray small = CampaignRecord::encode(bare);
    const qsizetype coverageAt = small.size() - (4 + 8 + 1 + 4 + 4 + 8 + 8) - 4;
    ASSERT_EQ(qFromLittleEndian<quint32>(small.constData() + coverageAt), quint32(Coverage::SerialChecked));
    QByteArray badCoverage = small;
    qToLittleEndian(quint32(7), badCoverage.data() + coverageAt);
    EXPECT_FALSE(CampaignRecord::decode(badCoverage).has_value());
    QByteArray allUnits = small;
    qToLittleEndian(quint32(Coverage::AllUnits), allUnits.data() + coverageAt);
    ASSERT_TRUE(CampaignRecord::decode(allUnits).has_value());
    EXPECT_EQ(CampaignRecord::decode(allUnits)->products.at(0).coverage, Coverage::AllUnits);
    QByteArray badFlag = small;
    const qsizetype unitsFlagAt = coverageAt - 8 - 1;
    ASSERT_EQ(badFlag[unitsFlagAt], '\1');
    badFlag[unitsFlagAt] = '\2';
    EXPECT_FALSE(CampaignRecord::decode(badFlag).has_value());

    // Any one byte changed: read or refused, never a crash (the sanitizers watch this).
    for (qsizetype i = 0; i < good.size(); ++i) {
        QByteArray flipped = good;
        flipped[i] = char(flipped[i] ^ 0x5A);
        (void)CampaignRecord::decode(flipped);
    }
}

// The catalogue reads a campaign from its compact record when it can, and otherwise from its JSON record,
// with the same result either way: each product's share of its campaigns, and every campaign whole.
TEST(CampaignRecord, TheCatalogueReadsTheSameCampaignFromEitherRecord)
{
    const DataSetReadResult read = DataSetReader().read({testing_support::shippedDataDir()});
    ASSERT_TRUE(read.ok());
    QTemporaryDir dir;
    const QString written = dir.filePath(QStringLiteral("c.sqlite"));
    ASSERT_EQ(CatalogueWriter().write(read.data, written), QString());

    // Each product's campaigns as the catalogue at `path` reads them.
    const auto readBack = [&read](const QString &path) {
        std::vector<QStringList> all;
        auto catalogue = Catalogue::open(path);
        EXPECT_TRUE(catalogue.ok());
        if (!catalogue.ok())
            return all;
        for (const Product &p : read.data.products) {
            auto campaigns = (*catalogue)->campaignsFor(p.model);
            EXPECT_TRUE(campaigns.ok());
            if (campaigns.ok()) {
                for (const ProductCampaign &pc : *campaigns)
                    all.push_back(fieldsOf(pc.campaign));
            }
        }
        auto whole = (*catalogue)->campaigns();
        EXPECT_TRUE(whole.ok());
        if (whole.ok()) {
            for (const Campaign &c : *whole)
                all.push_back(fieldsOf(c));
        }
        return all;
    };
    // What the data set says: each campaign naming a product, newest first, reduced to that product.
    std::vector<QStringList> expected;
    for (const Product &p : read.data.products) {
        std::vector<Campaign> naming;
        for (const Campaign &c : read.data.campaigns) {
            Campaign reduced = c;
            reduced.products.clear();
            for (const CampaignProduct &cp : c.products) {
                if (cp.model == p.model)
                    reduced.products.push_back(cp);
            }
            if (!reduced.products.empty())
                naming.push_back(reduced);
        }
        std::sort(naming.begin(), naming.end(), [](const Campaign &a, const Campaign &b) {
            return a.announced != b.announced ? a.announced > b.announced : a.id < b.id;
        });
        for (const Campaign &c : naming)
            expected.push_back(fieldsOf(c));
    }
    // Then every campaign whole, newest first.
    std::vector<Campaign> newestFirst = read.data.campaigns;
    std::sort(newestFirst.begin(), newestFirst.end(), [](const Campaign &a, const Campaign &b) {
        return a.announced != b.announced ? a.announced > b.announced : a.id < b.id;
    });
    for (const Campaign &c : newestFirst)
        expected.push_back(fieldsOf(c));
    ASSERT_GE(expected.size(), 10u);
    EXPECT_EQ(readBack(written), expected);

    // A catalogue written before the table existed.
    const QString withoutRecords =
        testing_support::copyToTemp(dir, written, QStringLiteral("without.sqlite"));
    testing_support::runSql(withoutRecords, QStringLiteral("DROP TABLE campaign_records"));
    EXPECT_EQ(readBack(withoutRecords), expected);

    // Records that cannot be read: the JSON is read instead.
    const QString damaged = testing_support::copyToTemp(dir, written, QStringLiteral("damaged.sqlite"));
    testing_support::runSql(damaged,
                            QStringLiteral("UPDATE campaign_records SET record = substr(record, 1, 7)"));
    EXPECT_EQ(readBack(damaged), expected);

    // The compact record is what is read when it can be: give every campaign the newest one's record.
    const QString swapped = testing_support::copyToTemp(dir, written, QStringLiteral("swapped.sqlite"));
    testing_support::runSql(swapped,
                            QStringLiteral("UPDATE campaign_records SET record = (SELECT r.record FROM "
                                           "campaign_records r JOIN campaigns c ON c.id = r.id "
                                           "ORDER BY c.announced DESC LIMIT 1)"));
    auto catalogue = Catalogue::open(swapped);
    ASSERT_TRUE(catalogue.ok());
    const QString newest =
        std::max_element(read.data.campaigns.begin(), read.data.campaigns.end(),
                         [](const Campaign &a, const Campaign &b) { return a.announced < b.announced; })
            ->id;
    int shown = 0;
    for (const Product &p : read.data.products) {
        auto campaigns = (*catalogue)->campaignsFor(p.model);
        ASSERT_TRUE(campaigns.ok());
        for (const ProductCampaign &pc : *campaigns) {
            EXPECT_EQ(pc.campaign.id, newest);
            ++shown;
        }
    }
    EXPECT_GT(shown, 0);
}
