#include "BatchPage.h"
#include "CheckPanel.h"
#include "GuiFixture.h"
#include "GuidePage.h"
#include "GuideStepsModel.h"
#include "HomePage.h"
#include "ProductPage.h"
#include "SafetyPage.h"
#include "SearchResultsModel.h"
#include "SwatchPicker.h"
#include "Texts.h"
#include "ToolTabs.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace recall;

void GuiFixture::type(const QString &text)
{
    QLineEdit *search = m_window->searchBox();
    search->clear();
    QSignalSpy settled(m_window.get(), &MainWindow::searchSettled);
    // ASCII is typed key by key; Japanese text arrives as an input-method commit, as it does for a person.
    bool ascii = true;
    for (QChar c : text)
        ascii &= c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(search, text);
    else
        search->insert(text);
    // Typing sends one request per key; only the last one is answered, so one settle is enough.
    while (m_window->homePage()->model()->response().query != text)
        ASSERT_TRUE(settled.wait(5000)) << "no search result for " << text.toStdString();
}

namespace {
QString firstModel(MainWindow &w)
{
    const auto &results = w.homePage()->model()->response().results;
    return results.empty() ? QString() : results.front().model;
}

int rowOfColour(const ProductPage &page, const QString &colour)
{
    const auto &variants = page.details()->product.variants;
    for (std::size_t i = 0; i < variants.size(); ++i) {
        if (variants[i].colourId == colour)
            return int(i);
    }
    return -1;
}
} // namespace

TEST_F(GuiFixture, SearchBoxHasFocusAtStart)
{
    QApplication::setActiveWindow(m_window.get());
    EXPECT_TRUE(m_window->searchBox()->hasFocus() || QApplication::focusWidget() == m_window->searchBox()
                || m_window->searchBox() == m_window->focusWidget());
}

TEST_F(GuiFixture, TypingTheModelListsThePowerCoreFirst)
{
    type(QStringLiteral("A1263"));
    EXPECT_EQ(firstModel(*m_window), QStringLiteral("A1263"));
    EXPECT_EQ(m_window->page(), MainWindow::Page::Home);
}

TEST_F(GuiFixture, FullWidthAndKatakanaQueriesFindTheProduct)
{
    type(QStringLiteral("ＰｏｗｅｒＣｏｒｅ"));
    EXPECT_EQ(firstModel(*m_window), QStringLiteral("A1263"));
    type(QStringLiteral("モーション"));
    EXPECT_EQ(firstModel(*m_window), QStringLiteral("A3130"));
}

TEST_F(GuiFixture, BarcodeScannerJanAndEnterOpensTheVariant)
{
    type(QStringLiteral("4571411209314"));
    QTest::keyClick(m_window->searchBox(), Qt::Key_Return);
    ASSERT_EQ(m_window->page(), MainWindow::Page::Product);
    ProductPage *page = m_window->productPage();
    EXPECT_EQ(page->details()->product.model, QStringLiteral("A3130"));
    EXPECT_EQ(page->swatches()->current(), rowOfColour(*page, QStringLiteral("space_grey")));
}

TEST_F(GuiFixture, ArrowKeysMoveThroughResultsAndEscClears)
{
    type(QStringLiteral("soundcore"));
    QListView *view = m_window->homePage()->resultsView();
    ASSERT_GE(m_window->homePage()->model()->rowCount(), 2);
    EXPECT_EQ(view->currentIndex().row(), 0);
    QTest::keyClick(m_window->searchBox(), Qt::Key_Down);
    EXPECT_EQ(view->currentIndex().row(), 1);
    QTest::keyClick(m_window->searchBox(), Qt::Key_Up);
    EXPECT_EQ(view->currentIndex().row(), 0);
    QTest::keyClick(m_window->searchBox(), Qt::Key_Escape);
    EXPECT_TRUE(m_window->searchBox()->text().isEmpty());
}

TEST_F(GuiFixture, NothingFoundSaysNoRecordAndNeverSafe)
{
    type(QStringLiteral("iPhone 15"));
    QStringList shown;
    for (QLabel *label : m_window->homePage()->findChildren<QLabel *>()) {
        if (label->isVisibleTo(m_window.get()))
            shown << label->text();
    }
    for (QTextBrowser *text : m_window->homePage()->findChildren<QTextBrowser *>()) {
        if (text->isVisibleTo(m_window.get()))
            shown << text->toPlainText();
    }
    bool saidNoRecord = false;
    for (const QString &text : shown) {
        saidNoRecord |= text.contains(QStringLiteral("No recall on record in this data as of 7 January 2026"));
        EXPECT_FALSE(text.contains(QStringLiteral("is safe"), Qt::CaseInsensitive)
                     && !text.contains(QStringLiteral("does not mean")));
    }
    EXPECT_TRUE(saidNoRecord);
    EXPECT_TRUE(shown.join(u'\n').contains(QStringLiteral("Nothing in this data matches \"iPhone 15\"")));
}

