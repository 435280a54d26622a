#include "KioskWindow.h"

#include "Services.h"
#include "scheduling/QueueService.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace civicdesk {

namespace {

const char* const kKioskStyle =
    "QWidget#kiosk { background: #eef3f8; }"
    "QLabel#kioskTitle { font-size: 40px; font-weight: bold; color: #0b2545; }"
    "QLabel#kioskHint { font-size: 22px; color: #3e5c76; }"
    "QPushButton[class=\"service\"] { font-size: 30px; min-height: 120px; background: #1d4e89; color: white;"
    " border-radius: 14px; padding: 12px; text-align: center; }"
    "QPushButton[class=\"service\"]:pressed { background: #13315c; }"
    "QPushButton[class=\"priority\"] { font-size: 22px; min-height: 60px; border-radius: 10px;"
    " background: white; color: #0b2545; border: 2px solid #8da9c4; padding: 4px 18px; }"
    "QPushButton[class=\"priority\"]:checked { background: #ffd166; border-color: #e0a800; }"
    "QLabel#slipNumber { font-size: 120px; font-weight: bold; color: #0b2545; }"
    "QLabel#slipText { font-size: 28px; color: #0b2545; }"
    "QLabel#kioskMessage { font-size: 22px; color: #b00020; }";

} // namespace

KioskWindow::KioskWindow(Services& services, QWidget* parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("kiosk"));
    setWindowTitle(tr("CivicDesk ticket dispenser"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QString::fromLatin1(kKioskStyle));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 30, 40, 30);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // Page 1: choose.
    m_choice = new QWidget(m_pages);
    auto* choice = new QVBoxLayout(m_choice);
    auto* title = new QLabel(tr("Please choose your service"), m_choice);
    title->setObjectName(QStringLiteral("kioskTitle"));
    title->setAlignment(Qt::AlignCenter);
    choice->addWidget(title);
    auto* hint = new QLabel(tr("Priority service: tap what applies to you first."), m_choice);
    hint->setObjectName(QStringLiteral("kioskHint"));
    hint->setAlignment(Qt::AlignCenter);
    choice->addWidget(hint);
    auto* priorities = new QHBoxLayout;
    priorities->addStretch();
    m_priority = new QButtonGroup(this);
    m_priority->setExclusive(false);
    if (auto settings = SchedulingSettings::load(services.db())) {
        for (const QString& key : settings->priorityClasses) {
            auto* b = new QPushButton(SchedulingSettings::priorityName(key), m_choice);
            b->setObjectName(QStringLiteral("priority_") + key);
            b->setProperty("class", QStringLiteral("priority"));
            b->setProperty("priorityKey", key);
            b->setCheckable(true);
            m_priority->addButton(b);
            priorities->addWidget(b);
        }
    }
    // At most one class: a second tap on another replaces the first.
    connect(m_priority, &QButtonGroup::buttonToggled, this, [this](QAbstractButton* b, bool on) {
        if (!on)
            return;
        for (QAbstractButton* other : m_priority->buttons())
            if (other != b)
                other->setChecked(false);
    });
    priorities->addStretch();
    choice->addLayout(priorities);
    m_servicesGrid = new QGridLayout;
    m_servicesGrid->setSpacing(20);
    choice->addLayout(m_servicesGrid, 1);
    m_message = new QLabel(m_choice);
    m_message->setObjectName(QStringLiteral("kioskMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    choice->addWidget(m_message);
    m_pages->addWidget(m_choice);

    // Page 2: the ticket.
    auto* slip = new QWidget(m_pages);
    auto* slipLayout = new QVBoxLayout(slip);
    slipLayout->addStretch();
    m_number = new QLabel(slip);
    m_number->setObjectName(QStringLiteral("slipNumber"));
    m_number->setAlignment(Qt::AlignCenter);
    m_slipText = new QLabel(slip);
    m_slipText->setObjectName(QStringLiteral("slipText"));
    m_slipText->setAlignment(Qt::AlignCenter);
    m_slipText->setWordWrap(true);
    auto* done = new QPushButton(tr("Done"), slip);
    done->setObjectName(QStringLiteral("slipDone"));
    done->setProperty("class", QStringLiteral("priority"));
    slipLayout->addWidget(m_number);
    slipLayout->addWidget(m_slipText);
    slipLayout->addWidget(done, 0, Qt::AlignCenter);
    slipLayout->addStretch();
    m_pages->addWidget(slip);
    connect(done, &QPushButton::clicked, this, &KioskWindow::showChoice);

    m_back = new QTimer(this);
    m_back->setSingleShot(true);
    m_back->setInterval(10000);
    connect(m_back, &QTimer::timeout, this, &KioskWindow::showChoice);

    auto* refreshTimer = new QTimer(this);
    refreshTimer->setInterval(15000);
    connect(refreshTimer, &QTimer::timeout, this, [this] {
        if (m_pages->currentWidget() == m_choice)
            refresh();
    });
    refreshTimer->start();

    resize(1280, 800);
    refresh();
}

void KioskWindow::refresh()
{
    while (QLayoutItem* item = m_servicesGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto settings = SchedulingSettings::load(m_services.db());
    if (!settings) {
        m_message->setText(settings.message());
        return;
    }
    auto queues = QueueService::queues(m_services.db(), settings.value(), m_services.clock().now());
    if (!queues) {
        m_message->setText(queues.message());
        return;
    }
    int i = 0;
    for (const CategoryQueue& q : queues.value()) {
        QString state = q.windowsServing == 0
                            ? tr("no window open at the moment")
                            : tr("%n waiting", nullptr, q.waiting) + QStringLiteral(" · ") +
                                  tr("about %n min", nullptr, q.estimatedWaitMinutes);
        auto* b = new QPushButton(QStringLiteral("%1  %2\n%3").arg(q.prefix, q.name, state), m_choice);
        b->setObjectName(QStringLiteral("service_") + q.prefix);
        b->setProperty("class", QStringLiteral("service"));
        b->setEnabled(q.windowsServing > 0);
        const QString id = q.categoryId;
        connect(b, &QPushButton::clicked, this, [this, id] { issue(id); });
        m_servicesGrid->addWidget(b, i / 2, i % 2);
        ++i;
    }
}

void KioskWindow::issue(const QString& categoryId)
{
    QString priority;
    for (QAbstractButton* b : m_priority->buttons())
        if (b->isChecked())
            priority = b->property("priorityKey").toString();
    auto slip = QueueService::issue(m_services.context(), {categoryId, priority, {}, {}});
    if (!slip) {
        m_message->setText(slip.message());
        return;
    }
    m_message->clear();
    for (QAbstractButton* b : m_priority->buttons())
        b->setChecked(false);
    m_number->setText(slip->number);
    QStringList lines{slip->categoryName};
    if (!slip->priorityName.isEmpty())
        lines.first() += QStringLiteral(" · ") + slip->priorityName;
    lines << QLocale().toString(slip->issuedAt, QStringLiteral("yyyy-MM-dd HH:mm"));
    lines << tr("%n person(s) ahead of you", nullptr, slip->waitingAhead) + QStringLiteral(" · ") +
                 tr("estimated wait about %n min", nullptr, slip->estimatedWaitMinutes);
    lines << tr("Please take your ticket and watch the display board.");
    m_slipText->setText(lines.join(QLatin1Char('\n')));
    m_pages->setCurrentIndex(1);
    m_back->start();
    emit ticketIssued(slip.value());
}

void KioskWindow::showChoice()
{
    m_back->stop();
    refresh();
    m_pages->setCurrentWidget(m_choice);
}

void KioskWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace civicdesk
