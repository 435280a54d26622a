#pragma once

// The clerk's intake pane (受理): pick the matter (typing filters the catalog), enter the
// applicant in the order of the paper form (a scanner may type the ID number), check the
// materials with one key per row, and decide on the spot: Ctrl+Enter accepts; Ctrl+D accepts
// with a deficiency, Ctrl+N gives the one-time notice, Ctrl+K receives for checking, Ctrl+R
// refuses, Ctrl+W records a withdrawal (those that need more ask for it right below, Enter
// confirms). The decision's sentence and its document appear at once, and the document is
// printed. A returning applicant's case number (Ctrl+O) opens an application awaiting
// correction. When the clerk is serving a queue ticket, the case is linked to it.

#include "intake/IntakeService.h"
#include "scheduling/SchedulingTypes.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace civicdesk {

class ApplicantForm;
class Config;
class MaterialChecklist;
class MatterPicker;
class PrintService;
class Services;

class IntakePane : public QWidget {
    Q_OBJECT
public:
    IntakePane(Services& services, Config& config, QWidget* parent = nullptr);
    ~IntakePane() override;

    // Empties the pane for the next applicant; the focus goes to the matter.
    void startNew();
    // Opens an application awaiting correction by its case number; false (and a sentence) when
    // there is none.
    bool openWaiting(const QString& caseNumber);
    // Starts a decision as its shortcut does: at once, or its details first.
    void decide(IntakeOutcome outcome);
    // The matter chosen, if any.
    std::optional<Matter> matter() const { return m_matter; }
    // The last decision made here, until the next applicant.
    const std::optional<IntakeResult>& lastResult() const { return m_result; }
    QString message() const;
    PrintService& printService() const { return *m_print; }
    // Reloads the catalog's matters and the window's current ticket.
    void refresh();

signals:
    // A case was taken in while serving a ticket: its number for the ticket's finish, with the
    // queue outcome (ServiceOutcome) that matches the decision.
    void caseTaken(const QString& ticketId, const QString& caseNumber, const QString& queueOutcome);
    void openCaseRequested(const QString& caseId);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void chooseMatter(const QString& matterId);
    void updateMatterInfo();
    void showDetails(IntakeOutcome outcome);
    void confirm();
    void finishDecision(const IntakeResult& result, IntakeOutcome outcome);
    void printDocuments();
    void showDocuments();
    void showError(const QString& message);
    void refreshTicket();
    void setDeciding(bool enabled);
    Paper receiptPaper() const;
    Paper paperFor(const IssuedDocument& document) const;

    Services& m_services;
    Config& m_config;
    PrintService* m_print = nullptr;
    std::optional<Matter> m_matter;
    std::optional<CaseRecord> m_waiting; // an application awaiting correction, reopened
    std::optional<Ticket> m_ticket;
    std::optional<IntakeResult> m_result;
    std::optional<IntakeOutcome> m_pending; // shown details waiting for Enter
    QStringList m_printProblems;

    QLabel* m_ticketLabel = nullptr;
    QLineEdit* m_returning = nullptr;
    QComboBox* m_paper = nullptr;
    MatterPicker* m_picker = nullptr;
    QLabel* m_matterInfo = nullptr;
    QGroupBox* m_applicantBox = nullptr;
    ApplicantForm* m_applicant = nullptr;
    QLabel* m_waitingApplicant = nullptr;
    MaterialChecklist* m_materials = nullptr;
    QVector<QPushButton*> m_decisionButtons;
    QPushButton* m_receiveButton = nullptr;
    QStackedWidget* m_details = nullptr;
    QDateEdit* m_promiseDue = nullptr;
    QLabel* m_promiseLimits = nullptr;
    QDateEdit* m_correctionDue = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_authority = nullptr;
    QLineEdit* m_basis = nullptr;
    QLineEdit* m_withdrawNote = nullptr;
    QLabel* m_detailsTitle = nullptr;
    QPushButton* m_confirm = nullptr;
    QLabel* m_sentence = nullptr;
    QLabel* m_warning = nullptr;
    QWidget* m_documents = nullptr;
    QVBoxLayout* m_documentsLayout = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace civicdesk
