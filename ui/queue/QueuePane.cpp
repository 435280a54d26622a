#include "QueuePane.h"

#include "TransferDialog.h"

#include "Services.h"
#include "scheduling/QueueService.h"
#include "scheduling/RosterService.h"
#include "scheduling/WindowService.h"
#include "security/Privacy.h"
#include "security/StaffService.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace civicdesk {

namespace {

QPushButton* actionButton(const QString& name, const QString& text, const QKeySequence& key,
                          QWidget* parent)
{
    auto* b = new QPushButton(QStringLiteral("%1  (%2)").arg(text, key.toString(QKeySequence::NativeText)),
                              parent);
    b->setObjectName(name);
    b->setMinimumHeight(40);
    auto* shortcut = new QShortcut(key, parent);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, b, [b] {
        if (b->isEnabled())
            b->click();
    });
    return b;
}

} // namespace

QueuePane::QueuePane(Services& services, QWidget* parent) : QWidget(parent), m_services(services)
{
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    layout->addLayout(left, 3);

    // The window this PC serves.
    auto* windowRow = new QHBoxLayout;
    windowRow->addWidget(new QLabel(tr("Window:"), this));
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("windowCombo"));
    m_window->setMinimumWidth(220);
    windowRow->addWidget(m_window);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openWindowButton"));
    windowRow->addWidget(m_openButton);
    windowRow->addStretch();
    auto* board = new QPushButton(tr("Display board…"), this);
    board->setObjectName(QStringLiteral("displayBoardButton"));
    windowRow->addWidget(board);
    left->addLayout(windowRow);

    // The current ticket, big.
    auto* current = new QGroupBox(tr("Current ticket"), this);
    auto* currentLayout = new QVBoxLayout(current);
    m_number = new QLabel(current);
    m_number->setObjectName(QStringLiteral("currentTicket"));
    m_number->setAlignment(Qt::AlignCenter);
    QFont big = m_number->font();
    big.setPointSize(48);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setMinimumHeight(100);
    m_details = new QLabel(current);
    m_details->setObjectName(QStringLiteral("ticketDetails"));
    m_details->setAlignment(Qt::AlignCenter);
    m_details->setWordWrap(true);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 4);
    currentLayout->addWidget(m_number);
    currentLayout->addWidget(m_details);
    currentLayout->addStretch();
    left->addWidget(current, 1);

    auto* buttons = new QGridLayout;
    m_callNext = actionButton(QStringLiteral("callNextButton"), tr("Call next"), Qt::Key_F2, this);
    m_recall = actionButton(QStringLiteral("recallButton"), tr("Recall"), Qt::Key_F3, this);
    m_start = actionButton(QStringLiteral("startButton"), tr("Start service"), Qt::Key_F4, this);
    m_finish = actionButton(QStringLiteral("finishButton"), tr("Finish"), Qt::Key_F5, this);
    m_noShow = actionButton(QStringLiteral("noShowButton"), tr("No-show"), Qt::Key_F6, this);
    m_postpone = actionButton(QStringLiteral("postponeButton"), tr("Postpone"), Qt::Key_F7, this);
    m_transfer = actionButton(QStringLiteral("transferButton"), tr("Transfer…"), Qt::Key_F8, this);
    QFont bold = m_callNext->font();
    bold.setBold(true);
    m_callNext->setFont(bold);
    buttons->addWidget(m_callNext, 0, 0);
    buttons->addWidget(m_recall, 0, 1);
    buttons->addWidget(m_start, 0, 2);
    buttons->addWidget(m_finish, 0, 3);
    buttons->addWidget(m_noShow, 1, 1);
    buttons->addWidget(m_postpone, 1, 2);
    buttons->addWidget(m_transfer, 1, 3);
    left->addLayout(buttons);

    // How the service ended.
    auto* service = new QGroupBox(tr("Service"), this);
    auto* serviceLayout = new QGridLayout(service);
    m_outcome = new QComboBox(service);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    for (const QString& key : ServiceOutcome::all())
        m_outcome->addItem(ServiceOutcome::name(key), key);
    m_caseNumbers = new QLineEdit(service);
    m_caseNumbers->setObjectName(QStringLiteral("caseNumbersEdit"));
    m_caseNumbers->setPlaceholderText(tr("Case numbers handled, separated by commas"));
    serviceLayout->addWidget(new QLabel(tr("Outcome:"), service), 0, 0);
    serviceLayout->addWidget(m_outcome, 0, 1);
    serviceLayout->addWidget(new QLabel(tr("Cases:"), service), 1, 0);
    serviceLayout->addWidget(m_caseNumbers, 1, 1);
    left->addWidget(service);

    // The rating step (好差评) after a service.
    m_ratingBox = new QGroupBox(tr("Rating"), this);
    m_ratingBox->setObjectName(QStringLiteral("ratingBox"));
    auto* ratingLayout = new QVBoxLayout(m_ratingBox);
    m_ratingPrompt = new QLabel(m_ratingBox);
    m_ratingPrompt->setWordWrap(true);
    ratingLayout->addWidget(m_ratingPrompt);
    auto* scores = new QHBoxLayout;
    const QStringList names = {tr("1 Very dissatisfied"), tr("2 Dissatisfied"), tr("3 Neutral"),
                               tr("4 Satisfied"), tr("5 Very satisfied")};
    for (int score = 1; score <= 5; ++score) {
        auto* b = new QPushButton(names.at(score - 1), m_ratingBox);
        b->setObjectName(QStringLiteral("rate%1").arg(score));
        connect(b, &QPushButton::clicked, this, [this, score] { rate(score); });
        scores->addWidget(b);
    }
    auto* skip = new QPushButton(tr("Not rated"), m_ratingBox);
    skip->setObjectName(QStringLiteral("skipRating"));
    connect(skip, &QPushButton::clicked, this, &QueuePane::skipRating);
    scores->addWidget(skip);
    ratingLayout->addLayout(scores);
    m_ratingBox->hide();
    left->addWidget(m_ratingBox);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    left->addWidget(m_message);

    // Who waits.
    auto* right = new QVBoxLayout;
    layout->addLayout(right, 2);
    right->addWidget(new QLabel(tr("Waiting now"), this));
    m_waiting = new QTableWidget(0, 4, this);
    m_waiting->setObjectName(QStringLiteral("waitingTable"));
    m_waiting->setHorizontalHeaderLabels({tr("Category"), tr("Waiting"), tr("Windows"), tr("Est. wait")});
    m_waiting->verticalHeader()->hide();
    m_waiting->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_waiting->setSelectionMode(QAbstractItemView::NoSelection);
    m_waiting->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_waiting->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    right->addWidget(m_waiting);

    connect(m_callNext, &QPushButton::clicked, this, &QueuePane::callNext);
    connect(m_recall, &QPushButton::clicked, this, &QueuePane::recall);
    connect(m_start, &QPushButton::clicked, this, &QueuePane::startServing);
    connect(m_finish, &QPushButton::clicked, this, &QueuePane::finish);
    connect(m_noShow, &QPushButton::clicked, this, &QueuePane::markNoShow);
    connect(m_postpone, &QPushButton::clicked, this, &QueuePane::postpone);
    connect(m_transfer, &QPushButton::clicked, this, &QueuePane::transfer);
    connect(m_openButton, &QPushButton::clicked, this, &QueuePane::toggleWindowOpen);
    connect(board, &QPushButton::clicked, this, &QueuePane::displayBoardRequested);
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_toRate.clear();
        m_ratingBox->hide();
        // Remember the window in the work session, so that the next sign-in on this PC and
        // the audit trail know where this person sat.
        Session& session = m_services.session();
        if (!session.workSessionId().isEmpty() && session.windowId() != windowId()) {
            session.setWindowId(windowId());
            Status s = StaffService::setWindow(m_services.context(), windowId());
            if (!s)
                showError(s.message());
        }
        refresh();
    });

    loadWindows();
    // The window of this session, else the one the roster gives this person now.
    QString initial = m_services.session().windowId();
    if (initial.isEmpty() && !m_services.session().staffId().isEmpty()) {
        auto settings = SchedulingSettings::load(m_services.db());
        if (settings) {
            auto rostered = RosterService::windowFor(m_services.db(), settings.value(),
                                                     m_services.session().staffId(),
                                                     m_services.clock().now());
            if (rostered && rostered.value())
                initial = rostered.value()->id;
        }
    }
    if (!initial.isEmpty())
        setWindowId(initial);
    refresh();

    // Other windows and the dispenser change the queue: poll its change stamp.
    m_timer = new QTimer(this);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &QueuePane::poll);
    m_timer->start();
}

