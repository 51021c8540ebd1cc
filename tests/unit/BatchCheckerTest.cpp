// The batch checker (files and the scanner flow) and the result CSV, against the fixture catalogue.
#include "BatchChecker.h"

#include "BatchSession.h"
#include "Clock.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "DataSetReader.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <atomic>
#include <gtest/gtest.h>

using namespace recall;

namespace {

class Batch : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // Invented affected-serial lists: A1263 in JP-2025-10 (complete), A1257 in JP-2025-06 (partial).
        auto opened = Catalogue::open(testing_support::fixtureCatalogue());
        ASSERT_TRUE(opened.ok());
        s_catalogue = std::move(*opened).release();
    }
    static void TearDownTestSuite()
    {
        delete s_catalogue;
        s_catalogue = nullptr;
    }

    static CsvTable table(const QString &csv)
    {
        auto t = CsvReader::read(csv.toUtf8());
        EXPECT_TRUE(t.ok());
        return t.ok() ? *t : CsvTable{};
    }

    // Rows of every kind, with serials repeated across the whole batch (so across the halves two threads check),
    // listed serials, rows with a field too many and malformed input.
    static CsvTable mixedRows(int total)
    {
        const QString kinds[] = {
            QStringLiteral("A1263,,black,2024-03-01,%1"),
            QStringLiteral("A3130,,white,,%1"),
            QStringLiteral(",4571411205170,,2023-06-01,"),
            QStringLiteral("A9999,,,,%1"),
            QStringLiteral("A1647,,green,2024-03-01,"),
            QStringLiteral("A1263,,,2099-01-01,"),
            QStringLiteral("A1263,,black,2024-03-01,ATEST15555555555"), // on the invented affected list
            QStringLiteral("A1257,,,2024-13-45,%1"),                    // impossible date
            QStringLiteral("A3117,,red,2024-03-01,%1,extra field"),     // one field too many
            QStringLiteral("A1263,,black,,not a serial"),
        };
        QString csv = QStringLiteral("model,jan,colour,purchased,serial,memo\n");
        for (int i = 0; i < total; ++i) {
            const int serialNumber = i % 97 == 0 ? (i * 7919) % total : i; // some repeat an earlier or later one
            QString line = kinds[i % 10];
            if (line.contains(QStringLiteral("%1")))
                line = line.arg(QStringLiteral("ATEST2%1").arg(serialNumber, 10, 10, QChar(u'0')));
            csv += line + QStringLiteral(",row %1\n").arg(i);
        }
        return table(csv);
    }

    BatchReport run(const CsvTable &t)
    {
        auto report = m_checker.run(t);
        EXPECT_TRUE(report.ok());
        return report.ok() ? *report : BatchReport({}, {});
    }

    static QString verdictOf(const BatchRow &row) { return verdictKey(row.check.verdict); }

    static Catalogue *s_catalogue;
    const FixedClock m_clock{QDate(2026, 11, 21)};
    BatchChecker m_checker{*s_catalogue, m_clock};
};
Catalogue *Batch::s_catalogue = nullptr;

} // namespace

TEST_F(Batch, EveryVerdictAndTheSummary)
{
    const BatchReport r = run(table(QStringLiteral("model,colour,purchased,serial,memo\n"
                                                   "A1263,black,2024-03-01,ATEST15555555555,listed\n"
                                                   "A1263,black,2024-03-01,ATEST20000000000,not listed\n"
                                                   "A1263,white,2024-03-01,,no serial\n"
                                                   "A3130,ホワイト,,,white is excluded\n"
                                                   "A9999,,,,unknown\n"
                                                   "A1263,,2025-02-30,,bad date\n")));
    ASSERT_EQ(r.rows().size(), 6u);
    EXPECT_EQ(verdictOf(r.rows()[0]), QStringLiteral("affected"));
    EXPECT_EQ(r.rows()[0].check.reasonKeys(), QStringList{QStringLiteral("serial_on_affected_list")});
    EXPECT_EQ(r.rows()[0].check.campaign, QStringLiteral("JP-2025-10"));
    EXPECT_EQ(verdictOf(r.rows()[1]), QStringLiteral("not_affected"));
    EXPECT_EQ(verdictOf(r.rows()[2]), QStringLiteral("likely_affected"));
    EXPECT_EQ(verdictOf(r.rows()[3]), QStringLiteral("not_affected"));
    EXPECT_EQ(r.rows()[3].check.reasonKeys(), QStringList{QStringLiteral("colour_not_covered")});
    EXPECT_EQ(verdictOf(r.rows()[4]), QStringLiteral("no_record"));
    EXPECT_EQ(verdictOf(r.rows()[5]), QStringLiteral("invalid_input"));
    EXPECT_EQ(r.rows()[5].line, 7);
    const BatchSummary &s = r.summary();
    EXPECT_EQ(s.rows, 6);
    EXPECT_EQ(s.affected, 1);
    EXPECT_EQ(s.notAffected, 2);
    EXPECT_EQ(s.likelyAffected, 1);
    EXPECT_EQ(s.noRecord, 1);
    EXPECT_EQ(s.invalidInput, 1);
    EXPECT_EQ(s.duplicates, 0);
    EXPECT_FALSE(r.cancelled());
}

