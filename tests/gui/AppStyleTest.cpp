// The app's style: its own drawings where the platform style would load a bitmap at start-up.
#include "AppStyle.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QToolButton>

#include <gtest/gtest.h>

namespace {
QImage drawn(const QIcon &icon)
{
    return icon.pixmap(QSize(24, 24)).toImage();
}
} // namespace

TEST(AppStyle, ClearAndOverflowButtonsAreTheAppsDrawings)
{
    AppStyle style;
    const QImage clear = drawn(QIcon(QStringLiteral(":/icons/ui/clear.svg")));
    const QImage more = drawn(QIcon(QStringLiteral(":/icons/ui/more.svg")));
    ASSERT_FALSE(clear.isNull());
    ASSERT_FALSE(more.isNull());
    EXPECT_EQ(drawn(style.standardIcon(QStyle::SP_LineEditClearButton)), clear);
    EXPECT_EQ(drawn(style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)), more);
}

TEST(AppStyle, OtherIconsAreThePlatformStyles)
{
    AppStyle style;
    for (const auto icon : {QStyle::SP_MessageBoxWarning, QStyle::SP_DialogOkButton, QStyle::SP_ArrowBack}) {
        SCOPED_TRACE(int(icon));
        EXPECT_EQ(drawn(style.standardIcon(icon)), drawn(QApplication::style()->standardIcon(icon)));
    }
}

TEST(AppStyle, ALineEditsClearButtonShowsTheAppsDrawing)
{
    AppStyle style;
    QLineEdit edit;
    edit.setStyle(&style);
    edit.setClearButtonEnabled(true);
    edit.setText(QStringLiteral("A1263"));
    const auto actions = edit.findChildren<QAction *>();
    ASSERT_EQ(actions.size(), 1);
    EXPECT_EQ(drawn(actions.first()->icon()), drawn(QIcon(QStringLiteral(":/icons/ui/clear.svg"))));
}
