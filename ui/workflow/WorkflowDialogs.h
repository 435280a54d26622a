#pragma once

// The dialogs of the workflow actions: approve, return or deny a step, suspend a case, ask
// for or decide an extension, hand over the result, withdraw. Each one runs its action itself
// when confirmed; when the core refuses, the sentence appears in the dialog and everything
// typed stays, so the person can correct it and try again.

#include "Result.h"
#include "workflow/WorkflowTypes.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace civicdesk {

class Services;

class ActionDialog : public QDialog {
    Q_OBJECT
public:
    using Done = std::function<void(const WorkflowOutcome&)>;
    ActionDialog(Services& services, const QString& title, QWidget* parent);
    // Called once the action was saved, before the dialog closes.
    void setOnDone(Done done) { m_done = std::move(done); }
    QString errorText() const;
    void accept() override;

protected:
    virtual Result<WorkflowOutcome> run() = 0;
    void setIntro(const QString& text);
    void setOkText(const QString& text);
    QFormLayout* form() const { return m_form; }
    Services& services() const { return m_services; }

private:
    Services& m_services;
    QLabel* m_intro = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    Done m_done;
};

class StepDecisionDialog : public ActionDialog {
    Q_OBJECT
public:
    enum class Mode { Approve, Return, Deny };
    StepDecisionDialog(Services& services, const CaseWorkflow& workflow, const QString& stepId,
                       Mode mode, QWidget* parent);

protected:
    Result<WorkflowOutcome> run() override;

private:
    QString m_stepId;
    Mode m_mode;
    QLineEdit* m_note = nullptr;
    QLineEdit* m_content = nullptr;
    QLineEdit* m_certificateName = nullptr;
    QLineEdit* m_certificateNumber = nullptr;
    QCheckBox* m_valid = nullptr;
    QDateEdit* m_validFrom = nullptr;
    QDateEdit* m_validUntil = nullptr;
    QComboBox* m_stage = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLineEdit* m_basis = nullptr;
};

class SuspendDialog : public ActionDialog {
    Q_OBJECT
public:
    SuspendDialog(Services& services, const CaseWorkflow& workflow, QWidget* parent);

protected:
    Result<WorkflowOutcome> run() override;

private:
    QString m_caseId;
    QComboBox* m_kind = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QSpinBox* m_days = nullptr;
};

class ExtensionRequestDialog : public ActionDialog {
    Q_OBJECT
public:
    ExtensionRequestDialog(Services& services, const CaseWorkflow& workflow, QWidget* parent);

protected:
    Result<WorkflowOutcome> run() override;

private:
    QString m_caseId;
    QPlainTextEdit* m_reason = nullptr;
    QSpinBox* m_days = nullptr;
};

class ExtensionDecisionDialog : public ActionDialog {
    Q_OBJECT
public:
    ExtensionDecisionDialog(Services& services, const CaseWorkflow& workflow, QWidget* parent);

protected:
    Result<WorkflowOutcome> run() override;

private:
    QString m_extensionId;
    QRadioButton* m_approve = nullptr;
    QRadioButton* m_reject = nullptr;
    QLineEdit* m_note = nullptr;
};

class HandoverDialog : public ActionDialog {
    Q_OBJECT
public:
    HandoverDialog(Services& services, const CaseWorkflow& workflow, QWidget* parent);

protected:
    Result<WorkflowOutcome> run() override;

private:
    void showMethod();

    QString m_caseId;
    QComboBox* m_method = nullptr;
    QLineEdit* m_recipient = nullptr;
    QComboBox* m_relation = nullptr;
    QComboBox* m_documentType = nullptr;
    QLineEdit* m_documentNumber = nullptr;
    QCheckBox* m_identityChecked = nullptr;
    QLineEdit* m_carrier = nullptr;
    QLineEdit* m_tracking = nullptr;
};

class WithdrawDialog : public ActionDialog {
    Q_OBJECT
public:
    WithdrawDialog(Services& services, const CaseWorkflow& workflow, QWidget* parent);

protected:
    Result<WorkflowOutcome> run() override;

private:
    QString m_caseId;
    QPlainTextEdit* m_reason = nullptr;
};

} // namespace civicdesk
