#include "TransferDialog.h"

#include "Services.h"
#include "scheduling/RosterService.h"
#include "scheduling/WindowService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace civicdesk {

TransferDialog::TransferDialog(Services& services, const Ticket& ticket, const QString& fromWindowId,
                               QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("Transfer %1").arg(ticket.number));
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("The applicant keeps the ticket %1 and their place in the queue.")
                                .arg(ticket.number),
                            this));

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("transferCategory"));
    m_category->addItem(tr("(same category)"), QString());
    if (auto categories = WindowService::categories(services.db())) {
        for (const TicketCategory& c : categories.value()) {
            if (c.id != ticket.categoryId)
                m_category->addItem(QStringLiteral("%1  %2").arg(c.prefix, c.name()), c.id);
        }
    }
    form->addRow(tr("To category:"), m_category);

    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("transferWindow"));
    m_window->addItem(tr("(any window)"), QString());
    if (auto windows = WindowService::windows(services.db())) {
        for (const ServiceWindow& w : windows.value()) {
            if (w.id != fromWindowId)
                m_window->addItem(tr("%1 · %2").arg(w.number).arg(w.name), w.id);
        }
    }
    form->addRow(tr("To window:"), m_window);

    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("transferStaff"));
    m_staff->addItem(tr("(anyone)"), QString());
    if (auto staff = RosterService::rosterableStaff(services.db())) {
        for (const RosterStaff& s : staff.value()) {
            if (s.id != services.session().staffId())
                m_staff->addItem(s.displayName, s.id);
        }
    }
    form->addRow(tr("To colleague:"), m_staff);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("transferNote"));
    m_note->setPlaceholderText(tr("What the colleague should know"));
    form->addRow(tr("Note:"), m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Transfer"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox* c : {m_category, m_window, m_staff})
        connect(c, &QComboBox::currentIndexChanged, this, &TransferDialog::updateOk);
    updateOk();
}

TransferTarget TransferDialog::target() const
{
    return {m_category->currentData().toString(), m_window->currentData().toString(),
            m_staff->currentData().toString(), m_note->text()};
}

void TransferDialog::updateOk()
{
    m_ok->setEnabled(m_category->currentIndex() > 0 || m_window->currentIndex() > 0 ||
                     m_staff->currentIndex() > 0);
}

} // namespace civicdesk
