#include "ReportChartView.h"

#include "reports/ReportChartPainter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace civicdesk {

ReportChartView::ReportChartView(const ReportChart& data, QWidget* parent)
    : QChartView(parent), m_chart(data)
{
    auto* chart = new QChart;
    chart->setTitle(data.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QAbstractBarSeries* series = data.stacked
                                     ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                                     : static_cast<QAbstractBarSeries*>(new QBarSeries);
    double max = 0;
    QVector<double> stacks(data.categories.size(), 0);
    for (const ChartSeries& s : data.series) {
        auto* set = new QBarSet(s.name);
        set->setColor(QColor(s.color));
        set->setBorderColor(QColor(s.color));
        for (int i = 0; i < data.categories.size(); ++i) {
            const double v = s.values.value(i);
            *set << v;
            stacks[i] += v;
            max = std::max(max, data.stacked ? stacks[i] : v);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(data.categories.isEmpty() ? QStringList{QStringLiteral("—")}
                                                 : data.categories);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    const double step = ReportChartPainter::niceStep(max, 5);
    const double top = std::max(step, std::ceil(max / step) * step);
    values->setRange(0, top);
    values->setTickCount(int(top / step) + 1);
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->legend()->setVisible(data.series.size() > 1);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
}

} // namespace civicdesk