TEST_F(GuiFixture, WhiteMotionX600SwatchIsNotCovered)
{
    m_window->openProduct(QStringLiteral("A3130"));
    ProductPage *page = m_window->productPage();
    const int white = rowOfColour(*page, QStringLiteral("white"));
    ASSERT_GE(white, 0);
    QAbstractButton *swatch = page->swatches()->findChildren<QAbstractButton *>().at(white);
    ASSERT_TRUE(swatch->isVisible());
    swatch->click();
    EXPECT_TRUE(page->selectedCoverageText().contains(QStringLiteral("not covered")));
    EXPECT_TRUE(swatch->text().contains(QStringLiteral("Not covered")));
    page->showTab(ProductPage::CheckTab);
    EXPECT_EQ(page->checkPanel()->result().verdict, Verdict::NotAffected);
    EXPECT_EQ(page->checkPanel()->verdictHeadline(), Texts(Language::English).verdictHeadline(Verdict::NotAffected));
}

TEST_F(GuiFixture, WhitePowerCoreSwatchIsCovered)
{
    m_window->openProduct(QStringLiteral("A1263"));
    ProductPage *page = m_window->productPage();
    page->selectVariant(rowOfColour(*page, QStringLiteral("white")));
    EXPECT_TRUE(page->selectedCoverageText().contains(QStringLiteral("covered</b> by recall JP-2025-10")));
}

TEST_F(GuiFixture, CompleteCheckFlowShowsTheVerdictWithReasons)
{
    m_window->openProduct(QStringLiteral("A1263"));
    ProductPage *page = m_window->productPage();
    page->showTab(ProductPage::CheckTab);
    CheckPanel *check = page->checkPanel();
    page->selectVariant(rowOfColour(*page, QStringLiteral("blue")));
    QTest::keyClicks(check->findChild<QLineEdit *>(QStringLiteral("purchaseDate")), QStringLiteral("2022-12-10"));
    EXPECT_EQ(check->result().verdict, Verdict::NotAffected);
    auto *date = check->findChild<QLineEdit *>(QStringLiteral("purchaseDate"));
    date->clear();
    QTest::keyClicks(date, QStringLiteral("2024/03/01"));
    QTest::keyClicks(check->findChild<QLineEdit *>(QStringLiteral("serial")), QStringLiteral("sn: a1b2-c3d4-e5f6-g7h8"));
    EXPECT_EQ(check->result().verdict, Verdict::LikelyAffected);
    EXPECT_EQ(check->verdictHeadline(), Texts(Language::English).verdictHeadline(Verdict::LikelyAffected));
    ASSERT_TRUE(check->result().serial.has_value());
    EXPECT_TRUE(check->result().serial->valid);
    bool showsOfficialPage = false;
    for (QLabel *label : check->findChildren<QLabel *>())
        showsOfficialPage |= label->text().contains(QStringLiteral("https://www.ankerjapan.com/pages/202510-support"));
    EXPECT_TRUE(showsOfficialPage);
}

TEST_F(GuiFixture, BadSerialIsExplainedNotChanged)
{
    m_window->openProduct(QStringLiteral("A1263"));
    CheckPanel *check = m_window->productPage()->checkPanel();
    auto *serial = check->findChild<QLineEdit *>(QStringLiteral("serial"));
    QTest::keyClicks(serial, QStringLiteral("B12#"));
    EXPECT_EQ(check->result().verdict, Verdict::InvalidInput);
    EXPECT_EQ(serial->text(), QStringLiteral("B12#"));
}

TEST_F(GuiFixture, SwitchingLanguageChangesVisibleLabelsWithoutRestart)
{
    m_window->openProduct(QStringLiteral("A1263"));
    auto *tabs = m_window->productPage()->findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    const QString englishTab = tabs->tabText(ProductPage::CheckTab);
    const QString englishMenu = m_window->menuBar()->actions().first()->text();
    QTest::keyClick(m_window->searchBox(), Qt::Key_F12);
    QApplication::processEvents(); // Qt posts LanguageChange to every window
    EXPECT_EQ(m_translations.language(), Language::Japanese);
    EXPECT_NE(tabs->tabText(ProductPage::CheckTab), englishTab);
    EXPECT_NE(m_window->menuBar()->actions().first()->text(), englishMenu);
    EXPECT_EQ(m_settings.language(), Language::Japanese);
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("リコール")));
    m_window->setLanguage(Language::English);
    QApplication::processEvents();
    EXPECT_EQ(tabs->tabText(ProductPage::CheckTab), englishTab);
}