TEST_F(Batch, AnswersEqualSingleChecks)
{
    // The batch reuses serial-free answers; it must still say exactly what a single check says.
    const QStringList models = {QStringLiteral("A1263"), QStringLiteral("A1257"), QStringLiteral("A3130"),
                                QStringLiteral("A1647"), QStringLiteral("A9999"), QString()};
    const QStringList colours = {QString(), QStringLiteral("white"), QStringLiteral("green"), QStringLiteral("plaid")};
    const QStringList dates = {QString(), QStringLiteral("2022-12-15"), QStringLiteral("2022-12-16"),
                               QStringLiteral("2024-03-01"), QStringLiteral("2027-01-01")};
    const QStringList serials = {QString(), QStringLiteral("ATEST15555555555"), QStringLiteral("ATEST00000000003"),
                                 QStringLiteral("ATEST20000000000"), QStringLiteral("B123")};
    EligibilityChecker single(*s_catalogue, m_clock);
    int compared = 0;
    for (int pass = 0; pass < 2; ++pass) { // the second pass is answered from the cache
        for (const QString &model : models) {
            for (const QString &colour : colours) {
                for (const QString &date : dates) {
                    for (const QString &serial : serials) {
                        BatchRow row;
                        row.input = {model, {}, {}, colour, date, serial};
                        ASSERT_FALSE(m_checker.checkRow(row).has_value());
                        auto expected = single.check({CheckRequest::Key::Model, model, colour, date, serial});
                        ASSERT_TRUE(expected.ok());
                        const RowCheck want = RowCheck::from(*expected);
                        const std::string what = QStringList{model, colour, date, serial}.join(u'/').toStdString();
                        EXPECT_EQ(row.check.verdict, want.verdict) << what;
                        EXPECT_EQ(row.check.reasonKeys(), want.reasonKeys()) << what;
                        EXPECT_EQ(row.check.campaign, want.campaign) << what;
                        EXPECT_EQ(row.normalizedSerial(), want.serial ? want.serial->normalized : QString()) << what;
                        ++compared;
                    }
                }
            }
        }
    }
    EXPECT_EQ(compared, 2 * 6 * 4 * 5 * 5);
}

// The batch reads only what a check needs of each product (ProductDetail::ForCheck); by every key of every
// product, with each of its colours and around each date the rules weigh, it must still answer as a single
// check of the whole product, reason for reason.
TEST_F(Batch, EveryProductByEveryKeyAnswersAsASingleCheckOfTheWholeProduct)
{
    const DataSetReadResult data = DataSetReader().read({testing_support::shippedDataDir()});
    ASSERT_TRUE(data.ok());
    ASSERT_GE(data.data.products.size(), 4u);
    // The catalogue has check records (without them the batch would read whole products, and this would
    // compare a path with itself): a product looked up for a check comes without its name.
    auto probe = s_catalogue->productByModel(data.data.products.front().model, ProductDetail::ForCheck);
    ASSERT_TRUE(probe.ok() && probe->has_value());
    ASSERT_FALSE(data.data.products.front().name.en.isEmpty());
    ASSERT_TRUE((*probe)->product.name.en.isEmpty());
    EligibilityChecker single(*s_catalogue, m_clock);
    // No date, and each day around every date the campaigns' rules weigh.
    QStringList dates = {QString()};
    const auto around = [&dates](const std::optional<QDate> &day) {
        for (int offset = -1; day && offset <= 1; ++offset) {
            const QString text = day->addDays(offset).toString(Qt::ISODate);
            if (!dates.contains(text))
                dates << text;
        }
    };
    for (const Campaign &c : data.data.campaigns) {
        around(c.purchaseCutoff);
        for (const CampaignProduct &cp : c.products) {
            around(cp.saleStart);
            around(cp.saleEnd);
            for (const DateAlternative &a : cp.saleStartAlternatives)
                around(a.date);
        }
    }
    const auto reasonsOf = [](const std::vector<Reason> &reasons) {
        QStringList out;
        for (const Reason &r : reasons)
            out << reasonKey(r.code) + u'|' + r.detail + u'|' + r.noteIds.join(u',');
        return out;
    };
    QSet<QString> verdicts;
    QSet<QString> reasons;
    bool someReasonNamesNotes = false;
    int compared = 0;
    for (const Product &p : data.data.products) {
        std::vector<std::pair<CheckRequest::Key, QString>> keys{{CheckRequest::Key::Model, p.model}};
        QStringList colours = {QString(), QStringLiteral("plaid")};
        for (const Variant &v : p.variants) {
            if (!v.jan.isEmpty())
                keys.emplace_back(CheckRequest::Key::Jan, v.jan);
            if (!v.code.isEmpty())
                keys.emplace_back(CheckRequest::Key::VariantCode, v.code);
            if (!colours.contains(v.colourId))
                colours << v.colourId;
        }
        for (const auto &[key, value] : keys) {
            for (const QString &colour : std::as_const(colours)) {
                for (const QString &date : std::as_const(dates)) {
                    for (const QString &serial : {QString(), QStringLiteral("ATEST15555555555")}) {
                        BatchRow row;
                        row.input.colour = colour;
                        row.input.purchased = date;
                        row.input.serial = serial;
                        (key == CheckRequest::Key::Model  ? row.input.model
                         : key == CheckRequest::Key::Jan ? row.input.jan
                                                          : row.input.variant) = value;
                        ASSERT_FALSE(m_checker.checkRow(row).has_value());
                        auto expected = single.check({key, value, colour, date, serial});
                        ASSERT_TRUE(expected.ok());
                        const RowCheck want = RowCheck::from(*expected);
                        const std::string what = QStringList{value, colour, date, serial}.join(u'/').toStdString();
                        EXPECT_EQ(row.problem, RowProblem::None) << what;
                        EXPECT_EQ(row.check.verdict, want.verdict) << what;
                        EXPECT_EQ(reasonsOf(row.check.reasons), reasonsOf(want.reasons)) << what;
                        EXPECT_EQ(row.check.model, want.model) << what;
                        EXPECT_EQ(row.check.colourId, want.colourId) << what;
                        EXPECT_EQ(row.check.campaign, want.campaign) << what;
                        verdicts.insert(verdictKey(want.verdict));
                        for (const Reason &r : want.reasons) {
                            reasons.insert(reasonKey(r.code));
                            someReasonNamesNotes = someReasonNamesNotes || !r.noteIds.isEmpty();
                        }
                        ++compared;
                    }
                }
            }
        }
    }
    EXPECT_GE(compared, 200);
    // Every product was found, and its colours decided some answers.
    EXPECT_FALSE(reasons.contains(QStringLiteral("product_not_in_data")));
    EXPECT_TRUE(reasons.contains(QStringLiteral("colour_not_of_product")));
    EXPECT_TRUE(reasons.contains(QStringLiteral("colour_not_covered")));
    EXPECT_TRUE(reasons.contains(QStringLiteral("purchased_on_or_before_cutoff")));
    EXPECT_TRUE(reasons.contains(QStringLiteral("purchase_date_disputed")));
    EXPECT_TRUE(someReasonNamesNotes);
    EXPECT_GE(verdicts.size(), 4);
}

