#include "RosterEditor.h"

#include "Services.h"
#include "scheduling/RosterService.h"
#include "scheduling/SchedulingSettings.h"
#include "scheduling/StaffingAdvisor.h"
#include "scheduling/WindowService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace civicdesk {

namespace {

// Column c of the roster table: day c / 2, morning when even.
QDate columnDate(const QDate& monday, int column)
{
    return monday.addDays(column / 2);
}

Shift columnShift(int column)
{
    return column % 2 == 0 ? Shift::Morning : Shift::Afternoon;
}

} // namespace

RosterEditor::RosterEditor(Services& services, QWidget* parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("rosterEditor"));
    auto* layout = new QVBoxLayout(this);

    auto* nav = new QHBoxLayout;
    auto* previous = new QPushButton(tr("◀ Previous week"), this);
    previous->setObjectName(QStringLiteral("previousWeek"));
    auto* next = new QPushButton(tr("Next week ▶"), this);
    next->setObjectName(QStringLiteral("nextWeek"));
    m_weekLabel = new QLabel(this);
    m_weekLabel->setObjectName(QStringLiteral("weekLabel"));
    QFont f = m_weekLabel->font();
    f.setBold(true);
    f.setPointSize(f.pointSize() + 2);
    m_weekLabel->setFont(f);
    m_copy = new QPushButton(tr("Copy last week"), this);
    m_copy->setObjectName(QStringLiteral("copyLastWeek"));
    nav->addWidget(previous);
    nav->addWidget(m_weekLabel, 1, Qt::AlignCenter);
    nav->addWidget(next);
    nav->addSpacing(20);
    nav->addWidget(m_copy);
    layout->addLayout(nav);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(splitter);
    m_table->setObjectName(QStringLiteral("rosterTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* advicePane = new QWidget(splitter);
    auto* adviceLayout = new QVBoxLayout(advicePane);
    adviceLayout->setContentsMargins(0, 0, 0, 0);
    m_adviceNote = new QLabel(advicePane);
    m_adviceNote->setObjectName(QStringLiteral("adviceNote"));
    m_adviceNote->setWordWrap(true);
    adviceLayout->addWidget(m_adviceNote);
    m_advice = new QTableWidget(advicePane);
    m_advice->setObjectName(QStringLiteral("adviceTable"));
    m_advice->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_advice->setSelectionMode(QAbstractItemView::NoSelection);
    m_advice->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    adviceLayout->addWidget(m_advice);
    splitter->addWidget(m_table);
    splitter->addWidget(advicePane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* edit = new QHBoxLayout;
    edit->addWidget(new QLabel(tr("Seat in the selected cells:"), this));
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("rosterStaff"));
    m_staff->setMinimumWidth(180);
    edit->addWidget(m_staff);
    m_assign = new QPushButton(tr("Assign"), this);
    m_assign->setObjectName(QStringLiteral("rosterAssign"));
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("rosterClear"));
    edit->addWidget(m_assign);
    edit->addWidget(m_clear);
    edit->addStretch();
    layout->addLayout(edit);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("rosterMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(previous, &QPushButton::clicked, this, [this] { setWeek(m_monday.addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { setWeek(m_monday.addDays(7)); });
    connect(m_copy, &QPushButton::clicked, this, &RosterEditor::copyLastWeek);
    connect(m_assign, &QPushButton::clicked, this, &RosterEditor::assignSelected);
    connect(m_clear, &QPushButton::clicked, this, &RosterEditor::clearSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { assignSelected(); });

    const bool mayEdit = m_services.session().can(Permission::ManageRoster);
    for (QWidget* w : {static_cast<QWidget*>(m_staff), static_cast<QWidget*>(m_assign),
                       static_cast<QWidget*>(m_clear), static_cast<QWidget*>(m_copy)})
        w->setEnabled(mayEdit);

    if (auto staff = RosterService::rosterableStaff(m_services.db())) {
        for (const RosterStaff& s : staff.value())
            m_staff->addItem(s.displayName, s.id);
    }
    setWeek(m_services.clock().today());
}

void RosterEditor::setWeek(const QDate& anyDay)
{
    m_monday = RosterService::weekStart(anyDay);
    m_weekLabel->setText(tr("Week of %1 to %2")
                             .arg(QLocale().toString(m_monday, QLocale::ShortFormat),
                                  QLocale().toString(m_monday.addDays(6), QLocale::ShortFormat)));
    reload();
}

void RosterEditor::reload()
{
    auto windows = WindowService::windows(m_services.db());
    if (!windows)
        return showError(windows.message());
    m_windows = windows.value();
    auto entries = RosterService::week(m_services.db(), m_monday);
    if (!entries)
        return showError(entries.message());

    m_table->clear();
    m_table->setRowCount(m_windows.size());
    m_table->setColumnCount(14);
    QStringList headers;
    for (int c = 0; c < 14; ++c) {
        const QDate d = columnDate(m_monday, c);
        headers << QStringLiteral("%1 %2\n%3")
                       .arg(QLocale().dayName(d.dayOfWeek(), QLocale::ShortFormat),
                            QLocale().toString(d, QStringLiteral("M/d")),
                            columnShift(c) == Shift::Morning ? tr("AM") : tr("PM"));
    }
    m_table->setHorizontalHeaderLabels(headers);
    QStringList rows;
    for (const ServiceWindow& w : m_windows)
        rows << tr("%1 · %2").arg(w.number).arg(w.name);
    m_table->setVerticalHeaderLabels(rows);
    for (int r = 0; r < m_windows.size(); ++r) {
        for (int c = 0; c < 14; ++c) {
            auto* item = new QTableWidgetItem;
            if (columnDate(m_monday, c).dayOfWeek() > 5)
                item->setBackground(QColor(0xf0, 0xf0, 0xf0));
            m_table->setItem(r, c, item);
        }
    }
    for (const RosterEntry& e : entries.value()) {
        const int column = int(m_monday.daysTo(e.date)) * 2 + (e.shift == Shift::Afternoon ? 1 : 0);
        for (int r = 0; r < m_windows.size(); ++r) {
            if (m_windows.at(r).id == e.windowId) {
                m_table->item(r, column)->setText(e.staffName);
                m_table->item(r, column)->setData(Qt::UserRole, e.staffId);
            }
        }
    }
    loadAdvice();
}

void RosterEditor::loadAdvice()
{
    auto settings = SchedulingSettings::load(m_services.db());
    if (!settings)
        return showError(settings.message());
    auto advice = StaffingAdvisor::adviseWeek(m_services.db(), settings.value(), m_monday,
                                              m_services.clock().now());
    if (!advice)
        return showError(advice.message());
    int firstHour = 24, lastHour = -1;
    for (const HourAdvice& a : advice.value()) {
        firstHour = std::min(firstHour, a.hour);
        lastHour = std::max(lastHour, a.hour);
    }
    m_advice->clear();
    m_advice->setColumnCount(7);
    m_advice->setRowCount(std::max(0, lastHour - firstHour + 1));
    QStringList days;
    for (int d = 0; d < 7; ++d)
        days << QLocale().dayName(d + 1, QLocale::ShortFormat);
    m_advice->setHorizontalHeaderLabels(days);
    QStringList hours;
    for (int h = firstHour; h <= lastHour; ++h)
        hours << QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0'));
    m_advice->setVerticalHeaderLabels(hours);
    int shortHours = 0;
    for (const HourAdvice& a : advice.value()) {
        auto* item = new QTableWidgetItem(tr("%1 / %2").arg(a.advisedWindows).arg(a.rosteredWindows));
        item->setTextAlignment(Qt::AlignCenter);
        QString tip = tr("%1 arrivals an hour, %2 min per service: %3 windows advised, %4 rostered.")
                          .arg(a.arrivalsPerHour, 0, 'f', 1)
                          .arg(a.serviceMinutes, 0, 'f', 1)
                          .arg(a.advisedWindows)
                          .arg(a.rosteredWindows);
        if (a.understaffed()) {
            ++shortHours;
            item->setBackground(QColor(0xf8, 0xd7, 0xda));
            item->setForeground(QColor(0x9b, 0x1c, 0x1c));
            tip += QLatin1Char(' ') + (std::isinf(a.meanWaitMinutes)
                                           ? tr("The queue would grow all hour.")
                                           : tr("Expected mean wait: %1 min.").arg(a.meanWaitMinutes, 0, 'f', 0));
        }
        item->setToolTip(tip);
        m_advice->setItem(a.hour - firstHour, int(m_monday.daysTo(a.date)), item);
    }
    m_adviceNote->setText(
        tr("Staffing advice: windows needed / windows rostered per hour, so that the mean wait "
           "stays under %1 minutes (from the arrivals of the last 4 weeks). ")
            .arg(settings->targetWaitMinutes) +
        (shortHours > 0 ? tr("%n hour(s) of this week have fewer windows than advised.", nullptr, shortHours)
                        : tr("Every hour has enough windows.")));
}

void RosterEditor::assignSelected()
{
    const QString staffId = m_staff->currentData().toString();
    if (staffId.isEmpty())
        return;
    int done = 0;
    for (QTableWidgetItem* item : m_table->selectedItems()) {
        const int r = item->row();
        const int c = item->column();
        Status s = RosterService::assign(m_services.context(), columnDate(m_monday, c), columnShift(c),
                                         m_windows.at(r).id, staffId);
        if (!s) {
            reload();
            return showError(s.message());
        }
        ++done;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(done == 0 ? tr("Select one or more cells of the roster first.")
                                 : tr("%1 seated in %n shift(s).", nullptr, done).arg(m_staff->currentText()));
    reload();
}

void RosterEditor::clearSelected()
{
    for (QTableWidgetItem* item : m_table->selectedItems()) {
        Status s = RosterService::assign(m_services.context(), columnDate(m_monday, item->column()),
                                         columnShift(item->column()), m_windows.at(item->row()).id, {});
        if (!s) {
            reload();
            return showError(s.message());
        }
    }
    m_message->clear();
    reload();
}

void RosterEditor::copyLastWeek()
{
    auto copied = RosterService::copyWeek(m_services.context(), m_monday.addDays(-7), m_monday);
    if (!copied)
        return showError(copied.message());
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Copied %n seat(s) from last week; the seats this week had before were "
                          "replaced.",
                          nullptr, copied.value()));
    reload();
}

void RosterEditor::showError(const QString& message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setText(message);
}

} // namespace civicdesk
