#pragma once

// The clerk's queue pane: the window's current ticket in big type, the buttons (and function
// keys) to call, recall, serve, finish, mark a no-show, postpone and transfer, the waiting
// counts of every category, and the rating step after each service.

#include "scheduling/SchedulingTypes.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace civicdesk {

class Services;

class QueuePane : public QWidget {
    Q_OBJECT
public:
    explicit QueuePane(Services& services, QWidget* parent = nullptr);

    QString windowId() const;
    void setWindowId(const QString& id);
    // Reloads the current ticket and the waiting counts.
    void refresh();
    // A case taken in at the intake pane while this window serves `ticketId`: its number is
    // added to the cases of the ticket's finish, and the outcome set to match.
    void offerCase(const QString& ticketId, const QString& caseNumber, const QString& outcome);

signals:
    // Asks the main window to open the display board (on a second screen if there is one).
    void displayBoardRequested();

private:
    void callNext();
    void recall();
    void startServing();
    void finish();
    void markNoShow();
    void postpone();
    void transfer();
    void rate(int score);
    void skipRating();
    void toggleWindowOpen();
    void poll();

    void showTicket(const std::optional<Ticket>& ticket);
    void showError(const QString& message);
    void showInfo(const QString& message);
    void loadWindows();
    void updateButtons();
    template <typename R> bool check(const R& result);

    Services& m_services;
    std::optional<Ticket> m_current;
    QString m_toRate; // the ticket just finished, waiting for its rating
    QString m_lastStamp;

    QComboBox* m_window = nullptr;
    QPushButton* m_openButton = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_callNext = nullptr;
    QPushButton* m_recall = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_finish = nullptr;
    QPushButton* m_noShow = nullptr;
    QPushButton* m_postpone = nullptr;
    QPushButton* m_transfer = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_caseNumbers = nullptr;
    QGroupBox* m_ratingBox = nullptr;
    QLabel* m_ratingPrompt = nullptr;
    QTableWidget* m_waiting = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace civicdesk