TEST_F(Batch, KeysFallBackAndMustAgree)
{
    const BatchReport r = run(table(QStringLiteral("jan,variant,model\n"
                                                   "4901234567894,,A1263\n"   // JAN not in the data: the model counts
                                                   "4571411209987,,A1263\n"   // an A3130 JAN with model A1263
                                                   "4571411204708,A1263N22,\n" // agree
                                                   "4571411204708,A1263016,\n" // another variant
                                                   "4571411205164,,A1263\n")));  // bad check digit: not skipped
    ASSERT_EQ(r.rows().size(), 5u);
    EXPECT_EQ(verdictOf(r.rows()[0]), QStringLiteral("likely_affected"));
    EXPECT_EQ(r.rows()[0].check.model, QStringLiteral("A1263"));
    EXPECT_EQ(r.rows()[1].problem, RowProblem::ProductKeysDisagree);
    EXPECT_EQ(verdictOf(r.rows()[1]), QStringLiteral("invalid_input"));
    EXPECT_EQ(r.rows()[2].problem, RowProblem::None);
    EXPECT_EQ(r.rows()[2].check.colourId, QStringLiteral("white"));
    EXPECT_EQ(r.rows()[3].problem, RowProblem::ProductKeysDisagree);
    EXPECT_EQ(r.rows()[4].problem, RowProblem::None);
    EXPECT_EQ(r.rows()[4].check.reasonKeys(), QStringList{QStringLiteral("invalid_jan")});
}

TEST_F(Batch, WrongFieldCountIsARowProblemAndTheBatchGoesOn)
{
    const BatchReport r = run(table(QStringLiteral("model,colour,serial\n"
                                                   "A1263,black,ATEST15555555555\n"
                                                   "A1263,ATEST15555555555\n"
                                                   "A1263,black,ATEST15555555555,surplus\n"
                                                   "A3130,white,\n")));
    ASSERT_EQ(r.rows().size(), 4u);
    EXPECT_EQ(r.rows()[1].problem, RowProblem::WrongFieldCount);
    EXPECT_EQ(r.rows()[1].line, 3);
    EXPECT_EQ(verdictOf(r.rows()[1]), QStringLiteral("invalid_input"));
    EXPECT_EQ(r.rows()[2].problem, RowProblem::WrongFieldCount);
    EXPECT_EQ(rowProblemKey(r.rows()[2].problem), QStringLiteral("wrong_field_count"));
    EXPECT_EQ(verdictOf(r.rows()[3]), QStringLiteral("not_affected"));
    EXPECT_EQ(r.summary().invalidInput, 2);
}