QString QueuePane::windowId() const
{
    return m_window->currentData().toString();
}

void QueuePane::setWindowId(const QString& id)
{
    const int index = m_window->findData(id);
    if (index >= 0)
        m_window->setCurrentIndex(index);
}

void QueuePane::loadWindows()
{
    const QString keep = windowId();
    auto windows = WindowService::windows(m_services.db());
    if (!windows) {
        showError(windows.message());
        return;
    }
    QSignalBlocker block(m_window);
    m_window->clear();
    for (const ServiceWindow& w : windows.value()) {
        m_window->addItem(tr("%1 · %2").arg(w.number).arg(w.name), w.id);
        m_window->setItemData(m_window->count() - 1, w.open, Qt::UserRole + 1);
    }
    if (!keep.isEmpty())
        setWindowId(keep);
}

void QueuePane::refresh()
{
    const QString window = windowId();
    if (!window.isEmpty()) {
        auto current = QueueService::current(m_services.db(), window);
        if (current)
            showTicket(current.value());
        else
            showError(current.message());
        auto w = WindowService::window(m_services.db(), window);
        if (w) {
            m_window->setItemData(m_window->currentIndex(), w->open, Qt::UserRole + 1);
        }
    } else {
        showTicket(std::nullopt);
    }

    auto settings = SchedulingSettings::load(m_services.db());
    if (!settings)
        return showError(settings.message());
    auto queues = QueueService::queues(m_services.db(), settings.value(), m_services.clock().now());
    if (!queues)
        return showError(queues.message());
    m_waiting->setRowCount(queues->size());
    int row = 0;
    for (const CategoryQueue& q : queues.value()) {
        auto* name = new QTableWidgetItem(QStringLiteral("%1  %2").arg(q.prefix, q.name));
        auto* waiting = new QTableWidgetItem(QString::number(q.waiting));
        waiting->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* windows = new QTableWidgetItem(QString::number(q.windowsServing));
        windows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* wait = new QTableWidgetItem(q.windowsServing == 0 ? tr("no window open")
                                          : q.waiting == 0     ? QStringLiteral("—")
                                                               : tr("%n min", nullptr, q.estimatedWaitMinutes));
        wait->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_waiting->setItem(row, 0, name);
        m_waiting->setItem(row, 1, waiting);
        m_waiting->setItem(row, 2, windows);
        m_waiting->setItem(row, 3, wait);
        ++row;
    }
    auto stamp = QueueService::changeStamp(m_services.db(), m_services.clock().today());
    if (stamp)
        m_lastStamp = stamp.value();
    updateButtons();
}

