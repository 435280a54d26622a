#pragma once

// QR codes on printed documents (the case number on the acceptance receipt, so that a phone
// or the counter's scanner finds the case). Encoded by libqrencode; drawn as vector squares
// from its module matrix, so that it stays sharp on a 203 dpi thermal head and in a PDF.

#include "Result.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;

namespace civicdesk {

class QrCode {
    Q_DECLARE_TR_FUNCTIONS(QrCode)
public:
    // Error correction M (15 %): survives a smudge or a fold.
    static Result<QrCode> encode(const QString& text);

    int size() const { return m_size; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }
    // The side of the code with its quiet zone (4 modules of white on every side), in modules.
    int sizeWithQuietZone() const { return m_size + 2 * kQuietZone; }

    // Paints the code, quiet zone included, centred in target as the largest square that fits.
    void paint(QPainter& painter, const QRectF& target) const;

    static constexpr int kQuietZone = 4;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace civicdesk