// Start-up builds only the start page; the others are built when first shown, and then look and speak as if
// they had been there from the start (the window's language and text size).
TEST_F(GuiFixture, PagesAreBuiltWhenFirstNeededInTheCurrentLanguageAndTextSize)
{
    EXPECT_EQ(m_window->findChild<ProductPage *>(), nullptr);
    EXPECT_EQ(m_window->findChild<SafetyPage *>(), nullptr);
    EXPECT_EQ(m_window->findChild<BatchPage *>(), nullptr);

    m_window->setLanguage(Language::Japanese, false);
    QApplication::processEvents();
    m_window->showSafety();
    auto *safety = m_window->findChild<SafetyPage *>();
    ASSERT_NE(safety, nullptr);
    EXPECT_TRUE(safety->isVisible());

    m_window->openProduct(QStringLiteral("A1263"));
    ProductPage *product = m_window->findChild<ProductPage *>();
    ASSERT_EQ(product, m_window->productPage());
    EXPECT_TRUE(product->isVisible());
    auto *tabs = product->findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    EXPECT_TRUE(tabs->tabText(ProductPage::CheckTab).contains(QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30ff}]"))))
        << tabs->tabText(ProductPage::CheckTab).toStdString();
    EXPECT_EQ(product->font().pointSizeF(), m_window->homePage()->font().pointSizeF());
    EXPECT_GT(product->font().pointSizeF(), QApplication::font().pointSizeF());

    m_window->setRole(AppSettings::Role::ServiceDesk, false);
    QTest::keyClick(m_window->searchBox(), Qt::Key_2, Qt::ControlModifier);
    auto *batch = m_window->findChild<BatchPage *>();
    ASSERT_NE(batch, nullptr);
    EXPECT_TRUE(batch->isVisible());
    EXPECT_EQ(m_window->tools()->currentTool(), ToolTabs::Batch);
}

// Larger text reaches every plain text shown on a page already shown, on a page built afterwards, and on a label
// whose colour follows the verdict (re-styled whenever the choice changes).
TEST_F(GuiFixture, LargerTextEnlargesEveryPage)
{
    m_window->openProduct(QStringLiteral("A1263"));
    const auto bodySizes = [](const QWidget *page) {
        QSet<qreal> sizes;
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            if (label->isVisible() && (label->objectName().isEmpty() || label->objectName() == QStringLiteral("selection")))
                sizes.insert(label->font().pointSizeF());
        }
        return sizes;
    };
    const QSet<qreal> before = bodySizes(m_window->productPage());
    ASSERT_EQ(before.size(), 1) << "every body text has the same size";

    QAction *larger = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Plus))
            larger = action;
    }
    ASSERT_NE(larger, nullptr);
    larger->trigger();
    const QSet<qreal> after = bodySizes(m_window->productPage());
    ASSERT_EQ(after.size(), 1);
    EXPECT_GT(*after.begin(), *before.begin() * 1.15);

    m_window->showSafety();
    EXPECT_EQ(bodySizes(m_window->findChild<SafetyPage *>()), after);
    larger->trigger();
    m_window->goBack();
    EXPECT_EQ(bodySizes(m_window->productPage()), before);
}

TEST_F(GuiFixture, GuideStepsSurviveARestart)
{
    m_window->openProduct(QStringLiteral("A1263"));
    GuideStepsModel *steps = m_window->productPage()->guidePage()->model();
    ASSERT_GE(steps->rowCount(), 3);
    for (int row = 0; row < steps->rowCount(); ++row)
        steps->setData(steps->index(row, 0), Qt::Unchecked, Qt::CheckStateRole);
    steps->setData(steps->index(1, 0), Qt::Checked, Qt::CheckStateRole);

    m_window.reset();
    AppSettings freshSettings;
    MainWindow restarted(*m_catalogue, m_catalogue->path(), m_translations, freshSettings, m_clock);
    restarted.openProduct(QStringLiteral("A1263"));
    GuideStepsModel *again = restarted.productPage()->guidePage()->model();
    EXPECT_EQ(again->index(1, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    EXPECT_EQ(again->index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
}

TEST_F(GuiFixture, PastedSerialIsCarriedIntoTheCheck)
{
    type(QStringLiteral("SN: A1B2-C3D4-E5F6-G7H8"));
    m_window->searchNow(QStringLiteral("A1263"));
    m_window->openProduct(QStringLiteral("A1263"));
    auto *serial = m_window->productPage()->checkPanel()->findChild<QLineEdit *>(QStringLiteral("serial"));
    EXPECT_EQ(serial->text(), QStringLiteral("A1B2C3D4E5F6G7H8"));
}

TEST_F(GuiFixture, SafetyIsOneClickAway)
{
    m_window->openProduct(QStringLiteral("A1263"));
    QTest::keyClick(m_window->searchBox(), Qt::Key_F1);
    EXPECT_EQ(m_window->page(), MainWindow::Page::Safety);
    m_window->goBack();
    EXPECT_EQ(m_window->page(), MainWindow::Page::Product);
}
