#pragma once

// The ticket dispenser (取号机): a full-screen, touch-friendly window where the applicant picks
// a priority class if one applies and taps the service; the ticket (number, service, time,
// people ahead, estimated wait) is shown big and handed to the printer.

#include "scheduling/SchedulingTypes.h"

#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QTimer;

namespace civicdesk {

class Services;

class KioskWindow : public QWidget {
    Q_OBJECT
public:
    explicit KioskWindow(Services& services, QWidget* parent = nullptr);

    // Rebuilds the service buttons with the current waiting counts.
    void refresh();

signals:
    // A ticket was issued (after its transaction committed): for the ticket printer.
    void ticketIssued(const civicdesk::TicketSlip& slip);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void issue(const QString& categoryId);
    void showChoice();

    Services& m_services;
    QStackedWidget* m_pages = nullptr;
    QGridLayout* m_servicesGrid = nullptr;
    QWidget* m_choice = nullptr;
    QButtonGroup* m_priority = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_slipText = nullptr;
    QTimer* m_back = nullptr;
};

} // namespace civicdesk