TEST_F(Batch, RepeatedSerialsAreMarkedOnTheLaterRows)
{
    const BatchReport r = run(table(QStringLiteral("model,serial\n"
                                                   "A1263,ATEST15555555555\n"
                                                   "A1263,ATEST20000000000\n"
                                                   "A1263,SN: ATES-T155-5555-5555\n"
                                                   "A1263,ａｔｅｓｔ１５５５５５５５５５５\n")));
    ASSERT_EQ(r.rows().size(), 4u);
    EXPECT_FALSE(r.rows()[0].duplicate);
    EXPECT_FALSE(r.rows()[1].duplicate);
    EXPECT_TRUE(r.rows()[2].duplicate);
    EXPECT_TRUE(r.rows()[3].duplicate);
    EXPECT_EQ(r.rows()[2].normalizedSerial(), QStringLiteral("ATEST15555555555"));
    EXPECT_EQ(verdictOf(r.rows()[2]), QStringLiteral("affected")); // still checked
    EXPECT_EQ(r.summary().duplicates, 2);
}

TEST_F(Batch, HundredThousandRows)
{
    QString csv = QStringLiteral("model,jan,colour,purchased,serial,memo\n");
    const QString kinds[] = {
        QStringLiteral("A1263,,black,2024-03-01,%1"), // serial not on the complete list: not affected
        QStringLiteral("A3130,,white,,%1"),           // colour excluded: not affected
        QStringLiteral(",4571411205170,,2023-06-01,"), // likely affected
        QStringLiteral("A9999,,,,%1"),                 // no record
        QStringLiteral("A1647,,green,2024-03-01,"),    // affected
        QStringLiteral("A1263,,,2099-01-01,"),         // purchase date in the future: invalid
    };
    constexpr int total = 100000;
    for (int i = 0; i < total; ++i) {
        // Every 1000th row repeats the serial of the row six before (a row of the same kind).
        const int serialNumber = i % 1000 == 999 ? i - 6 : i;
        QString line = kinds[i % 6];
        if (line.contains(QStringLiteral("%1")))
            line = line.arg(QStringLiteral("ATEST2%1").arg(serialNumber, 10, 10, QChar(u'0')));
        csv += line + QStringLiteral(",row %1\n").arg(i);
    }
    const CsvTable t = table(csv);
    ASSERT_EQ(t.rows.size(), std::size_t(total));
    qsizetype lastDone = 0;
    int calls = 0;
    m_checker.setProgress([&](qsizetype done, qsizetype all) {
        EXPECT_GT(done, lastDone);
        EXPECT_EQ(all, total);
        lastDone = done;
        ++calls;
    });
    const BatchReport r = run(t);
    ASSERT_EQ(r.rows().size(), std::size_t(total));
    EXPECT_EQ(lastDone, total);
    EXPECT_EQ(calls, total / 1000);
    const BatchSummary &s = r.summary();
    EXPECT_EQ(s.rows, total);
    EXPECT_EQ(s.notAffected, 33334);
    EXPECT_EQ(s.likelyAffected, 16667);
    EXPECT_EQ(s.noRecord, 16667);
    EXPECT_EQ(s.affected, 16666);
    EXPECT_EQ(s.invalidInput, 16666);
    // Rows 999, 1999, ... repeat a serial when their kind carries one (i % 6 in 0, 1, 3).
    int repeated = 0;
    for (int i = 999; i < total; i += 1000)
        repeated += (i % 6 == 0 || i % 6 == 1 || i % 6 == 3) ? 1 : 0;
    EXPECT_GT(repeated, 0);
    EXPECT_EQ(s.duplicates, repeated);
    EXPECT_EQ(r.rows().back().line, total + 1);
}

TEST_F(Batch, CancellationStopsEarly)
{
    QString csv = QStringLiteral("model,serial\n");
    for (int i = 0; i < 1000; ++i)
        csv += QStringLiteral("A1263,ATEST2%1\n").arg(i, 10, 10, QChar(u'0'));
    std::atomic_bool cancel = false;
    m_checker.setProgress([&](qsizetype done, qsizetype) { cancel = done >= 50; }, 10);
    m_checker.setCancelled([&] { return cancel.load(); });
    const BatchReport r = run(table(csv));
    EXPECT_TRUE(r.cancelled());
    EXPECT_EQ(r.rows().size(), 50u);
    EXPECT_EQ(r.summary().rows, 50);
}

