#pragma once

// Finding cases: by case number, ID number or credit code, a part of the applicant's name,
// phone, the days received and the status. The list loads more as it scrolls; the case chosen
// shows in the detail view beside it.

#include "intake/CaseSearch.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace civicdesk {

class CaseDetailView;
class CaseListModel;
class Config;
class Services;

class CaseListPane : public QWidget {
    Q_OBJECT
public:
    CaseListPane(Services& services, Config& config, QWidget* parent = nullptr);

    // Searches with the filters as entered.
    void search();
    // Shows a case in the detail view (and the list, if it holds it).
    void showCase(const QString& caseId);
    CaseQuery query() const;
    CaseListModel* model() const { return m_model; }
    CaseDetailView* detail() const { return m_detail; }
    QTableView* view() const { return m_view; }

signals:
    void continueIntakeRequested(const QString& caseNumber);

protected:
    void showEvent(QShowEvent* event) override;

private:
    Services& m_services;
    CaseListModel* m_model = nullptr;
    CaseDetailView* m_detail = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_document = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QCheckBox* m_useDates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_message = nullptr;
    bool m_searched = false;
};

} // namespace civicdesk
