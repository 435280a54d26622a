#pragma once

// The applicant part of the intake form, for embedding in the intake pane: a person (name,
// document type and number, phone, address) or an organisation (name, unified social credit
// code, legal representative, contact person and phone, address), in the order of the paper
// application form.
//
// Made for the counter: every field says exactly what is wrong with it, right under it, and
// nothing typed is ever thrown away. Enter moves to the next field. A barcode scanner that
// types an ID number or credit code followed by Enter into the number field gets it checked
// and looked up; a known applicant is offered for filling in the rest (Enter accepts, Esc
// ignores), and the focus moves on. Stored ID numbers and phones stay masked until a clerk
// with the permission reveals them, which is recorded in the audit trail.

#include "intake/Applicant.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QToolButton;

namespace civicdesk {

class PersonalDataEdit;
class Services;

class ApplicantForm : public QWidget {
    Q_OBJECT
public:
    explicit ApplicantForm(Services& services, QWidget* parent = nullptr);
    ~ApplicantForm() override;

    ApplicantKind kind() const;
    void setKind(ApplicantKind kind);

    // What is entered now, as typed (not checked): the value the intake service takes.
    Applicant applicant() const;
    // Checks every field, shows each problem next to its field and puts the focus on the first
    // one; the normalised applicant when there is none.
    std::optional<Applicant> validatedApplicant();
    // Shows a stored applicant; its ID number and phone stay masked until revealed.
    void setApplicant(const Applicant& applicant);
    // Empties both pages, for the next applicant.
    void clear();
    // The focus on the first field of the current page.
    void focusFirstField();

    // The sentence shown under a field of the current page; empty when it is fine.
    QString problem(ApplicantField field) const;

signals:
    void changed();
    // A known applicant's data were filled in.
    void prefilled(const civicdesk::Applicant& stored);
    // Enter in the last field: the intake pane may go on.
    void submitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Field;
    struct Page;

    void buildPage(Page& page, ApplicantKind kind);
    Page& page(ApplicantKind kind) const;
    Page& current() const;
    Field* fieldOf(const QWidget* editor) const;

    Applicant applicantOf(const Page& page) const;
    bool checkField(Page& page, Field& field, bool showRequired);
    void showMessage(Field& field, const QString& problem, const QString& hint = {});
    void updateRevealButton(const Page& page, Field& field);
    void documentEntered(Page& page, bool fromEnter);
    void offerPrefill(Page& page, const Applicant& stored);
    void acceptPrefill(Page& page);
    void dismissOffer(Page& page, bool moveOn);
    void forgetStored(Page& page);
    void moveOnFrom(Page& page, QWidget* editor, bool onlyEmpty);
    void reveal(Page& page, Field& field);
    QDate today() const;

    Services& m_services;
    QRadioButton* m_personButton = nullptr;
    QRadioButton* m_organisationButton = nullptr;
    QStackedWidget* m_pages = nullptr;
    std::unique_ptr<Page> m_person;
    std::unique_ptr<Page> m_organisation;
};

} // namespace civicdesk