TEST_F(Batch, ScannerJanThenSerials)
{
    BatchSession session(*s_catalogue, m_clock);
    auto jan = session.scan(QStringLiteral(" 4571411205170\n"));
    ASSERT_TRUE(jan.ok());
    EXPECT_EQ(*jan, 0);
    EXPECT_TRUE(session.hasProduct());
    auto serial = session.scan(QStringLiteral("ATEST15555555555"));
    ASSERT_TRUE(serial.ok());
    EXPECT_EQ(*serial, 1);
    auto again = session.scan(QStringLiteral("SN: ATES-T155-5555-5555"));
    ASSERT_TRUE(again.ok());
    const auto &rows = session.report().rows();
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].input.jan, QStringLiteral("4571411205170"));
    EXPECT_EQ(rows[0].check.colourId, QStringLiteral("white"));
    EXPECT_EQ(verdictOf(rows[0]), QStringLiteral("likely_affected"));
    EXPECT_EQ(rows[1].input.jan, QStringLiteral("4571411205170"));
    EXPECT_EQ(rows[1].input.serial, QStringLiteral("ATEST15555555555"));
    EXPECT_EQ(verdictOf(rows[1]), QStringLiteral("affected"));
    EXPECT_FALSE(rows[1].duplicate);
    EXPECT_TRUE(rows[2].duplicate);
    EXPECT_EQ(verdictOf(rows[2]), QStringLiteral("affected"));
    EXPECT_EQ(rows[2].fields.first(), QStringLiteral("SN: ATES-T155-5555-5555"));
    EXPECT_EQ(session.report().summary().duplicates, 1);
    EXPECT_EQ(session.report().summary().affected, 2);
}

// A JAN typed or scanned with spaces, tabs, hyphens or full-width digits names the same product, and the
// serials on its list are found, in a CSV (read ahead for all rows) and in the scanner flow.
TEST_F(Batch, JanWithSpacesAndHyphensIsTheSameProduct)
{
    const QStringList spellings{QStringLiteral("4571411205170"), QStringLiteral("4571411-205170"),
                                QStringLiteral("4571 4112 0517 0"), QStringLiteral("4571411\t205170"),
                                QStringLiteral("４５７１４１１－２０５１７０")};
    QString csv = QStringLiteral("jan,serial\n");
    for (const QString &jan : spellings)
        csv += u'"' + jan + QStringLiteral("\",ATEST15555555555\n");
    const BatchReport report = run(table(csv));
    ASSERT_EQ(report.rows().size(), std::size_t(spellings.size()));
    for (const BatchRow &row : report.rows()) {
        EXPECT_EQ(row.check.model, QStringLiteral("A1263")) << row.input.jan.toStdString();
        EXPECT_EQ(row.check.colourId, QStringLiteral("white")) << row.input.jan.toStdString();
        EXPECT_EQ(verdictOf(row), QStringLiteral("affected")) << row.input.jan.toStdString();
    }
    for (const QString &jan : spellings) {
        BatchSession session(*s_catalogue, m_clock);
        ASSERT_TRUE(session.scan(jan).ok());
        EXPECT_TRUE(session.hasProduct()) << jan.toStdString();
        ASSERT_TRUE(session.scan(QStringLiteral("ATEST15555555555")).ok());
        EXPECT_EQ(verdictOf(session.report().rows().back()), QStringLiteral("affected")) << jan.toStdString();
    }
}

TEST_F(Batch, ScannerSerialWithoutProduct)
{
    BatchSession session(*s_catalogue, m_clock);
    auto row = session.scan(QStringLiteral("ATEST15555555555"));
    ASSERT_TRUE(row.ok());
    ASSERT_EQ(*row, 0);
    const BatchRow &r = session.report().rows().front();
    EXPECT_EQ(r.problem, RowProblem::NoCurrentProduct);
    EXPECT_EQ(rowProblemKey(r.problem), QStringLiteral("no_current_product"));
    EXPECT_EQ(verdictOf(r), QStringLiteral("invalid_input"));
    EXPECT_EQ(r.normalizedSerial(), QStringLiteral("ATEST15555555555"));
    EXPECT_FALSE(session.hasProduct());
    EXPECT_EQ(session.report().summary().invalidInput, 1);
}

TEST_F(Batch, ScannerModelVariantAndChosenProduct)
{
    BatchSession session(*s_catalogue, m_clock);
    ASSERT_TRUE(session.scan(QStringLiteral("a1257")).ok());
    ASSERT_TRUE(session.scan(QStringLiteral("ATEST00000000003")).ok());
    ASSERT_TRUE(session.scan(QStringLiteral("A1263N22")).ok()); // a variant code: white
    ASSERT_TRUE(session.scan(QStringLiteral("ATEST20000000000")).ok());
    ASSERT_TRUE(session.scan(QStringLiteral("A9999")).ok()); // shaped like a model, not in the data
    ASSERT_TRUE(session.scan(QStringLiteral("ATEST20000000001")).ok());
    session.setProduct(CheckRequest::Key::Model, QStringLiteral("A3130"), QStringLiteral("white"));
    ASSERT_TRUE(session.scan(QStringLiteral("ATEST20000000002")).ok());
    ASSERT_TRUE(session.scan(QStringLiteral("4571411205164")).ok()); // a JAN with a wrong check digit
    const auto &rows = session.report().rows();
    ASSERT_EQ(rows.size(), 8u);
    EXPECT_EQ(rows[0].input.model, QStringLiteral("A1257"));
    EXPECT_EQ(verdictOf(rows[1]), QStringLiteral("affected"));
    EXPECT_EQ(rows[2].input.variant, QStringLiteral("A1263N22"));
    EXPECT_EQ(rows[3].check.colourId, QStringLiteral("white"));
    EXPECT_EQ(verdictOf(rows[3]), QStringLiteral("not_affected"));
    EXPECT_EQ(verdictOf(rows[4]), QStringLiteral("no_record"));
    EXPECT_EQ(verdictOf(rows[5]), QStringLiteral("no_record"));
    EXPECT_EQ(verdictOf(rows[6]), QStringLiteral("not_affected"));
    EXPECT_EQ(rows[6].check.reasonKeys(), QStringList{QStringLiteral("colour_not_covered")});
    EXPECT_EQ(verdictOf(rows[7]), QStringLiteral("invalid_input"));
    EXPECT_EQ(rows[7].check.reasonKeys(), QStringList{QStringLiteral("invalid_jan")});
}

