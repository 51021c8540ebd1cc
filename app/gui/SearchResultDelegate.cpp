#include "SearchResultDelegate.h"

#include "Illustrations.h"
#include "SearchResultsModel.h"
#include "StatusStyle.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int pictureSize = 56;
constexpr int margin = 8;
} // namespace

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {400, std::max(pictureSize, fm.height() * 2 + fm.height() / 2) + 2 * margin};
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const qreal dpr = painter->device()->devicePixelRatioF();
    const QRect r = option.rect.adjusted(margin, margin, -margin, -margin);
    const QPixmap picture = Illustrations::product(index.data(SearchResultsModel::IllustrationRole).toString(),
                                                   index.data(SearchResultsModel::SwatchRole).value<QColor>(),
                                                   pictureSize, dpr);
    painter->drawPixmap(r.left(), r.top() + (r.height() - pictureSize) / 2, picture);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor textColour = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QFontMetrics fm(option.font);
    const auto status = recall::RecallStatus(index.data(SearchResultsModel::StatusRole).toInt());
    const StatusLook look = StatusStyle::forStatus(status);

    // Badge on the right: symbol and words, so the status never depends on colour alone.
    QFont badgeFont = option.font;
    badgeFont.setBold(true);
    const QFontMetrics bfm(badgeFont);
    const int badgeWidth = bfm.horizontalAdvance(look.label) + bfm.height() + 24;
    const QRect badgeRect(r.right() - badgeWidth, r.top() + (r.height() - bfm.height() - 10) / 2, badgeWidth,
                          bfm.height() + 10);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(look.background);
    painter->drawRoundedRect(badgeRect, badgeRect.height() / 2.0, badgeRect.height() / 2.0);
    const int symbolSize = bfm.height();
    painter->drawPixmap(badgeRect.left() + 6, badgeRect.top() + (badgeRect.height() - symbolSize) / 2,
                        StatusStyle::badge(look, symbolSize, dpr));
    painter->setPen(look.foreground);
    painter->setFont(badgeFont);
    painter->drawText(badgeRect.adjusted(symbolSize + 12, 0, -10, 0), Qt::AlignVCenter | Qt::AlignLeft, look.label);
    painter->restore();

    const QRect textRect(r.left() + pictureSize + 12, r.top(), badgeRect.left() - r.left() - pictureSize - 24, r.height());
    QFont nameFont = option.font;
    nameFont.setBold(true);
    painter->save();
    painter->setPen(textColour);
    painter->setFont(nameFont);
    const QString name = QFontMetrics(nameFont).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                           textRect.width());
    painter->drawText(textRect.adjusted(0, 0, 0, -textRect.height() / 2), Qt::AlignLeft | Qt::AlignBottom, name);
    painter->setFont(option.font);
    QString detail = index.data(SearchResultsModel::ModelNumberRole).toString();
    const QString variant = index.data(SearchResultsModel::VariantRole).toString();
    if (!variant.isEmpty())
        detail += QStringLiteral("  ·  ") + variant;
    painter->drawText(textRect.adjusted(0, textRect.height() / 2, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                      fm.elidedText(detail, Qt::ElideRight, textRect.width()));
    painter->restore();
}
