#include "QrCode.h"

#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <memory>

namespace civicdesk {

Result<QrCode> QrCode::encode(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return Error(
            ErrorKind::Invalid,
            tr("The QR code for \"%1\" could not be made; the text is too long for one.").arg(text),
            QStringLiteral("QRcode_encodeString8bit failed (%1 bytes)").arg(utf8.size()));
    QrCode qr;
    qr.m_size = code->width;
    qr.m_modules.resize(code->width * code->width);
    for (int i = 0; i < qr.m_modules.size(); ++i)
        qr.m_modules[i] = (code->data[i] & 1) != 0; // bit 0: dark module
    return qr;
}

void QrCode::paint(QPainter& painter, const QRectF& target) const
{
    const qreal side = qMin(target.width(), target.height());
    const qreal module = side / sizeWithQuietZone();
    const QPointF origin(target.center().x() - side / 2 + kQuietZone * module,
                         target.center().y() - side / 2 + kQuietZone * module);
    // One path of horizontal runs: no hairline seams between neighbouring modules in a PDF
    // viewer, and a small PDF.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            path.addRect(QRectF(origin.x() + start * module, origin.y() + y * module,
                                (x - start) * module, module));
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(
        QRectF(origin.x() - kQuietZone * module, origin.y() - kQuietZone * module, side, side),
        Qt::white);
    painter.fillPath(path, Qt::black);
    painter.restore();
}

} // namespace civicdesk
