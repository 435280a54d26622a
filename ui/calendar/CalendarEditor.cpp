#include "CalendarEditor.h"

#include "HolidayCalendarView.h"

#include "Services.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace civicdesk {

namespace {

// The names of the public holidays in the State Council's notices, offered when a day is
// marked by hand.
const QStringList& holidayNames()
{
    static const QStringList names = {QStringLiteral("元旦"),   QStringLiteral("春节"),
                                      QStringLiteral("清明节"), QStringLiteral("劳动节"),
                                      QStringLiteral("端午节"), QStringLiteral("中秋节"),
                                      QStringLiteral("国庆节")};
    return names;
}

QLabel* swatch(const QColor& colour, bool hatched, QWidget* parent)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(colour);
    QPainter p(&pixmap);
    if (hatched)
        p.fillRect(pixmap.rect(), QBrush(QColor(0x90, 0xa4, 0xae), Qt::BDiagPattern));
    p.setPen(QColor(0x90, 0xa4, 0xae));
    p.drawRect(0, 0, 15, 15);
    p.end();
    auto* label = new QLabel(parent);
    label->setPixmap(pixmap);
    return label;
}

} // namespace

CalendarEditor::CalendarEditor(Services& services, QWidget* parent)
    : QWidget(parent), m_services(services), m_calendar(std::make_shared<const WorkingCalendar>())
{
    setObjectName(QStringLiteral("calendarEditor"));
    m_canEdit = services.session().can(Permission::ManageCalendar);
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(this, title, text) == QMessageBox::Yes;
    };

    auto* heading = new QLabel(tr("Working-day calendar"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_coverage = new QLabel(this);
    m_coverage->setObjectName(QStringLiteral("coverage"));
    m_import = new QPushButton(tr("&Import year from file…"), this);
    m_import->setObjectName(QStringLiteral("importYear"));
    m_addYear = new QPushButton(tr("&Add year by hand…"), this);
    m_addYear->setObjectName(QStringLiteral("addYear"));

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("coverageWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("background: #fff4ce; border: 1px solid #e0b100; "
                                            "padding: 6px; color: #5d4300;"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_view = new HolidayCalendarView(this);
    m_view->setObjectName(QStringLiteral("monthView"));

    auto* legend = new QHBoxLayout;
    const QVector<QPair<DayKind, QString>> kinds = {
        {DayKind::Working, tr("Working day")},
        {DayKind::Weekend, tr("Weekend")},
        {DayKind::Holiday, tr("Public holiday")},
        {DayKind::MakeUpWorkingDay, tr("Make-up working day")}};
    for (const auto& k : kinds) {
        legend->addWidget(swatch(HolidayCalendarView::background(k.first), false, this));
        legend->addWidget(new QLabel(k.second, this));
        legend->addSpacing(8);
    }
    legend->addWidget(swatch(QColor(Qt::white), true, this));
    legend->addWidget(new QLabel(tr("Year not in the calendar (weekends only)"), this));
    legend->addStretch();

    m_yearInfo = new QLabel(this);
    m_yearInfo->setObjectName(QStringLiteral("yearInfo"));
    m_yearInfo->setWordWrap(true);

    auto* dayBox = new QGroupBox(tr("Selected day"), this);
    m_dayTitle = new QLabel(dayBox);
    m_dayTitle->setObjectName(QStringLiteral("dayTitle"));
    QFont titleFont = m_dayTitle->font();
    titleFont.setBold(true);
    m_dayTitle->setFont(titleFont);
    m_dayStatus = new QLabel(dayBox);
    m_dayStatus->setObjectName(QStringLiteral("dayStatus"));
    m_dayStatus->setWordWrap(true);
    m_normal = new QRadioButton(dayBox);
    m_normal->setObjectName(QStringLiteral("kindNormal"));
    m_off = new QRadioButton(tr("&Day off (public holiday)"), dayBox);
    m_off->setObjectName(QStringLiteral("kindOff"));
    m_makeUp = new QRadioButton(tr("&Make-up working day (weekend)"), dayBox);
    m_makeUp->setObjectName(QStringLiteral("kindMakeUp"));
    auto* kindGroup = new QButtonGroup(this);
    for (QRadioButton* b : {m_normal, m_off, m_makeUp})
        kindGroup->addButton(b);
    m_name = new QComboBox(dayBox);
    m_name->setObjectName(QStringLiteral("dayName"));
    m_name->setEditable(true);
    m_name->addItems(holidayNames());
    m_name->lineEdit()->setMaxLength(HolidayFile::kMaxNameLength);
    m_name->lineEdit()->setPlaceholderText(tr("the holiday, e.g. 国庆节"));
    m_apply = new QPushButton(tr("&Save change"), dayBox);
    m_apply->setObjectName(QStringLiteral("applyDay"));
    auto* dayLayout = new QVBoxLayout(dayBox);
    dayLayout->addWidget(m_dayTitle);
    dayLayout->addWidget(m_dayStatus);
    dayLayout->addSpacing(6);
    dayLayout->addWidget(m_normal);
    dayLayout->addWidget(m_off);
    dayLayout->addWidget(m_makeUp);
    auto* nameForm = new QFormLayout;
    nameForm->addRow(tr("&Name:"), m_name);
    dayLayout->addLayout(nameForm);
    auto* applyRow = new QHBoxLayout;
    applyRow->addStretch();
    applyRow->addWidget(m_apply);
    dayLayout->addLayout(applyRow);
    if (!m_canEdit) {
        auto* note = new QLabel(tr("Only an administrator can change the calendar."), dayBox);
        note->setObjectName(QStringLiteral("readOnlyNote"));
        note->setWordWrap(true);
        dayLayout->addWidget(note);
    }

    m_yearDays = new QTreeWidget(this);
    m_yearDays->setObjectName(QStringLiteral("yearDays"));
    m_yearDays->setRootIsDecorated(false);
    m_yearDays->setAlternatingRowColors(true);
    m_yearDays->setHeaderLabels({tr("Date"), tr("Day"), tr("Kind"), tr("Holiday")});
    m_yearDays->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* top = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(heading);
    titles->addWidget(m_coverage);
    top->addLayout(titles, 1);
    top->addWidget(m_import, 0, Qt::AlignBottom);
    top->addWidget(m_addYear, 0, Qt::AlignBottom);

    auto* left = new QVBoxLayout;
    left->addWidget(m_view, 1);
    left->addLayout(legend);
    auto* right = new QVBoxLayout;
    right->addWidget(m_yearInfo);
    right->addWidget(dayBox);
    right->addWidget(m_yearDays, 1);
    auto* middle = new QHBoxLayout;
    middle->addLayout(left, 3);
    middle->addLayout(right, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_warning);
    layout->addWidget(m_message);
    layout->addLayout(middle, 1);

    connect(m_view, &QCalendarWidget::selectionChanged, this, &CalendarEditor::showDay);
    connect(m_view, &QCalendarWidget::currentPageChanged, this, [this](int year, int) {
        if (year != m_shownYear)
            showYear();
    });
    connect(kindGroup, &QButtonGroup::buttonToggled, this, &CalendarEditor::updateForm);
    connect(m_apply, &QPushButton::clicked, this, &CalendarEditor::applyChange);
    connect(m_name->lineEdit(), &QLineEdit::returnPressed, this, &CalendarEditor::applyChange);
    connect(m_import, &QPushButton::clicked, this, &CalendarEditor::chooseFile);
    connect(m_addYear, &QPushButton::clicked, this, &CalendarEditor::askYear);
    connect(m_yearDays, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            selectDate(item->data(0, Qt::UserRole).toDate());
    });

    m_import->setEnabled(m_canEdit);
    m_addYear->setEnabled(m_canEdit);
    m_view->setSelectedDate(m_services.clock().today());
    reload();
}

CalendarEditor::~CalendarEditor() = default;

void CalendarEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Another PC may have changed the calendar meanwhile; the check is one read.
    auto current = CalendarService::current(m_services.db());
    if (current && current.value() != m_calendar)
        reload();
}

