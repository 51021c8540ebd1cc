// The service desk's batch check (scanner flow, CSV import with progress and cancel, export) and the case
// log (saving a check, changing its status, filtering), driven through the real widgets.
#include "BatchModel.h"
#include "BatchPage.h"
#include "CasesModel.h"
#include "CasesPage.h"
#include "GuiFixture.h"
#include "ProductPage.h"
#include "TestSupport.h"
#include "ToolTabs.h"

#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace recall;

namespace {
void scan(QLineEdit *box, const QString &line)
{
    QTest::keyClicks(box, line);
    QTest::keyClick(box, Qt::Key_Return);
}

QString writeCsv(const QTemporaryDir &dir, const QByteArray &content)
{
    return testing_support::writeTemp(dir, QStringLiteral("in.csv"), content);
}
} // namespace

TEST_F(GuiFixture, ScannerTypesAJanThenSerialsAndDuplicatesAreFlagged)
{
    m_window->setRole(AppSettings::Role::ServiceDesk);
    m_window->tools()->showTool(ToolTabs::Batch);
    BatchPage *batch = m_window->batchPage();
    scan(batch->scanBox(), QStringLiteral("4571411209314")); // Motion X600, space grey
    scan(batch->scanBox(), QStringLiteral("A1B2C3D4E5F6G7H8"));
    scan(batch->scanBox(), QStringLiteral("A1B2C3D4E5F6G7H8"));
    const auto &rows = batch->report().rows();
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1].check.model, QStringLiteral("A3130"));
    EXPECT_EQ(rows[1].check.colourId, QStringLiteral("space_grey"));
    EXPECT_EQ(rows[1].check.verdict, Verdict::LikelyAffected);
    EXPECT_FALSE(rows[1].duplicate);
    EXPECT_TRUE(rows[2].duplicate);
    EXPECT_EQ(batch->model()->rowCount(), 3);
    EXPECT_TRUE(batch->scanBox()->text().isEmpty()) << "ready for the next scan";
    EXPECT_EQ(batch->report().summary().duplicates, 1);
}

TEST_F(GuiFixture, CsvImportRunsOffTheUiThreadAndExportKeepsTheColumns)
{
    QTemporaryDir dir;
    const QString in = writeCsv(dir, "\xEF\xBB\xBF" "型番,色,購入日,メモ\r\nA3130,ホワイト,,shop A\r\nA1652,,2024-06-01,shop B\r\n"
                                     "A1263,,2025-02-30,shop C\r\n");
    BatchPage *batch = m_window->batchPage();
    QSignalSpy finished(batch, &BatchPage::importFinished);
    batch->importFile(in);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.first().first().toBool());
    ASSERT_EQ(batch->report().rows().size(), 3u);
    EXPECT_EQ(batch->report().rows()[0].check.verdict, Verdict::NotAffected);
    EXPECT_EQ(batch->report().rows()[1].check.verdict, Verdict::Affected);
    EXPECT_EQ(batch->report().rows()[2].check.verdict, Verdict::InvalidInput);

    const QString out = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    ASSERT_TRUE(batch->exportTo(out, &error)) << error.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "UTF-8 BOM so Excel reads Japanese";
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("shop B"))) << "input columns kept";
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("not_affected")));
}

TEST_F(GuiFixture, LongImportCanBeCancelled)
{
    QTemporaryDir dir;
    QByteArray big = "model,colour,serial\n";
    for (int i = 0; i < 100000; ++i)
        big += "A1263,black,A" + QByteArray::number(1000000000000000LL + i).right(15) + "\n";
    const QString in = writeCsv(dir, big);
    BatchPage *batch = m_window->batchPage();
    QSignalSpy finished(batch, &BatchPage::importFinished);
    batch->importFile(in);
    batch->cancelImport();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(batch->report().cancelled());
    EXPECT_LT(batch->report().rows().size(), 100000u);
}

TEST_F(GuiFixture, BrokenCsvSaysWhichLine)
{
    QTemporaryDir dir;
    const QString in = writeCsv(dir, "model,serial\nA1263,\"A1B2\n");
    BatchPage *batch = m_window->batchPage();
    QSignalSpy finished(batch, &BatchPage::importFinished);
    // The warning box is modal: close it as soon as it shows (its own event loop runs this timer).
    QTimer closer;
    closer.setInterval(20);
    QObject::connect(&closer, &QTimer::timeout, [&closer] {
        if (QWidget *box = QApplication::activeModalWidget()) {
            box->close();
            closer.stop();
        }
    });
    closer.start();
    batch->importFile(in);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(finished.first().first().toBool());
}

TEST_F(GuiFixture, SavedChecksBecomeCasesWithStatusAndFilters)
{
    m_window->setRole(AppSettings::Role::ServiceDesk);
    m_window->openProduct(QStringLiteral("A3130"));
    ProductPage *page = m_window->productPage();
    const auto &variants = page->details()->product.variants;
    for (std::size_t i = 0; i < variants.size(); ++i) {
        if (variants[i].colourId == u"white")
            page->selectVariant(int(i));
    }
    ASSERT_GT(m_window->saveCase(), 0);
    m_window->openProduct(QStringLiteral("A1263"));
    ASSERT_GT(m_window->saveCase(), 0);

    CasesPage *cases = m_window->casesPage();
    ASSERT_EQ(cases->model()->rowCount(), 2);
    cases->table()->selectRow(0);
    ASSERT_TRUE(cases->saveSelected(QStringLiteral("customer will bring it back"), CaseStatus::KitRequested));
    auto stored = m_cases->list({});
    ASSERT_TRUE(stored.ok());
    bool updated = false;
    for (const CaseRecord &c : *stored)
        updated |= c.status == CaseStatus::KitRequested && c.note == u"customer will bring it back";
    EXPECT_TRUE(updated);

    CaseFilter notCovered;
    notCovered.verdict = verdictKey(Verdict::NotAffected);
    auto filtered = m_cases->list(notCovered);
    ASSERT_TRUE(filtered.ok());
    ASSERT_EQ(filtered->size(), 1u);
    EXPECT_EQ(filtered->front().model, QStringLiteral("A3130"));
    EXPECT_EQ(filtered->front().role, CaseRole::ServiceDesk);
}
