#pragma once

#include <QImage>
#include <QString>

// A QR code of `text` (libqrencode), black on white with the standard four-module quiet zone, each module
// `moduleSize` pixels. Null image when the text cannot be encoded.
QImage qrCodeImage(const QString &text, int moduleSize);