void CalendarEditor::reload()
{
    auto calendar = CalendarService::current(m_services.db());
    auto years = CalendarService::years(m_services.db());
    if (!calendar || !years) {
        report(!calendar ? calendar.message() : years.message(), false);
        return;
    }
    m_calendar = calendar.value();
    m_years = years.value();
    m_view->setCalendar(m_calendar);
    m_view->setToday(m_services.clock().today());

    QStringList covered;
    for (int y : m_calendar->coveredYears())
        covered << QString::number(y);
    m_coverage->setText(
        covered.isEmpty()
            ? tr("The calendar covers no year yet.")
            : tr("Years in the calendar: %1").arg(QLocale().createSeparatedList(covered)));
    const QString warning = m_calendar->coverageWarning(m_services.clock().today());
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    showYear();
    showDay();
}

void CalendarEditor::selectDate(const QDate& date)
{
    if (date.isValid() && date != m_view->selectedDate())
        m_view->setSelectedDate(date);
}

QDate CalendarEditor::selectedDate() const
{
    return m_view->selectedDate();
}

void CalendarEditor::showYear()
{
    const int year = m_view->yearShown();
    m_shownYear = year;
    const QLocale locale;
    const auto info = std::find_if(m_years.cbegin(), m_years.cend(),
                                   [year](const CalendarYearInfo& y) { return y.year == year; });
    if (info == m_years.cend()) {
        m_yearInfo->setText(tr("<b>%1 is not in the calendar.</b> Its days are counted with "
                               "weekends only (hatched). Import its holidays, or add the year by "
                               "hand.")
                                .arg(year));
    } else {
        m_yearInfo->setText(tr("<b>%1</b>: %2<br>%3, %4. Added %5 by %6; last changed %7 by %8.")
                                .arg(year)
                                .arg(info->source.toHtmlEscaped(),
                                     tr("%n day(s) off", nullptr, info->daysOff),
                                     tr("%n make-up working day(s)", nullptr, info->makeUpDays),
                                     locale.toString(info->importedAt.date(), QLocale::ShortFormat),
                                     info->importedBy.toHtmlEscaped(),
                                     locale.toString(info->updatedAt.date(), QLocale::ShortFormat),
                                     info->updatedBy.toHtmlEscaped()));
    }

    const QSignalBlocker block(m_yearDays);
    m_yearDays->clear();
    for (const CalendarDay& d : m_calendar->exceptions(year)) {
        auto* item = new QTreeWidgetItem(m_yearDays);
        item->setText(0, locale.toString(d.date, QLocale::ShortFormat));
        item->setText(1, locale.dayName(d.date.dayOfWeek(), QLocale::ShortFormat));
        item->setText(2, d.offDay ? tr("Day off") : tr("Make-up working day"));
        item->setText(3, d.name);
        item->setData(0, Qt::UserRole, d.date);
        item->setForeground(2, HolidayCalendarView::foreground(
                                   d.offDay ? DayKind::Holiday : DayKind::MakeUpWorkingDay));
    }
}

