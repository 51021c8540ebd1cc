#include "AppStyle.h"

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    switch (icon) {
    case SP_LineEditClearButton:
        return QIcon(QStringLiteral(":/icons/ui/clear.svg"));
    case SP_ToolBarHorizontalExtensionButton:
        return QIcon(QStringLiteral(":/icons/ui/more.svg"));
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}