TEST_F(Batch, PastedTextIsScannedLineByLine)
{
    BatchSession session(*s_catalogue, m_clock);
    session.setPurchased(QStringLiteral("2024-03-01"));
    auto added = session.paste(QStringLiteral("4571411205170\r\nATEST15555555555\n\n  \nATEST20000000000\rB123\n"));
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(*added, 4);
    const auto &rows = session.report().rows();
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[3].line, 4);
    EXPECT_EQ(rows[1].input.purchased, QStringLiteral("2024-03-01"));
    EXPECT_EQ(verdictOf(rows[1]), QStringLiteral("affected"));
    EXPECT_EQ(verdictOf(rows[2]), QStringLiteral("not_affected"));
    EXPECT_EQ(verdictOf(rows[3]), QStringLiteral("invalid_input"));
    EXPECT_EQ(rows[3].check.reasonKeys(), QStringList{QStringLiteral("invalid_serial")});
}

// A row's reason keys name each kind of reason once, in the order they first come.
TEST(RowCheck, ReasonKeysComeOnceInTheirOrder)
{
    RowCheck check;
    for (const ReasonCode code : {ReasonCode::PurchaseDateNotGiven, ReasonCode::ColourNotGiven,
                                  ReasonCode::PurchaseDateNotGiven, ReasonCode::OfficialCheckRequired})
        check.reasons.push_back({code, {}, {}});
    EXPECT_EQ(check.reasonKeys(),
              (QStringList{reasonKey(ReasonCode::PurchaseDateNotGiven), reasonKey(ReasonCode::ColourNotGiven),
                           reasonKey(ReasonCode::OfficialCheckRequired)}));
}

TEST_F(Batch, ResultCsvKeepsEveryColumnAndRoundTrips)
{
    const CsvTable input =
        table(QStringLiteral("受付番号,model,memo,serial\n"
                             "0001,A1263,\"dented, \"\"as is\"\"\nsee photo\",ATEST15555555555\n"
                             "0002,A1263,,ATEST15555555555\n"
                             "0003,A3130,short\n"
                             "0004,A9999,x,,surplus\n"
                             "0005,A1263,,\n"));
    const BatchReport report = run(input);
    const QByteArray bytes = CsvWriter::bytes(report);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\r\n"));
    EXPECT_EQ(bytes.count("\r\n"), 6); // header and five records; the quoted line break stays as it was
    EXPECT_TRUE(bytes.contains("\"dented, \"\"as is\"\"\nsee photo\""));

    auto back = CsvReader::read(bytes);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->encoding, TextEncoding::Utf8WithBom);
    EXPECT_EQ(back->header, input.header + CsvWriter::addedColumns());
    ASSERT_EQ(back->rows.size(), 5u);
    EXPECT_EQ(back->rows[0].fields.mid(0, 4), input.rows[0].fields);
    for (std::size_t i = 0; i < back->rows.size(); ++i) // every reason once, in order, joined by ';'
        EXPECT_EQ(back->rows[i].fields.at(5), report.rows()[i].check.reasonKeys().join(u';')) << i;
    EXPECT_TRUE(back->rows[4].fields.at(5).contains(u';')) << back->rows[4].fields.at(5).toStdString();
    EXPECT_EQ(back->rows[0].fields.mid(4), (QStringList{QStringLiteral("affected"),
                                                        QStringLiteral("serial_on_affected_list"),
                                                        QStringLiteral("ATEST15555555555"), QStringLiteral("false"),
                                                        QString()}));
    EXPECT_EQ(back->rows[1].fields.at(7), QStringLiteral("true")); // duplicate
    EXPECT_EQ(back->rows[2].fields.at(4 + 0), QStringLiteral("invalid_input"));
    EXPECT_EQ(back->rows[2].fields.at(4 + 4), QStringLiteral("wrong_field_count"));
    EXPECT_EQ(back->rows[3].fields.last(), QStringLiteral("surplus")); // nothing dropped
    EXPECT_EQ(back->rows[1].line, 4);

    // A result file checked again gets fresh result columns, not a second set.
    const BatchReport again = run(*back);
    auto twice = CsvReader::read(CsvWriter::bytes(again));
    ASSERT_TRUE(twice.ok());
    EXPECT_EQ(twice->header, back->header);
}