void CalendarEditor::showDay()
{
    const QDate date = m_view->selectedDate();
    const DayKind kind = m_calendar->kind(date);
    const auto exception = m_calendar->exception(date);
    const bool weekday = date.dayOfWeek() <= 5;
    const bool covered = m_calendar->covers(date.year());
    m_dayTitle->setText(QLocale().toString(date, QLocale::LongFormat));

    QString status;
    switch (kind) {
    case DayKind::Working:
        status = tr("Working day.");
        break;
    case DayKind::Weekend:
        status = tr("Weekend: a day off.");
        break;
    case DayKind::Holiday:
        status = tr("Day off: %1.").arg(exception->name);
        break;
    case DayKind::MakeUpWorkingDay:
        status = tr("Make-up working day (调休) for %1.").arg(exception->name);
        break;
    }
    if (!covered)
        status +=
            QLatin1Char(' ') +
            tr("%1 is not in the calendar, so this is the weekday rule only.").arg(date.year());
    m_dayStatus->setText(status);

    m_normal->setText(weekday ? tr("&Normal working day (Monday to Friday)")
                              : tr("&Normal weekend day off"));
    m_makeUp->setEnabled(!weekday);
    m_makeUp->setToolTip(weekday ? tr("Only a Saturday or Sunday can be a make-up working day.")
                                 : QString());
    if (!exception)
        m_normal->setChecked(true);
    else if (exception->offDay)
        m_off->setChecked(true);
    else
        m_makeUp->setChecked(true);
    m_name->setEditText(exception ? exception->name : QString());

    for (QWidget* w : std::initializer_list<QWidget*>{m_normal, m_off, m_makeUp, m_name, m_apply})
        w->setEnabled(m_canEdit && covered && (w != m_makeUp || !weekday));
    updateForm();

    // Keep the list of the year's days on the selected one.
    const QSignalBlocker block(m_yearDays);
    m_yearDays->setCurrentItem(nullptr);
    for (int i = 0; i < m_yearDays->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_yearDays->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toDate() == date)
            m_yearDays->setCurrentItem(item);
    }
}

void CalendarEditor::updateForm()
{
    m_name->setEnabled(m_canEdit && m_calendar->covers(m_view->selectedDate().year()) &&
                       !m_normal->isChecked());
}

