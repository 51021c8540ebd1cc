#include "StatusStyle.h"

#include "Texts.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace recall;

namespace {
const QColor danger(0xB3, 0x26, 0x1E);
const QColor warning(0xA8, 0x5A, 0x00);
const QColor safe(0x2E, 0x6B, 0x30);
const QColor neutral(0x4A, 0x55, 0x68);
} // namespace

StatusLook StatusStyle::forVerdict(Verdict verdict, const Texts &texts)
{
    switch (verdict) {
    case Verdict::Affected: return {danger, Qt::white, StatusLook::Symbol::Exclamation, texts.verdictHeadline(verdict)};
    case Verdict::LikelyAffected: return {warning, Qt::white, StatusLook::Symbol::Exclamation, texts.verdictHeadline(verdict)};
    case Verdict::NotAffected: return {safe, Qt::white, StatusLook::Symbol::Check, texts.verdictHeadline(verdict)};
    case Verdict::NoRecord: return {neutral, Qt::white, StatusLook::Symbol::Dash, texts.verdictHeadline(verdict)};
    case Verdict::InvalidInput: return {neutral, Qt::white, StatusLook::Symbol::Question, texts.verdictHeadline(verdict)};
    }
    return {};
}

StatusLook StatusStyle::forStatus(RecallStatus status)
{
    switch (status) {
    case RecallStatus::Covered: return {danger, Qt::white, StatusLook::Symbol::Exclamation, tr("Recall")};
    case RecallStatus::PartlyCovered: return {warning, Qt::white, StatusLook::Symbol::Exclamation, tr("Recall: some colours")};
    case RecallStatus::NotCovered: return {safe, Qt::white, StatusLook::Symbol::Check, tr("Colour not covered")};
    }
    return {};
}

QColor StatusStyle::tint(const QColor &c)
{
    constexpr float keep = 0.14f;
    return QColor::fromRgbF(1 - keep + keep * c.redF(), 1 - keep + keep * c.greenF(), 1 - keep + keep * c.blueF());
}

QPixmap StatusStyle::badge(const StatusLook &look, int size, qreal devicePixelRatio)
{
    QPixmap pixmap = QPixmap::fromImage(badgeImage(look, qRound(size * devicePixelRatio)));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

QImage StatusStyle::badgeImage(const StatusLook &look, int pixels)
{
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(look.background);
    p.drawEllipse(QRectF(0, 0, pixels, pixels));
    // Symbols are drawn, not typed, so they never depend on a font having the glyph.
    const qreal s = pixels;
    p.setPen(QPen(look.foreground, s * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (look.symbol) {
    case StatusLook::Symbol::Exclamation:
        p.drawLine(QPointF(s * 0.5, s * 0.22), QPointF(s * 0.5, s * 0.56));
        p.drawPoint(QPointF(s * 0.5, s * 0.76));
        break;
    case StatusLook::Symbol::Check:
        p.drawPolyline(QPolygonF({QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.73, s * 0.34)}));
        break;
    case StatusLook::Symbol::Dash: p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5)); break;
    case StatusLook::Symbol::Question: {
        QPainterPath path;
        path.moveTo(s * 0.36, s * 0.36);
        path.cubicTo(s * 0.36, s * 0.18, s * 0.66, s * 0.18, s * 0.64, s * 0.38);
        path.cubicTo(s * 0.62, s * 0.5, s * 0.5, s * 0.48, s * 0.5, s * 0.6);
        p.drawPath(path);
        p.drawPoint(QPointF(s * 0.5, s * 0.78));
        break;
    }
    }
    p.end();
    return image;
}
