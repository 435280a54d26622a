#pragma once

// Where a ticket goes from this window: another category, a named window, a named colleague,
// with a note for them. The new visit keeps the applicant's place.

#include "scheduling/QueueService.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace civicdesk {

class Services;

class TransferDialog : public QDialog {
    Q_OBJECT
public:
    TransferDialog(Services& services, const Ticket& ticket, const QString& fromWindowId,
                   QWidget* parent = nullptr);
    TransferTarget target() const;

private:
    void updateOk();

    QComboBox* m_category = nullptr;
    QComboBox* m_window = nullptr;
    QComboBox* m_staff = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace civicdesk
