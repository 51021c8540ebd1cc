#pragma once

#include <QColor>
#include <QImage>
#include <QPixmap>
#include <QString>

// Original drawings of each product shape (resources/illustrations/*.svg), painted in a variant's colour.
// A licensed photo, when the data has one, is shown instead by the caller.
namespace Illustrations {

// `shape` is the product's illustration id (power_bank, speaker, ...); unknown ids fall back to a
// generic box. `size` is in device-independent pixels.
QPixmap product(const QString &shape, const QColor &body, int size, qreal devicePixelRatio);
QImage productImage(const QString &shape, const QColor &body, int pixels);

// A round colour swatch with a thin outline, so white is visible on white.
QPixmap swatch(const QColor &colour, int size, qreal devicePixelRatio);

} // namespace Illustrations