void QueuePane::poll()
{
    if (!isVisible())
        return;
    // At the close time (or the morning after) unserved tickets are closed as abandoned.
    if (m_services.session().can(Permission::ServeQueue))
        (void)QueueService::closeDueTickets(m_services.context());
    auto stamp = QueueService::changeStamp(m_services.db(), m_services.clock().today());
    if (stamp && stamp.value() != m_lastStamp)
        refresh();
}

void QueuePane::showTicket(const std::optional<Ticket>& ticket)
{
    m_current = ticket;
    if (!ticket) {
        m_number->setText(QStringLiteral("—"));
        m_details->setText(windowId().isEmpty() ? tr("Choose the window you serve at.")
                                                : tr("No ticket at this window. Call the next one."));
        updateButtons();
        return;
    }
    const Ticket& t = *ticket;
    m_number->setText(t.number);
    QStringList lines;
    auto category = WindowService::category(m_services.db(), t.categoryId);
    QString line = category ? category->name() : QString();
    if (t.isPriority())
        line += QStringLiteral(" · ") + tr("priority: %1").arg(SchedulingSettings::priorityName(t.priorityClass));
    lines << line;
    const QDateTime now = m_services.clock().now();
    QString state = t.status == TicketStatus::Called
                        ? tr("Called %n time(s)", nullptr, t.callCount)
                        : tr("Being served since %1").arg(QLocale().toString(t.serviceStartedAt.time(), QLocale::ShortFormat));
    lines << state + QStringLiteral(" · ") +
                 tr("issued %1, waited %n min", nullptr, t.waitedMinutes(now))
                     .arg(QLocale().toString(t.originalIssuedAt.time(), QLocale::ShortFormat));
    if (!t.transferredFromId.isEmpty())
        lines << tr("Transferred here") + (t.note.isEmpty() ? QString() : QStringLiteral(": ") + t.note);
    QStringList contact;
    if (!t.phone.isEmpty())
        contact << tr("phone %1").arg(privacy::maskPhone(t.phone));
    if (!t.idNumber.isEmpty())
        contact << tr("ID %1").arg(privacy::maskIdNumber(t.idNumber));
    if (!contact.isEmpty())
        lines << contact.join(QStringLiteral(" · "));
    m_details->setText(lines.join(QLatin1Char('\n')));
    updateButtons();
}

void QueuePane::updateButtons()
{
    const bool hasWindow = !windowId().isEmpty();
    const bool open = m_window->currentData(Qt::UserRole + 1).toBool();
    const bool called = m_current && m_current->status == TicketStatus::Called;
    const bool serving = m_current && m_current->status == TicketStatus::Serving;
    m_openButton->setEnabled(hasWindow);
    m_openButton->setText(open ? tr("Close window") : tr("Open window"));
    m_callNext->setEnabled(hasWindow && open && !m_current);
    m_recall->setEnabled(called);
    m_start->setEnabled(called);
    m_finish->setEnabled(called || serving);
    m_noShow->setEnabled(called);
    m_postpone->setEnabled(called);
    m_transfer->setEnabled(called || serving);
}

