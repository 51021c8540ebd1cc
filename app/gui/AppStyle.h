#pragma once

#include <QProxyStyle>

// The platform's style, with the app's own drawings for the two icons the main window asks for when it is
// built: the line edit's clear button and the menu bar's overflow button. The style's own are bitmaps, and
// the first bitmap icon starts the image-format plugins (each plugin opened, JPEG's library loaded): about
// 3 % of start-up on the offscreen platform, for icons hidden until text is typed or the window is narrow.
class AppStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
