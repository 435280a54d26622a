#include "ReportChartPainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace civicdesk {

double ReportChartPainter::niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return std::max(1.0, m * magnitude);
    }
    return std::max(1.0, 10 * magnitude);
}

void ReportChartPainter::paint(QPainter& painter, const QRectF& rect, const ReportChart& chart,
                               const QFont& font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont titleFont = font;
    titleFont.setBold(true);
    // The font may be sized in pixels (ReportDocument scales its painter) or in points.
    QFont small = font;
    if (font.pixelSize() > 0)
        small.setPixelSize(std::max(1, qRound(font.pixelSize() * 0.85)));
    else
        small.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF fm(small);
    const QFontMetricsF tm(titleFont);

    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    const QRectF titleRect(rect.left(), rect.top(), rect.width(), tm.height() * 1.3);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     tm.elidedText(chart.title, Qt::ElideRight, rect.width()));

    // The legend on its own line under the title, from the right.
    painter.setFont(small);
    const QRectF legendRect(rect.left(), titleRect.bottom(), rect.width(),
                            chart.series.size() > 1 ? fm.height() * 1.3 : 0);
    qreal x = rect.right();
    for (int s = int(chart.series.size()) - 1; s >= 0 && chart.series.size() > 1; --s) {
        const ChartSeries& series = chart.series.at(s);
        const qreal w = fm.horizontalAdvance(series.name);
        x -= w;
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x, legendRect.top(), w, legendRect.height()), Qt::AlignVCenter,
                         series.name);
        x -= fm.height() * 0.9;
        painter.fillRect(QRectF(x, legendRect.center().y() - fm.height() * 0.3, fm.height() * 0.6,
                                fm.height() * 0.6),
                         QColor(series.color));
        x -= fm.height() * 1.2;
    }

    int count = int(chart.categories.size());
    double max = 0;
    for (int c = 0; c < count; ++c) {
        double stack = 0;
        for (const ChartSeries& s : chart.series) {
            const double v = c < s.values.size() ? s.values.at(c) : 0;
            stack += v;
            if (!chart.stacked)
                max = std::max(max, v);
        }
        if (chart.stacked)
            max = std::max(max, stack);
    }
    const double step = niceStep(max, 5);
    const double top = std::max(step, std::ceil(max / step) * step);

    const qreal axisLabelWidth = fm.horizontalAdvance(QString::number(top)) + fm.height() * 0.5;
    qreal labelHeight = fm.height() * 1.3;
    const QRectF plotArea(rect.left() + axisLabelWidth, legendRect.bottom() + fm.height() * 0.5,
                          rect.width() - axisLabelWidth, 0);
    const qreal slot = count > 0 ? plotArea.width() / count : plotArea.width();
    qreal widest = 0;
    for (const QString& c : chart.categories)
        widest = std::max(widest, fm.horizontalAdvance(c));
    const bool rotate = widest > slot * 0.95;
    if (rotate)
        labelHeight = std::min(widest * 0.75 + fm.height(), rect.height() * 0.35);
    const QRectF plot(plotArea.left(), plotArea.top(), plotArea.width(),
                      rect.bottom() - labelHeight - plotArea.top());

    // Grid and value axis.
    painter.setFont(small);
    for (double v = 0; v <= top + step / 2; v += step) {
        const qreal y = plot.bottom() - plot.height() * (v / top);
        painter.setPen(QPen(QColor(v == 0 ? "#555555" : "#dddddd"), 0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QColor("#444444"));
        painter.drawText(QRectF(rect.left(), y - fm.height() / 2,
                                axisLabelWidth - fm.height() * 0.3, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
    if (count == 0) {
        painter.drawText(plot, Qt::AlignCenter, QStringLiteral("—"));
        painter.restore();
        return;
    }

    const int groups = chart.stacked ? 1 : std::max<int>(1, chart.series.size());
    const qreal barWidth = slot * 0.7 / groups;
    for (int c = 0; c < count; ++c) {
        const qreal slotLeft = plot.left() + slot * c;
        qreal base = 0;
        for (int s = 0; s < chart.series.size(); ++s) {
            const ChartSeries& series = chart.series.at(s);
            const double v = c < series.values.size() ? series.values.at(c) : 0;
            if (v <= 0)
                continue;
            const qreal h = plot.height() * (v / top);
            QRectF bar;
            if (chart.stacked) {
                bar = QRectF(slotLeft + slot * 0.15,
                             plot.bottom() - plot.height() * (base / top) - h, slot * 0.7, h);
                base += v;
            } else {
                bar = QRectF(slotLeft + slot * 0.15 + barWidth * s, plot.bottom() - h, barWidth, h);
            }
            painter.fillRect(bar, QColor(series.color));
        }
        painter.setPen(QColor("#222222"));
        const QString label = chart.categories.at(c);
        if (!rotate) {
            painter.drawText(QRectF(slotLeft, plot.bottom() + 2, slot, fm.height() * 1.2),
                             Qt::AlignHCenter | Qt::AlignTop, label);
        } else {
            painter.save();
            painter.translate(slotLeft + slot / 2 + fm.height() / 3, plot.bottom() + 4);
            painter.rotate(-45);
            const QString shown = fm.elidedText(label, Qt::ElideRight, labelHeight / 0.75);
            painter.drawText(QPointF(-fm.horizontalAdvance(shown), 0), shown);
            painter.restore();
        }
    }
    painter.restore();
}

} // namespace civicdesk
