#include "Illustrations.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace Illustrations {

namespace {
// The body colour token every product drawing uses (see resources/illustrations).
const QByteArray bodyToken = "#C0FFEE";

QByteArray svgSource(const QString &shape)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(shape);
    if (it == cache.end()) {
        QFile f(QStringLiteral(":/illustrations/") + shape + QStringLiteral(".svg"));
        if (!f.open(QIODevice::ReadOnly))
            f.setFileName(QStringLiteral(":/illustrations/power_bank.svg"));
        if (!f.isOpen() && !f.open(QIODevice::ReadOnly))
            return {};
        it = cache.insert(shape, f.readAll());
    }
    return it.value();
}
} // namespace

QPixmap product(const QString &shape, const QColor &body, int size, qreal devicePixelRatio)
{
    const QString key = QStringLiteral("product/%1/%2/%3/%4").arg(shape, body.name()).arg(size).arg(devicePixelRatio);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = QPixmap::fromImage(productImage(shape, body, qRound(size * devicePixelRatio)));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

QImage productImage(const QString &shape, const QColor &body, int pixels)
{
    QByteArray svg = svgSource(shape);
    svg.replace(bodyToken, body.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    return image;
}

QPixmap swatch(const QColor &colour, int size, qreal devicePixelRatio)
{
    const int pixels = qRound(size * devicePixelRatio);
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0, 0, 0, 110), devicePixelRatio * 1.5));
    painter.setBrush(colour);
    const qreal inset = devicePixelRatio * 1.5;
    painter.drawEllipse(QRectF(inset, inset, pixels - 2 * inset, pixels - 2 * inset));
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace Illustrations
