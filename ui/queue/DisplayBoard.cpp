#include "DisplayBoard.h"

#include "Announcer.h"

#include "Services.h"
#include "scheduling/QueueService.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QScreen>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace civicdesk {

namespace {

const char* const kBoardStyle =
    "QWidget#displayBoard { background: #0b2545; }"
    "QLabel { color: #f4f4f4; }"
    "QLabel#boardTitle { font-size: 34px; font-weight: bold; }"
    "QLabel#boardClock { font-size: 28px; }"
    "QLabel#latestCall { font-size: 64px; font-weight: bold; color: #ffd166; background: #13315c;"
    " border-radius: 12px; padding: 16px; }"
    "QLabel[class=\"section\"] { font-size: 26px; color: #8da9c4; }"
    "QTableWidget { background: #0b2545; color: #f4f4f4; gridline-color: #13315c; border: none;"
    " font-size: 30px; }"
    "QHeaderView::section { background: #13315c; color: #8da9c4; font-size: 22px; border: none;"
    " padding: 6px; }";

QTableWidget* boardTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, headers.size(), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(56);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setFocusPolicy(Qt::NoFocus);
    t->setShowGrid(false);
    t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return t;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align | Qt::AlignVCenter);
    return item;
}

} // namespace

DisplayBoard::DisplayBoard(Services& services, bool voice, QWidget* parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("displayBoard"));
    setWindowTitle(tr("CivicDesk display board"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QString::fromLatin1(kBoardStyle));
    if (voice)
        m_announcer = new Announcer(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Please wait for your number to be called"), this);
    title->setObjectName(QStringLiteral("boardTitle"));
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("boardClock"));
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_clock);
    layout->addLayout(header);

    m_latest = new QLabel(this);
    m_latest->setObjectName(QStringLiteral("latestCall"));
    m_latest->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_latest);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* callsTitle = new QLabel(tr("Latest calls"), this);
    callsTitle->setProperty("class", QStringLiteral("section"));
    left->addWidget(callsTitle);
    m_calls = boardTable(QStringLiteral("callsTable"), {tr("Ticket"), tr("Window")}, this);
    left->addWidget(m_calls);
    auto* right = new QVBoxLayout;
    auto* queuesTitle = new QLabel(tr("Waiting"), this);
    queuesTitle->setProperty("class", QStringLiteral("section"));
    right->addWidget(queuesTitle);
    m_queues = boardTable(QStringLiteral("queueTable"), {tr("Service"), tr("Waiting"), tr("Est. wait")}, this);
    m_queues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_queues->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_queues->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    right->addWidget(m_queues);
    columns->addLayout(left, 2);
    columns->addSpacing(24);
    columns->addLayout(right, 3);
    layout->addLayout(columns, 1);

    m_notice = new NoticeTicker(this);
    m_notice->setObjectName(QStringLiteral("noticeTicker"));
    layout->addWidget(m_notice);

    resize(1280, 720);
    reload();
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &DisplayBoard::poll);
    m_timer->start();
}

void DisplayBoard::poll()
{
    m_clock->setText(QLocale().toString(m_services.clock().now(), QStringLiteral("yyyy-MM-dd HH:mm")));
    auto stamp = QueueService::changeStamp(m_services.db(), m_services.clock().today());
    if (stamp && stamp.value() != m_stamp)
        reload();
}

