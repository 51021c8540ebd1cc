// The item models behind the views obey Qt's model contract (QAbstractItemModelTester) and hold what core says.
#include "AppSettings.h"
#include "GuideStepsModel.h"
#include "SearchResultsModel.h"
#include "TestSupport.h"
#include "VariantsModel.h"

#include <QAbstractItemModelTester>

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
