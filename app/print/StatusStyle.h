#pragma once

#include "Eligibility.h"
#include "SearchEngine.h"
#include "Texts.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QPixmap>
#include <QString>

// How a verdict or recall status looks: colour, icon shape and words always together, never colour alone.
struct StatusLook
{
    QColor background;
    QColor foreground;
    enum class Symbol { Exclamation, Question, Check, Dash };
    Symbol symbol;
    QString label;
};

class StatusStyle
{
    Q_DECLARE_TR_FUNCTIONS(StatusStyle)

public:
    static StatusLook forVerdict(recall::Verdict verdict, const Texts &texts);
    static StatusLook forStatus(recall::RecallStatus status);
    // A round badge with the symbol, for lists and banners.
    static QPixmap badge(const StatusLook &look, int size, qreal devicePixelRatio);
    static QImage badgeImage(const StatusLook &look, int pixels);
    // A pale version of a status colour for backgrounds: dark text stays easy to read on it.
    static QColor tint(const QColor &colour);
};
