#pragma once

// A report's bar chart on the screen, with Qt Charts: grouped or stacked bars, categories on
// the horizontal axis, a whole-number value axis, the legend at the top.

#include "reports/ReportTypes.h"

#include <QChartView>

namespace civicdesk {

class ReportChartView : public QChartView {
    Q_OBJECT
public:
    explicit ReportChartView(const ReportChart& chart, QWidget* parent = nullptr);
    const ReportChart& chartData() const { return m_chart; }

private:
    ReportChart m_chart;
};

} // namespace civicdesk
