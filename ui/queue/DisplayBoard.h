#pragma once

// The display board of the hall (叫号屏): the latest calls (ticket → window), the waiting count
// of every category and a scrolling notice line. It reads the shared database and polls a
// cheap change stamp every second, so a call made on any PC shows within two seconds, and it
// announces each new call.

#include "scheduling/SchedulingTypes.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTimer;

namespace civicdesk {

class Announcer;
class NoticeTicker;
class Services;

class DisplayBoard : public QWidget {
    Q_OBJECT
public:
    DisplayBoard(Services& services, bool voice = true, QWidget* parent = nullptr);

    // Reads the queue now (the timer does this every second when something changed).
    void poll();
    // The calls said out loud so far, for tests.
    QStringList announced() const { return m_announced; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void reload();

    Services& m_services;
    Announcer* m_announcer = nullptr;
    QString m_stamp;
    QString m_lastCallKey;
    QStringList m_announced;
    QLabel* m_clock = nullptr;
    QLabel* m_latest = nullptr;
    QTableWidget* m_calls = nullptr;
    QTableWidget* m_queues = nullptr;
    NoticeTicker* m_notice = nullptr;
    QTimer* m_timer = nullptr;
};

// Opens a display board of its own: full screen on the second screen when there is one, else
// as a normal window. It closes with `owner`.
DisplayBoard* openDisplayBoard(Services& services, QWidget* owner);

// A line of text that scrolls from right to left, for notices on the board.
class NoticeTicker : public QWidget {
    Q_OBJECT
public:
    explicit NoticeTicker(QWidget* parent = nullptr);
    void setText(const QString& text);
    QString text() const { return m_text; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    int m_offset = 0;
    QTimer* m_timer = nullptr;
};

} // namespace civicdesk
