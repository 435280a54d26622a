#pragma once

// The progress of one case through its approval workflow: the stages and their steps with
// their states, dates and the time each took, the suspensions and extensions, the documents
// issued on the way, the case's limits with their lights, and the actions the signed-in
// person may take now. Mounted in the approver's inbox, the supervision view and the case
// detail view.

#include "workflow/WorkflowTypes.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace civicdesk {

class PrintService;
class Services;

class CaseProgressView : public QWidget {
    Q_OBJECT
public:
    CaseProgressView(Services& services, PrintService& printing, QWidget* parent = nullptr);

    // Shows a case (empty: none) and reads it afresh.
    void setCase(const QString& caseId);
    QString caseId() const { return m_caseId; }
    void refresh();
    // What was last read, for the parts of a screen around this view.
    const CaseWorkflow* workflow() const { return m_loaded ? &m_workflow : nullptr; }
    // The open step the step actions act on: the one selected, else the first one of the
    // signed-in person's department.
    QString actionStepId() const;
    QString message() const;
    // Inside a view that shows the case's title and documents itself: leaves those out.
    void setEmbedded(bool embedded);

signals:
    // An action changed the case (after its transaction committed).
    void changed(const QString& caseId);

private:
    void fill();
    void fillSteps();
    void fillClock();
    void fillDocuments();
    void updateActions();
    void showMessage(const QString& text, bool problem);
    void openDialog(class ActionDialog* dialog);
    void printSelected(bool pdf);

    Services& m_services;
    PrintService& m_print;
    QString m_caseId;
    CaseWorkflow m_workflow;
    bool m_loaded = false;
    bool m_embedded = false;

    QLabel* m_header = nullptr;
    QLabel* m_limits = nullptr;
    QLabel* m_warning = nullptr;
    QTreeWidget* m_steps = nullptr;
    QTreeWidget* m_clock = nullptr;
    QListWidget* m_documents = nullptr;
    QPushButton* m_printDocument = nullptr;
    QPushButton* m_pdfDocument = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_deny = nullptr;
    QPushButton* m_suspend = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_extend = nullptr;
    QPushButton* m_decideExtension = nullptr;
    QPushButton* m_handOver = nullptr;
    QPushButton* m_withdraw = nullptr;
};

} // namespace civicdesk
