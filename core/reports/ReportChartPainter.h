#pragma once

// Paints a report's bar chart with QPainter, in vector form: what the PDF and the printout
// show (the screen uses Qt Charts, which needs widgets). Grouped bars, or stacked ones, a
// value axis with round steps, category labels and a legend.

#include "ReportTypes.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace civicdesk {

class ReportChartPainter {
public:
    static void paint(QPainter& painter, const QRectF& rect, const ReportChart& chart,
                      const QFont& font);
    // A round step for an axis that must reach `max` in about `ticks` steps.
    static double niceStep(double max, int ticks);
};

} // namespace civicdesk