TEST(CsvWriter, QuotesOnlyWhereNeeded)
{
    EXPECT_EQ(CsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("two\r\nlines")), QStringLiteral("\"two\r\nlines\""));
    EXPECT_EQ(CsvWriter::record({QStringLiteral("x"), QString(), QStringLiteral("y,z")}), QStringLiteral("x,,\"y,z\""));
}


// A large batch is checked by two threads; every row, mark and count is what one thread finds.
TEST_F(Batch, TwoThreadsFindWhatOneFinds)
{
    const int total = int(BatchChecker::parallelFromRows) + 4321;
    const CsvTable t = mixedRows(total);
    ASSERT_EQ(t.rows.size(), std::size_t(total));
    BatchChecker alone(*s_catalogue, m_clock);
    alone.setParallel(false);
    auto one = alone.run(t);
    auto two = m_checker.run(t);
    ASSERT_TRUE(one.ok());
    ASSERT_TRUE(two.ok());
    ASSERT_EQ(one->rows().size(), std::size_t(total));
    ASSERT_EQ(two->rows().size(), std::size_t(total));
    for (std::size_t i = 0; i < one->rows().size(); ++i) {
        const BatchRow &a = one->rows()[i];
        const BatchRow &b = two->rows()[i];
        ASSERT_EQ(a.line, b.line) << i;
        EXPECT_EQ(a.fields, b.fields) << i;
        EXPECT_EQ(a.problem, b.problem) << i;
        EXPECT_EQ(a.duplicate, b.duplicate) << i;
        EXPECT_EQ(a.check.verdict, b.check.verdict) << i;
        EXPECT_EQ(a.check.reasonKeys(), b.check.reasonKeys()) << i;
        EXPECT_EQ(a.check.campaign, b.check.campaign) << i;
        EXPECT_EQ(a.normalizedSerial(), b.normalizedSerial()) << i;
    }
    const BatchSummary &s = two->summary();
    EXPECT_EQ(s.rows, total);
    EXPECT_EQ(s.duplicates, one->summary().duplicates);
    EXPECT_GT(s.duplicates, 0);
    EXPECT_GT(s.affected, 0);
    EXPECT_GT(s.notAffected, 0);
    EXPECT_GT(s.likelyAffected, 0);
    EXPECT_GT(s.noRecord, 0);
    EXPECT_GT(s.invalidInput, 0);
}

// Cancelling stops at the row it was asked before, in the half this thread checks and in the other one.
TEST_F(Batch, CancellingATwoThreadBatchStopsAtThatRow)
{
    const int total = int(BatchChecker::parallelFromRows) + 2000;
    const CsvTable t = mixedRows(total);
    for (const qsizetype stopAt : {qsizetype(3000), qsizetype(total - 1000)}) {
        BatchChecker checker(*s_catalogue, m_clock);
        std::atomic_bool cancel = false;
        checker.setProgress([&](qsizetype done, qsizetype) { cancel = done >= stopAt; }, 500);
        checker.setCancelled([&] { return cancel.load(); });
        auto r = checker.run(t);
        ASSERT_TRUE(r.ok());
        EXPECT_TRUE(r->cancelled());
        ASSERT_EQ(r->rows().size(), std::size_t(stopAt));
        EXPECT_EQ(r->summary().rows, stopAt);
        EXPECT_EQ(r->rows().back().line, stopAt + 1);
    }
}

// When the second thread cannot open the catalogue file (here it is gone; the open connection still reads it),
// this thread checks those rows too.
TEST_F(Batch, RowsTheSecondThreadCannotCheckAreCheckedHere)
{
    QTemporaryDir dir;
    const QString path = testing_support::copyToTemp(dir, testing_support::fixtureCatalogue(),
                                                     QStringLiteral("catalogue.sqlite"));
    auto opened = Catalogue::open(path);
    ASSERT_TRUE(opened.ok());
    ASSERT_TRUE(QFile::remove(path));
    const int total = int(BatchChecker::parallelFromRows) + 100;
    const CsvTable t = mixedRows(total);
    BatchChecker checker(**opened, m_clock);
    auto r = checker.run(t);
    ASSERT_TRUE(r.ok()) << r.error().detail.toStdString();
    EXPECT_FALSE(r->cancelled());
    ASSERT_EQ(r->rows().size(), std::size_t(total));
    EXPECT_EQ(r->rows().back().line, total + 1);
    BatchChecker alone(**opened, m_clock);
    alone.setParallel(false);
    auto one = alone.run(t);
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(r->summary().affected, one->summary().affected);
    EXPECT_EQ(r->summary().invalidInput, one->summary().invalidInput);
    EXPECT_EQ(r->summary().duplicates, one->summary().duplicates);
}

