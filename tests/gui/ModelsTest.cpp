// The item models behind the views obey Qt's model contract (QAbstractItemModelTester) and hold what core says.
#include "AppSettings.h"
#include "BatchModel.h"
#include "BatchSession.h"
#include "CasesModel.h"
#include "Clock.h"
#include "GuideStepsModel.h"
#include "SearchResultsModel.h"
#include "TestSupport.h"
#include "VariantsModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace recall;

namespace {
std::unique_ptr<Catalogue> shipped()
{
    auto opened = Catalogue::open(testing_support::shippedCatalogue());
    return opened.ok() ? std::move(*opened) : nullptr;
}
} // namespace

TEST(Models, SearchResultsModel)
{
    auto catalogue = shipped();
    ASSERT_NE(catalogue, nullptr);
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto response = SearchEngine(*catalogue).search(QStringLiteral("soundcore"));
    ASSERT_TRUE(response.ok());
    model.setResponse(*response);
    ASSERT_EQ(model.rowCount(), int(response->results.size()));
    EXPECT_EQ(model.index(0, 0).data(SearchResultsModel::ModelNumberRole).toString(), response->results[0].model);
    EXPECT_TRUE(model.index(0, 0).data(SearchResultsModel::SwatchRole).value<QColor>().isValid());
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(Models, VariantsModel)
{
    auto catalogue = shipped();
    ASSERT_NE(catalogue, nullptr);
    auto details = loadProductDetails(*catalogue, QStringLiteral("A3130"));
    ASSERT_TRUE(details.ok() && details->has_value());
    VariantsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDetails(&**details);
    ASSERT_EQ(model.rowCount(), int((*details)->product.variants.size()));
    int notCovered = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        notCovered += !model.index(row, 0).data(VariantsModel::CoveredRole).toBool();
    EXPECT_EQ(notCovered, 1);
}

TEST(Models, GuideStepsModelPersistsPerProduct)
{
    auto catalogue = shipped();
    ASSERT_NE(catalogue, nullptr);
    auto details = loadProductDetails(*catalogue, QStringLiteral("A3117"));
    ASSERT_TRUE(details.ok() && details->has_value());
    const Campaign &campaign = (*details)->campaigns.front().campaign;
    AppSettings settings;
    settings.setGuideStepsDone(QStringLiteral("A3117/") + campaign.id, {});
    GuideStepsModel model(settings);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSteps(QStringLiteral("A3117"), &campaign);
    ASSERT_EQ(model.rowCount(), int(campaign.steps.size()));
    EXPECT_TRUE(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
    EXPECT_TRUE(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
    GuideStepsModel other(settings);
    other.setSteps(QStringLiteral("A3117"), &campaign);
    EXPECT_EQ(other.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    other.setSteps(QStringLiteral("A3305"), &campaign);
    EXPECT_EQ(other.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
}

TEST(Models, BatchModelShowsRowsAsTheScannerAddsThem)
{
    auto catalogue = shipped();
    ASSERT_NE(catalogue, nullptr);
    auto colours = catalogue->colours();
    ASSERT_TRUE(colours.ok());
    const FixedClock clock(QDate(2026, 1, 15));
    BatchSession session(*catalogue, clock);
    BatchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setColours(*colours);
    model.setReport(&session.report());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), int(BatchModel::ColumnCount));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    ASSERT_TRUE(session.scan(QStringLiteral("a3130")).ok());
    ASSERT_TRUE(session.scan(QStringLiteral("ATEST15555555555")).ok());
    ASSERT_TRUE(session.scan(QStringLiteral("SN: ates-t155-5555-5555")).ok()); // the same serial again
    model.rowsAppended();
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(inserted.count(), 1);
    model.rowsAppended(); // nothing new: no rows announced
    EXPECT_EQ(inserted.count(), 1);

    const auto &rows = session.report().rows();
    for (int r = 0; r < model.rowCount(); ++r) {
        EXPECT_EQ(model.index(r, BatchModel::Product).data().toString(), QStringLiteral("A3130"));
        EXPECT_EQ(model.index(r, 0).data(BatchModel::VerdictRole).toInt(), int(rows[std::size_t(r)].check.verdict));
        EXPECT_FALSE(model.index(r, BatchModel::Verdict).data().toString().isEmpty());
        EXPECT_FALSE(model.index(r, BatchModel::Verdict).data(Qt::DecorationRole).value<QIcon>().isNull());
    }
    EXPECT_EQ(model.index(1, BatchModel::Serial).data().toString(), QStringLiteral("ATEST15555555555"));
    EXPECT_EQ(model.index(2, BatchModel::Serial).data().toString(), QStringLiteral("ATEST15555555555"));
    EXPECT_TRUE(model.index(1, BatchModel::Duplicate).data().toString().isEmpty());
    EXPECT_EQ(model.index(2, BatchModel::Duplicate).data().toString(), QStringLiteral("Duplicate serial"));
    EXPECT_TRUE(model.index(2, BatchModel::Input).data().toString().startsWith(QStringLiteral("SN: ates-t155-5555-5555")));

    model.setReport(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(Models, CasesModelShowsTheCaseLogInWords)
{
    CaseRecord known;
    known.id = 1;
    known.created = QDateTime(QDate(2026, 1, 15), QTime(9, 30), Qt::UTC);
    known.model = QStringLiteral("A3130");
    known.variantCode = QStringLiteral("A3130011");
    known.colourId = QStringLiteral("black");
    known.serial = QStringLiteral("ATEST15555555555");
    known.verdict = verdictKey(Verdict::Affected);
    known.status = CaseStatus::KitRequested;
    known.note = QStringLiteral("Caller will post it on Monday\nSecond line");
    CaseRecord fromNewerVersion;
    fromNewerVersion.id = 2;
    fromNewerVersion.created = known.created;
    fromNewerVersion.model = QStringLiteral("Z9999");
    fromNewerVersion.verdict = QStringLiteral("some_future_verdict");

    auto catalogue = shipped();
    ASSERT_NE(catalogue, nullptr);
    auto colours = catalogue->colours();
    ASSERT_TRUE(colours.ok());
    CasesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setColours(*colours);
    model.setCases({known, fromNewerVersion});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), int(CasesModel::ColumnCount));
    EXPECT_EQ(model.index(0, CasesModel::Product).data().toString(), QStringLiteral("A3130 · A3130011"));
    EXPECT_EQ(model.index(0, CasesModel::Colour).data().toString(), QStringLiteral("Black"));
    EXPECT_EQ(model.index(0, CasesModel::Serial).data().toString(), QStringLiteral("ATEST15555555555"));
    EXPECT_NE(model.index(0, CasesModel::Verdict).data().toString(), known.verdict); // in words, not the key
    EXPECT_NE(model.index(0, CasesModel::Status).data().toString(), QStringLiteral("kit_requested"));
    EXPECT_EQ(model.index(0, CasesModel::Note).data().toString(), QStringLiteral("Caller will post it on Monday"));
    EXPECT_EQ(model.index(0, CasesModel::Note).data(Qt::ToolTipRole).toString(), known.note);
    EXPECT_EQ(model.index(1, CasesModel::Product).data().toString(), QStringLiteral("Z9999"));
    EXPECT_EQ(model.index(1, CasesModel::Verdict).data().toString(), QStringLiteral("some_future_verdict"));
    EXPECT_TRUE(model.index(1, CasesModel::Colour).data().toString().isEmpty());
    EXPECT_EQ(model.caseAt(1)->id, 2);
    EXPECT_EQ(model.caseAt(2), nullptr);
    EXPECT_EQ(model.caseAt(-1), nullptr);
    model.setCases({});
    EXPECT_EQ(model.rowCount(), 0);
}
