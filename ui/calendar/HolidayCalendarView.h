#pragma once

// A month of the working-day calendar: working days, weekends, public holidays (named) and
// make-up working days (调休) each in their own colour, with 休 / 班 marks as on a Chinese wall
// calendar. Days of a year the calendar does not cover are hatched: they are counted with
// weekends only.

#include "calendar/WorkingCalendar.h"

#include <QCalendarWidget>

#include <memory>

namespace civicdesk {

class HolidayCalendarView : public QCalendarWidget {
    Q_OBJECT
public:
    explicit HolidayCalendarView(QWidget* parent = nullptr);

    void setCalendar(std::shared_ptr<const WorkingCalendar> calendar);
    void setToday(const QDate& today);

    // The background of a day of that kind, also used by the legend.
    static QColor background(DayKind kind);
    static QColor foreground(DayKind kind);

protected:
    void paintCell(QPainter* painter, const QRect& rect, QDate date) const override;

private:
    std::shared_ptr<const WorkingCalendar> m_calendar;
    QDate m_today;
};

} // namespace civicdesk