namespace {

// Hands out a table's rows and counts them, so that a test can see how far ahead of the checked rows the
// checker reads.
class CountingRows : public CsvRowSource
{
public:
    explicit CountingRows(const CsvTable &table) : m_rows(table) {}
    const CsvTable &shape() const override { return m_rows.shape(); }
    qsizetype rowCount() const override { return m_rows.rowCount(); }
    bool next(CsvTable &chunk, qsizetype max) override
    {
        const bool more = m_rows.next(chunk, max);
        handedOut += qsizetype(chunk.rows.size());
        return more;
    }
    qsizetype handedOut = 0;

private:
    CsvTableRows m_rows;
};

} // namespace

// A large batch is passed on row by row while its source is still being read: on one thread or two, the
// checker never reads more than a few blocks ahead of the rows it has passed on, and every row comes once,
// in order.
TEST_F(Batch, RowsArePassedOnWhileTheSourceIsStillBeingRead)
{
    const int total = int(2 * BatchChecker::heldBlocks * BatchChecker::blockRows) + 321;
    ASSERT_GE(total, BatchChecker::parallelFromRows);
    const CsvTable t = mixedRows(total);
    for (const bool parallel : {false, true}) {
        BatchChecker checker(*s_catalogue, m_clock);
        checker.setParallel(parallel);
        CountingRows source(t);
        qsizetype passed = 0;
        qsizetype mostAhead = 0;
        int lastLine = 0;
        auto ended = checker.run(source, [&](BatchRow &&row) {
            EXPECT_GT(row.line, lastLine);
            lastLine = row.line;
            ++passed;
            mostAhead = std::max(mostAhead, source.handedOut - passed);
        });
        ASSERT_TRUE(ended.ok());
        EXPECT_EQ(*ended, BatchChecker::End::Finished);
        EXPECT_EQ(passed, total);
        EXPECT_EQ(lastLine, total + 1);
        // Alone: the block being checked and those read ahead for it. With a second thread, at most the
        // blocks held. Either way the first row is passed on once its block and the next are read.
        const qsizetype alone = (BatchChecker::untakenBlocks + 1) * BatchChecker::blockRows;
        EXPECT_LE(mostAhead, parallel ? BatchChecker::heldBlocks * BatchChecker::blockRows : alone)
            << parallel;
        EXPECT_GE(mostAhead, 2 * BatchChecker::blockRows - 1) << parallel;
    }
}

// A result file is written as the rows come, in pieces: its bytes are those of the whole text.
TEST_F(Batch, AResultFileWrittenInPiecesHoldsTheWholeText)
{
    const BatchReport report = run(mixedRows(3000)); // several times the text written at once
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    ASSERT_TRUE(CsvWriter::writeFile(report, path, &error)) << error.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray written = f.readAll();
    EXPECT_GT(written.size(), 256 * 1024);
    EXPECT_EQ(written, CsvWriter::bytes(report));
}

// A result file that is never committed leaves the file that was there before.
TEST_F(Batch, AResultFileNotCommittedLeavesTheOldFile)
{
    const BatchReport report = run(mixedRows(100));
    QTemporaryDir dir;
    const QString path = testing_support::writeTemp(dir, QStringLiteral("out.csv"), "old results\n");
    {
        CsvResultFile file(path, report.header());
        ASSERT_TRUE(file.open(nullptr));
        for (const BatchRow &row : report.rows())
            file.add(row);
    } // as when the batch fails half-way
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("old results\n"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.csv")});
}

// The second thread's connection parses campaigns into the same set as this one: a campaign named only in the
// rows the other thread checked is known here afterwards, parsed once for both.
TEST_F(Batch, BothThreadsShareTheCampaignsTheyParse)
{
    const qsizetype block = BatchChecker::blockRows;
    QString csv = QStringLiteral("model,serial\n");
    // The second block, set aside for the other thread, is the only one naming another campaign.
    for (qsizetype i = 0; i < BatchChecker::parallelFromRows + block; ++i)
        csv += i / block == 1 ? QStringLiteral("A3102,\n") : QStringLiteral("A1263,\n");
    const CsvTable t = table(csv);
    ASSERT_GE(qsizetype(t.rows.size()), BatchChecker::parallelFromRows);
    auto opened = Catalogue::open(s_catalogue->path());
    ASSERT_TRUE(opened.ok());
    Catalogue &catalogue = **opened;
    BatchChecker checker(catalogue, m_clock);
    auto r = checker.run(t);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->rows()[std::size_t(block)].check.campaign, QStringLiteral("JP-2024-04"));
    EXPECT_NE(catalogue.parsedCampaigns()->find(QStringLiteral("JP-2024-04")), nullptr);
    EXPECT_NE(catalogue.parsedCampaigns()->find(QStringLiteral("JP-2025-10")), nullptr);
    EXPECT_EQ(catalogue.parsedCampaigns()->find(QStringLiteral("JP-2024-09")), nullptr); // named by no row
}
