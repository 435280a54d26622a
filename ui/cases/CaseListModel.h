#pragma once

// The cases found by a search, newest first, fetched a page at a time as the view scrolls
// (canFetchMore / fetchMore on CaseSearch's keyset pages): a million cases cost no more to
// open than fifty.

#include "Result.h"
#include "intake/CaseSearch.h"

#include <QAbstractTableModel>

#include <memory>

namespace civicdesk {

class Services;
class WorkingCalendar;

class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        ReceivedColumn,
        MatterColumn,
        ApplicantColumn,
        StatusColumn,
        DueColumn,
        ColumnCount
    };

    explicit CaseListModel(Services& services, QObject* parent = nullptr);

    // Starts a new search and loads its first page.
    Status search(const CaseQuery& query);
    const CaseQuery& query() const { return m_query; }
    // A sentence about the search (too many applicants matched), empty when there is none.
    QString note() const { return m_note; }
    CaseRecord caseAt(int row) const { return m_cases.value(row); }
    void setPageSize(int size) { m_pageSize = size; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void failed(const QString& message);

private:
    Services& m_services;
    CaseQuery m_query;
    QVector<CaseRecord> m_cases;
    std::optional<CaseCursor> m_next;
    std::shared_ptr<const WorkingCalendar> m_calendar;
    QString m_note;
    int m_pageSize = 50;
    bool m_inserting = false;
};

} // namespace civicdesk
