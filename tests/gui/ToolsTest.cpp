// The professional tools: roles show their tabs, the phone script follows the caller's answers and its
// own language, the summary goes to the clipboard, and the handout is saved as a PDF from the check.
#include "CheckPanel.h"
#include "GuiFixture.h"
#include "HandoutBar.h"
#include "ProductPage.h"
#include "ScriptPage.h"
#include "ToolTabs.h"

#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace recall;

namespace {
int comboIndexOf(QComboBox *combo, const QString &data)
{
    return combo->findData(data);
}
} // namespace

TEST_F(GuiFixture, RolesShowTheirTools)
{
    ToolTabs *tools = m_window->tools();
    m_window->setRole(AppSettings::Role::Consumer);
    EXPECT_TRUE(tools->isShown(ToolTabs::Lookup));
    EXPECT_FALSE(tools->isShown(ToolTabs::Script));
    EXPECT_FALSE(tools->tabBar()->isVisible());
    m_window->setRole(AppSettings::Role::CallCentre);
    EXPECT_TRUE(tools->isShown(ToolTabs::Script));
    EXPECT_TRUE(tools->tabBar()->isVisible());
    EXPECT_EQ(m_settings.role(), AppSettings::Role::CallCentre);
    m_window->setRole(AppSettings::Role::Consumer);
    EXPECT_FALSE(tools->isShown(ToolTabs::Script));
}

TEST_F(GuiFixture, PhoneScriptAnswersDriveTheCheckAndItsLanguageIsItsOwn)
{
    m_window->setRole(AppSettings::Role::CallCentre);
    m_window->openProduct(QStringLiteral("A3130"));
    QTest::keyClick(m_window->searchBox(), Qt::Key_3, Qt::ControlModifier);
    ASSERT_EQ(m_window->tools()->currentTool(), ToolTabs::Script);
    ScriptPage *script = m_window->scriptPage();
    script->setScriptLanguage(Language::English);
    auto *colour = script->findChild<QComboBox *>();
    ASSERT_NE(colour, nullptr);
    EXPECT_TRUE(script->scriptText().contains(QStringLiteral("What colour is your unit?")));

    colour->setCurrentIndex(comboIndexOf(colour, QStringLiteral("white")));
    EXPECT_EQ(script->result().verdict, Verdict::NotAffected);
    EXPECT_TRUE(script->scriptText().contains(QStringLiteral("Not covered by the recalls in this data")));
    EXPECT_FALSE(script->scriptText().contains(QStringLiteral("What colour is your unit?")));

    colour->setCurrentIndex(comboIndexOf(colour, QStringLiteral("blue")));
    EXPECT_EQ(script->result().verdict, Verdict::LikelyAffected);
    EXPECT_TRUE(script->scriptText().contains(QStringLiteral("0120-775-171")));

    QTest::keyClick(m_window->searchBox(), Qt::Key_F9);
    EXPECT_EQ(script->scriptLanguage(), Language::Japanese);
    EXPECT_TRUE(script->scriptText().contains(QStringLiteral("回収")));
    EXPECT_EQ(m_translations.language(), Language::English) << "the interface keeps its language";
}

TEST_F(GuiFixture, PhoneScriptColoursFollowTheInterfaceLanguage)
{
    m_window->setRole(AppSettings::Role::CallCentre, false);
    m_window->openProduct(QStringLiteral("A1263"));
    m_window->tools()->showTool(ToolTabs::Script);
    auto *colour = m_window->scriptPage()->findChild<QComboBox *>();
    ASSERT_NE(colour, nullptr);
    const int white = comboIndexOf(colour, QStringLiteral("white"));
    ASSERT_GT(white, 0);
    EXPECT_EQ(colour->itemText(white), QStringLiteral("White"));
    m_window->setLanguage(Language::Japanese, false);
    QApplication::processEvents();
    EXPECT_EQ(colour->itemText(white), QStringLiteral("ホワイト"));
    m_window->setLanguage(Language::English, false);
    QApplication::processEvents();
    EXPECT_EQ(colour->itemText(white), QStringLiteral("White"));
}

TEST_F(GuiFixture, CopySummaryPutsThePlainTextCaseOnTheClipboard)
{
    m_window->setRole(AppSettings::Role::CallCentre);
    m_window->openProduct(QStringLiteral("A1263"));
    m_window->tools()->showTool(ToolTabs::Script);
    ScriptPage *script = m_window->scriptPage();
    script->setScriptLanguage(Language::English);
    const QList<QLineEdit *> edits = script->findChildren<QLineEdit *>();
    ASSERT_GE(edits.size(), 2);
    edits.at(1)->setText(QStringLiteral("A1B2C3D4E5F6G7H8"));
    QPushButton *copy = nullptr;
    for (QPushButton *b : script->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Copy summary"))
            copy = b;
    }
    ASSERT_NE(copy, nullptr);
    copy->click();
    const QString clip = QApplication::clipboard()->text();
    EXPECT_TRUE(clip.contains(QStringLiteral("A1263")));
    EXPECT_TRUE(clip.contains(QStringLiteral("likely_affected")));
    EXPECT_TRUE(clip.contains(QStringLiteral("A1B2C3D4E5F6G7H8")));
}

TEST_F(GuiFixture, HandoutIsSavedAsPdfInItsOwnLanguage)
{
    m_window->openProduct(QStringLiteral("A1263"));
    ProductPage *page = m_window->productPage();
    page->showTab(ProductPage::CheckTab);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
    HandoutBar *bar = page->checkPanel()->handoutBar();
    bar->setSavePathForTesting(pdf);
    auto *language = bar->findChild<QComboBox *>();
    language->setCurrentIndex(language->findData(int(Language::Japanese)));
    QPushButton *save = nullptr;
    for (QPushButton *b : bar->findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("PDF")))
            save = b;
    }
    ASSERT_NE(save, nullptr);
    save->click();
    ASSERT_TRUE(QFile::exists(pdf));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    ASSERT_FALSE(pdftotext.isEmpty());
    QProcess text;
    text.start(pdftotext, {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(content.contains(QStringLiteral("A1263")));
    EXPECT_TRUE(content.contains(QStringLiteral("回収"))) << "handout in Japanese while the interface is English";
}
