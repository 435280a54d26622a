#pragma once

// One case as a clerk or approver reads it: the applicant (ID number and phone masked; the
// full value shown only to staff allowed to see it, each time recorded in the audit trail), the
// materials and their states, the time limits with their traffic lights, the documents issued
// (each can be printed again: audited and marked as a duplicate), and the timeline of
// everything that happened to it.
//
// The approval workflow's progress (steps, suspensions, extensions) is mounted in
// workflowProgressArea() by setWorkflowProgressWidget(); until then the area says where it goes.

#include "Result.h"
#include "documents/DocumentRegister.h"
#include "intake/Applicant.h"
#include "workflow/CaseRecord.h"

#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace civicdesk {

class Config;
class PrintService;
class Services;

class CaseDetailView : public QWidget {
    Q_OBJECT
public:
    CaseDetailView(Services& services, Config& config, QWidget* parent = nullptr);

    // Shows a case, read afresh; the sentence when it cannot be read.
    Status showCase(const QString& caseId);
    void clear();
    std::optional<CaseRecord> currentCase() const { return m_case; }

    // The place for the approval workflow's progress widget (object name
    // "workflowProgressArea"): its layout holds only that widget.
    QGroupBox* workflowProgressArea() const { return m_progressArea; }
    // Replaces what the progress area shows; the view takes ownership of the widget.
    void setWorkflowProgressWidget(QWidget* widget);

    // Reveals the full ID number (ApplicantField::DocumentNumber) or phone (ApplicantField::Phone),
    // audited; false with the sentence shown when it is not allowed.
    bool reveal(ApplicantField field);
    // The next copy of an issued document on its printer (a reprint after the first copy).
    void reprint(int documentRow);
    PrintService& printService() const { return *m_print; }

signals:
    // An application awaiting correction: continue it at the intake pane.
    void continueIntakeRequested(const QString& caseNumber);

private:
    void showApplicant();
    void showDocuments();
    void showTimeline();
    void setMessage(const QString& text, bool error);

    Services& m_services;
    PrintService* m_print = nullptr;
    std::optional<CaseRecord> m_case;
    std::optional<Applicant> m_applicant;
    QVector<IssuedDocument> m_documents;
    QString m_revealedDocument;
    QString m_revealedPhone;

    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_applicantText = nullptr;
    QPushButton* m_revealDocument = nullptr;
    QPushButton* m_revealPhone = nullptr;
    QPushButton* m_continue = nullptr;
    QLabel* m_limits = nullptr;
    QTableWidget* m_materials = nullptr;
    QGroupBox* m_progressArea = nullptr;
    QWidget* m_progressWidget = nullptr;
    QTableWidget* m_documentTable = nullptr;
    QTableWidget* m_timeline = nullptr;
};

} // namespace civicdesk
