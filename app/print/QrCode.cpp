#include "QrCode.h"

#include <qrencode.h>

#include <memory>

QImage qrCodeImage(const QString &text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    constexpr int quietZone = 4;
    const int modules = code->width + 2 * quietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                auto *line = reinterpret_cast<QRgb *>(image.scanLine((y + quietZone) * moduleSize + dy));
                for (int dx = 0; dx < moduleSize; ++dx)
                    line[(x + quietZone) * moduleSize + dx] = qRgb(0, 0, 0);
            }
        }
    }
    return image;
}