void QueuePane::showError(const QString& message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setText(message);
}

void QueuePane::showInfo(const QString& message)
{
    m_message->setStyleSheet(QString());
    m_message->setText(message);
}

template <typename R> bool QueuePane::check(const R& result)
{
    if (result)
        return true;
    showError(result.message());
    refresh();
    return false;
}

void QueuePane::callNext()
{
    auto t = QueueService::callNext(m_services.context(), windowId());
    if (!check(t))
        return;
    if (!t.value()) {
        showInfo(tr("Nobody is waiting for this window."));
        refresh();
        return;
    }
    m_toRate.clear();
    m_ratingBox->hide();
    m_caseNumbers->clear();
    showInfo(tr("Called %1.").arg(t.value()->number));
    refresh();
}

void QueuePane::recall()
{
    auto t = QueueService::recall(m_services.context(), windowId());
    if (check(t))
        showInfo(tr("Called %1 again (call %2).").arg(t->number).arg(t->callCount));
    refresh();
}

void QueuePane::startServing()
{
    auto t = QueueService::startServing(m_services.context(), windowId());
    if (check(t))
        showInfo(tr("Serving %1.").arg(t->number));
    refresh();
}

void QueuePane::offerCase(const QString& ticketId, const QString& caseNumber, const QString& outcome)
{
    refresh();
    if (!m_current || m_current->id != ticketId)
        return;
    QStringList numbers = m_caseNumbers->text().split(QRegularExpression(QStringLiteral("[,，;；\\s]+")),
                                                      Qt::SkipEmptyParts);
    if (!numbers.contains(caseNumber))
        numbers << caseNumber;
    m_caseNumbers->setText(numbers.join(QStringLiteral(", ")));
    const int index = m_outcome->findData(outcome);
    if (index >= 0)
        m_outcome->setCurrentIndex(index);
}

void QueuePane::finish()
{
    const QStringList cases = m_caseNumbers->text().split(QRegularExpression(QStringLiteral("[,，;；\\s]+")),
                                                          Qt::SkipEmptyParts);
    auto t = QueueService::finish(m_services.context(), windowId(), m_outcome->currentData().toString(), cases);
    if (!check(t))
        return;
    m_caseNumbers->clear();
    m_toRate = t->id;
    m_ratingPrompt->setText(tr("Ask the applicant of %1 to rate the service, then press their "
                               "answer.")
                                .arg(t->number));
    m_ratingBox->show();
    showInfo(tr("%1 finished.").arg(t->number));
    refresh();
}

void QueuePane::markNoShow()
{
    auto t = QueueService::markNoShow(m_services.context(), windowId());
    if (check(t))
        showInfo(tr("%1 marked as a no-show.").arg(t->number));
    refresh();
}

void QueuePane::postpone()
{
    auto t = QueueService::postpone(m_services.context(), windowId());
    if (check(t))
        showInfo(tr("%1 went back to the end of the queue.").arg(t->number));
    refresh();
}

void QueuePane::transfer()
{
    if (!m_current)
        return;
    TransferDialog dialog(m_services, *m_current, windowId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto t = QueueService::transfer(m_services.context(), windowId(), dialog.target());
    if (check(t))
        showInfo(tr("%1 was transferred; it keeps its place by the time it was first issued.")
                     .arg(t->number));
    refresh();
}

void QueuePane::rate(int score)
{
    if (m_toRate.isEmpty())
        return;
    auto r = QueueService::rate(m_services.context(), m_toRate, score, QStringLiteral("clerk"));
    if (!check(r))
        return;
    m_toRate.clear();
    m_ratingBox->hide();
    if (!r->rectificationId.isEmpty())
        showInfo(tr("Rating %1 recorded. The supervisor will follow it up by %2.")
                     .arg(score)
                     .arg(QLocale().toString(r->rectificationDue, QLocale::ShortFormat)));
    else
        showInfo(tr("Rating %1 recorded. Thank you.").arg(score));
}

void QueuePane::skipRating()
{
    m_toRate.clear();
    m_ratingBox->hide();
}

void QueuePane::toggleWindowOpen()
{
    const bool open = m_window->currentData(Qt::UserRole + 1).toBool();
    Status s = WindowService::setWindowOpen(m_services.context(), windowId(), !open);
    if (!s)
        showError(s.message());
    else
        showInfo(open ? tr("The window is closed; no tickets are called to it.")
                      : tr("The window is open."));
    refresh();
}

} // namespace civicdesk