void CalendarEditor::applyChange()
{
    if (!m_apply->isEnabled())
        return;
    const QDate date = m_view->selectedDate();
    const QString dayText = QLocale().toString(date, QLocale::LongFormat);
    const QString name = m_name->currentText().trimmed();
    const Context ctx = m_services.context();
    const auto before = m_calendar->exception(date);
    Status s;
    QString done;
    if (m_normal->isChecked()) {
        if (!before) {
            report(tr("%1 already follows the weekday rule; nothing was changed.").arg(dayText),
                   true);
            return;
        }
        s = CalendarService::resetDay(ctx, date);
        done = date.dayOfWeek() <= 5
                   ? tr("Saved: %1 is a normal working day again.").arg(dayText)
                   : tr("Saved: %1 is a normal weekend day off again.").arg(dayText);
    } else {
        const bool offDay = m_off->isChecked();
        if (before && before->offDay == offDay && before->name == name) {
            report(tr("%1 is already so; nothing was changed.").arg(dayText), true);
            return;
        }
        s = CalendarService::setDay(ctx, date, offDay, name);
        done = offDay ? tr("Saved: %1 is now a day off (%2).").arg(dayText, name)
                      : tr("Saved: %1 is now a make-up working day (%2).").arg(dayText, name);
    }
    if (!s) {
        // The form keeps what was chosen and typed, so that it can be corrected.
        report(s.message(), false);
        return;
    }
    reload();
    report(done + QLatin1Char(' ') + tr("Deadlines are counted with it from now on, on every PC."),
           true);
}

bool CalendarEditor::importFile(const QString& path)
{
    auto data = HolidayFile::read(path);
    if (!data) {
        report(data.message(), false);
        return false;
    }
    const int year = data->year;
    ExistingYear existing = ExistingYear::Refuse;
    const auto info = std::find_if(m_years.cbegin(), m_years.cend(),
                                   [year](const CalendarYearInfo& y) { return y.year == year; });
    if (info != m_years.cend()) {
        const QString question =
            tr("%1 is already in the calendar (%2, %3; last changed %4 by %5). Importing the file "
               "replaces all of its days, including days changed here by hand. Replace %1?")
                .arg(year)
                .arg(tr("%n day(s) off", nullptr, info->daysOff),
                     tr("%n make-up working day(s)", nullptr, info->makeUpDays),
                     QLocale().toString(info->updatedAt, QLocale::ShortFormat), info->updatedBy);
        if (!m_confirm(tr("Replace %1?").arg(year), question)) {
            report(tr("Nothing was imported; %1 was left as it was.").arg(year), true);
            return false;
        }
        existing = ExistingYear::Replace;
    }
    auto outcome = CalendarService::importYear(m_services.context(), data.value(), existing);
    if (!outcome) {
        report(outcome.message(), false);
        reload();
        return false;
    }
    reload();
    selectDate(QDate(year, 1, 1));
    if (outcome->unchanged)
        report(tr("%1 in the calendar already holds exactly the days of the file; nothing was "
                  "changed.")
                   .arg(year),
               true);
    else
        report((outcome->replaced ? tr("Replaced %1 in the calendar: %2, %3.")
                                  : tr("Imported %1 into the calendar: %2, %3."))
                   .arg(year)
                   .arg(tr("%n day(s) off", nullptr, outcome->daysOff),
                        tr("%n make-up working day(s)", nullptr, outcome->makeUpDays)),
               true);
    return true;
}

bool CalendarEditor::addYearByHand(int year)
{
    const QString question =
        tr("Add %1 to the calendar without any announced day? Until its public holidays and "
           "make-up working days are entered here one by one, every weekday of %1 counts as a "
           "working day. When the notice is available as a file, import it instead.")
            .arg(year);
    if (!m_confirm(tr("Add %1 by hand?").arg(year), question))
        return false;
    Status s = CalendarService::startYear(m_services.context(), year);
    if (!s) {
        report(s.message(), false);
        return false;
    }
    reload();
    selectDate(QDate(year, 1, 1));
    report(tr("%1 was added to the calendar. Select each day off and make-up working day of the "
              "notice and save it.")
               .arg(year),
           true);
    return true;
}

void CalendarEditor::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import calendar year"), QString(),
        tr("Calendar files in the holiday-cn layout (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void CalendarEditor::askYear()
{
    int suggested = m_services.clock().today().year();
    while (m_calendar->covers(suggested))
        ++suggested;
    bool ok = false;
    const int year = QInputDialog::getInt(this, tr("Add year by hand"), tr("Year:"), suggested,
                                          HolidayFile::kFirstYear, HolidayFile::kLastYear, 1, &ok);
    if (ok)
        addYearByHand(year);
}

void CalendarEditor::report(const QString& text, bool ok)
{
    m_message->setText(text);
    m_message->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                                : QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_message->setVisible(!text.isEmpty());
}

} // namespace civicdesk
