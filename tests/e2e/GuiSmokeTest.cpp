// The first window opens offscreen, searches as the user types, and says "no recall on record" (never
// "safe") when nothing matches.
#include "Catalogue.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

#include <gtest/gtest.h>

using namespace recall;

TEST(GuiSmoke, SearchAsYouTypeFillsTheList)
{
    auto catalogue = Catalogue::open(testing_support::shippedCatalogue());
    ASSERT_TRUE(catalogue.ok());
    MainWindow window(**catalogue, Language::English);
    window.show();
    auto *search = window.findChild<QLineEdit *>();
    auto *list = window.findChild<QListWidget *>();
    ASSERT_NE(search, nullptr);
    ASSERT_NE(list, nullptr);
    search->setText(QStringLiteral("A1263"));
    ASSERT_GE(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().startsWith(QStringLiteral("A1263")));
    search->setText(QStringLiteral("no such product"));
    EXPECT_EQ(list->count(), 0);
    bool saidNoRecord = false;
    for (QLabel *label : window.findChildren<QLabel *>())
        saidNoRecord |= label->text().contains(QStringLiteral("No recall on record"));
    EXPECT_TRUE(saidNoRecord);
    EXPECT_FALSE(window.grab().isNull());
}