void DisplayBoard::reload()
{
    const QDateTime now = m_services.clock().now();
    m_clock->setText(QLocale().toString(now, QStringLiteral("yyyy-MM-dd HH:mm")));
    auto stamp = QueueService::changeStamp(m_services.db(), now.date());
    auto calls = QueueService::latestCalls(m_services.db(), now.date(), 8);
    auto settings = SchedulingSettings::load(m_services.db());
    if (!stamp || !calls || !settings) {
        // A board on a wall has nobody to read an error to: it keeps what it showed and tries
        // again on the next tick.
        return;
    }
    m_stamp = stamp.value();

    if (calls->isEmpty()) {
        m_latest->setText(tr("Welcome"));
    } else {
        const BoardCall& c = calls->first();
        m_latest->setText(tr("%1  →  Window %2").arg(c.number).arg(c.windowNumber));
    }
    m_calls->setRowCount(calls->size());
    for (int i = 0; i < calls->size(); ++i) {
        const BoardCall& c = calls->at(i);
        m_calls->setItem(i, 0, cell(c.number));
        m_calls->setItem(i, 1, cell(tr("Window %1").arg(c.windowNumber)));
    }

    // New calls since the last look, oldest first; a recall counts as a new call.
    QVector<BoardCall> fresh;
    QString newestKey;
    for (const BoardCall& c : calls.value()) {
        const QString key = toDbTimestamp(c.calledAt) + QLatin1Char('/') + c.number + QLatin1Char('/') +
                            QString::number(c.callCount);
        if (key <= m_lastCallKey)
            break;
        if (newestKey.isEmpty())
            newestKey = key;
        fresh.prepend(c);
    }
    // What was on the board when it started is not said again.
    if (!m_lastCallKey.isEmpty()) {
        for (const BoardCall& c : fresh) {
            m_announced << Announcer::spokenText(c.number, c.windowNumber);
            if (m_announcer)
                m_announcer->announce(c.number, c.windowNumber);
        }
    }
    m_lastCallKey = newestKey.isEmpty() ? std::max(m_lastCallKey, QStringLiteral("0")) : newestKey;

    auto queues = QueueService::queues(m_services.db(), settings.value(), now);
    if (queues) {
        m_queues->setRowCount(queues->size());
        int row = 0;
        for (const CategoryQueue& q : queues.value()) {
            m_queues->setItem(row, 0, cell(QStringLiteral("%1  %2").arg(q.prefix, q.name), Qt::AlignLeft));
            m_queues->setItem(row, 1, cell(QString::number(q.waiting)));
            m_queues->setItem(row, 2, cell(q.waiting == 0 ? QStringLiteral("—")
                                                          : tr("%n min", nullptr, q.estimatedWaitMinutes)));
            ++row;
        }
    }
    m_notice->setText(settings->boardNotice.isEmpty()
                          ? tr("Please keep your ticket. If you miss your call, ask at the "
                               "information desk.")
                          : settings->boardNotice);
}

void DisplayBoard::keyPressEvent(QKeyEvent* event)
{
    // The board runs full screen without a title bar: Esc leaves full screen.
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

DisplayBoard* openDisplayBoard(Services& services, QWidget* owner)
{
    auto* board = new DisplayBoard(services, true);
    board->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(owner, &QObject::destroyed, board, &QWidget::close);
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        QScreen* second = screens.at(1) == QGuiApplication::primaryScreen() ? screens.at(0) : screens.at(1);
        board->setGeometry(second->geometry());
        board->showFullScreen();
    } else {
        board->show();
    }
    return board;
}

NoticeTicker::NoticeTicker(QWidget* parent) : QWidget(parent)
{
    QFont f = font();
    f.setPixelSize(26);
    setFont(f);
    m_timer = new QTimer(this);
    m_timer->setInterval(30);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_offset += 2;
        const int width = fontMetrics().horizontalAdvance(m_text);
        if (m_offset > width + this->width())
            m_offset = 0;
        update();
    });
    m_timer->start();
}

void NoticeTicker::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_offset = 0;
    update();
}

QSize NoticeTicker::sizeHint() const
{
    return {400, fontMetrics().height() + 16};
}

void NoticeTicker::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x13, 0x31, 0x5c));
    p.setPen(QColor(0xf4, 0xf4, 0xf4));
    // Starts a third into the line, so that a still picture shows the notice.
    const int x = width() / 3 - m_offset;
    p.drawText(QRect(x, 0, fontMetrics().horizontalAdvance(m_text) + 10, height()),
               Qt::AlignVCenter | Qt::AlignLeft, m_text);
}

} // namespace civicdesk
