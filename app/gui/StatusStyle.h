#pragma once

#include "Eligibility.h"
#include "SearchEngine.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
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
    static StatusLook forVerdict(recall::Verdict verdict);
    static StatusLook forStatus(recall::RecallStatus status);
    // A round badge with the symbol, for lists and banners.
    static QPixmap badge(const StatusLook &look, int size, qreal devicePixelRatio);
};
