#pragma once

// The administrator's editor of the working-day calendar: a month view with working days,
// weekends, public holidays and make-up working days in their colours; the selected day with
// its status and a form to change it; the year's announced days; import of a year from a
// holiday-cn file; which years are covered, with a warning when the next one is missing.
// Staff without the permission to manage the calendar see it read-only.

#include "calendar/CalendarService.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace civicdesk {

class HolidayCalendarView;
class Services;

class CalendarEditor : public QWidget {
    Q_OBJECT
public:
    explicit CalendarEditor(Services& services, QWidget* parent = nullptr);
    ~CalendarEditor() override;

    // Reads the calendar again (after a change made elsewhere).
    void reload();
    void selectDate(const QDate& date);
    QDate selectedDate() const;

    // Imports a holiday-cn file, asking before a year already in the calendar is replaced.
    bool importFile(const QString& path);
    // Adds a year to enter by hand, after asking.
    bool addYearByHand(int year);

    // How the editor asks yes/no questions; tests answer them here.
    using Confirm = std::function<bool(const QString& title, const QString& text)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showDay();
    void showYear();
    void updateForm();
    void applyChange();
    void chooseFile();
    void askYear();
    void report(const QString& text, bool ok);

    Services& m_services;
    Confirm m_confirm;
    std::shared_ptr<const WorkingCalendar> m_calendar;
    QVector<CalendarYearInfo> m_years;
    bool m_canEdit = false;

    QLabel* m_coverage = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_message = nullptr;
    HolidayCalendarView* m_view = nullptr;
    QLabel* m_yearInfo = nullptr;
    QLabel* m_dayTitle = nullptr;
    QLabel* m_dayStatus = nullptr;
    QRadioButton* m_normal = nullptr;
    QRadioButton* m_off = nullptr;
    QRadioButton* m_makeUp = nullptr;
    QComboBox* m_name = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_addYear = nullptr;
    QTreeWidget* m_yearDays = nullptr;
    int m_shownYear = 0;
};

} // namespace civicdesk
