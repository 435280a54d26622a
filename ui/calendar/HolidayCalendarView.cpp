#include "HolidayCalendarView.h"

#include <QHeaderView>
#include <QPainter>
#include <QTableView>

namespace civicdesk {

HolidayCalendarView::HolidayCalendarView(QWidget* parent)
    : QCalendarWidget(parent), m_calendar(std::make_shared<const WorkingCalendar>())
{
    setFirstDayOfWeek(Qt::Monday);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
    setGridVisible(true);
    setMinimumSize(560, 420);
    // The row of weekday names needs one line, not a sixth of the height: give it to the days.
    if (auto* table = findChild<QTableView*>(QStringLiteral("qt_calendar_calendarview"))) {
        table->verticalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
        table->verticalHeader()->resizeSection(0, fontMetrics().height() + 10);
    }
}

void HolidayCalendarView::setCalendar(std::shared_ptr<const WorkingCalendar> calendar)
{
    m_calendar = std::move(calendar);
    updateCells();
}

void HolidayCalendarView::setToday(const QDate& today)
{
    m_today = today;
    updateCells();
}

QColor HolidayCalendarView::background(DayKind kind)
{
    switch (kind) {
    case DayKind::Working:
        return QColor(0xff, 0xff, 0xff);
    case DayKind::Weekend:
        return QColor(0xe4, 0xe8, 0xeb);
    case DayKind::Holiday:
        return QColor(0xfd, 0xe0, 0xe0);
    case DayKind::MakeUpWorkingDay:
        return QColor(0xdb, 0xec, 0xfc);
    }
    return {};
}

QColor HolidayCalendarView::foreground(DayKind kind)
{
    switch (kind) {
    case DayKind::Working:
        return QColor(0x21, 0x21, 0x21);
    case DayKind::Weekend:
        return QColor(0x54, 0x6e, 0x7a);
    case DayKind::Holiday:
        return QColor(0xc6, 0x28, 0x28);
    case DayKind::MakeUpWorkingDay:
        return QColor(0x15, 0x65, 0xc0);
    }
    return {};
}

void HolidayCalendarView::paintCell(QPainter* painter, const QRect& rect, QDate date) const
{
    const DayKind kind = m_calendar->kind(date);
    const bool inMonth = date.month() == monthShown() && date.year() == yearShown();
    const bool covered = m_calendar->covers(date.year());
    painter->save();

    QColor back = background(kind);
    QColor fore = foreground(kind);
    if (!inMonth) {
        back = back.lighter(104);
        fore.setAlpha(90);
    }
    painter->fillRect(rect, back);
    if (!covered)
        painter->fillRect(rect, QBrush(QColor(0x90, 0xa4, 0xae, 90), Qt::BDiagPattern));

    const QRect inner = rect.adjusted(5, 3, -5, -3);
    QFont number = font();
    number.setPointSizeF(number.pointSizeF() * 1.25);
    number.setBold(kind == DayKind::Holiday || kind == DayKind::MakeUpWorkingDay);
    painter->setFont(number);
    painter->setPen(fore);
    painter->drawText(inner, Qt::AlignLeft | Qt::AlignTop, QString::number(date.day()));

    if (kind == DayKind::Holiday || kind == DayKind::MakeUpWorkingDay) {
        // The mark of a Chinese wall calendar: 休 for a day off, 班 for a make-up working day.
        const QString mark = kind == DayKind::Holiday ? tr("Off", "calendar mark, 休")
                                                      : tr("Work", "calendar mark, 班");
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        small.setBold(true);
        painter->setFont(small);
        const QFontMetrics fm(small);
        const QRect badge(inner.right() - fm.horizontalAdvance(mark) - 6, inner.top(),
                          fm.horizontalAdvance(mark) + 6, fm.height() + 2);
        painter->fillRect(badge, fore);
        painter->setPen(back);
        painter->drawText(badge, Qt::AlignCenter, mark);

        if (const auto day = m_calendar->exception(date)) {
            painter->setPen(fore);
            const QString name = fm.elidedText(day->name, Qt::ElideRight, inner.width());
            painter->drawText(inner, Qt::AlignHCenter | Qt::AlignBottom, name);
        }
    }

    if (date == m_today) {
        painter->setPen(QPen(QColor(0xf5, 0x7c, 0x00), 2));
        painter->drawRect(rect.adjusted(2, 2, -2, -2));
    }
    if (date == selectedDate()) {
        painter->setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter->drawRect(rect.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

} // namespace civicdesk
