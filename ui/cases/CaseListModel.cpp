#include "CaseListModel.h"

#include "Services.h"
#include "calendar/CalendarService.h"
#include "security/Privacy.h"
#include "workflow/CaseClock.h"

#include <QBrush>
#include <QColor>

namespace civicdesk {

CaseListModel::CaseListModel(Services& services, QObject* parent)
    : QAbstractTableModel(parent), m_services(services)
{}

Status CaseListModel::search(const CaseQuery& query)
{
    beginResetModel();
    m_query = query;
    m_cases.clear();
    m_next.reset();
    m_note.clear();
    auto calendar = CalendarService::current(m_services.db());
    m_calendar = calendar ? calendar.value() : nullptr;
    auto page = CaseSearch(m_services.context()).find(query, {}, m_pageSize);
    if (page) {
        m_cases = page->cases;
        m_note = page->note;
    }
    endResetModel();
    // Only now: a view that asks for more while the reset is still being announced would
    // insert rows in the middle of it.
    if (page)
        m_next = page->next;
    return page.status();
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_cases.size();
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_next.has_value() && !m_inserting;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = CaseSearch(m_services.context()).find(m_query, m_next, m_pageSize);
    if (!page) {
        m_next.reset();
        emit failed(page.message());
        return;
    }
    m_next = page->next;
    if (!page->cases.isEmpty()) {
        // A view asks for more from inside endInsertRows(); it asks again when it lays out.
        m_inserting = true;
        beginInsertRows({}, m_cases.size(), m_cases.size() + page->cases.size() - 1);
        m_cases += page->cases;
        endInsertRows();
        m_inserting = false;
    }
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cases.size())
        return {};
    const CaseRecord& c = m_cases.at(index.row());
    const QDate today = m_services.clock().today();
    const QDate due = c.promisedDue;
    const Light light = m_calendar && CaseStates::clockRuns(c.status)
                            ? CaseClock::light(*m_calendar, today, due, c.promisedDays, {})
                            : Light::None;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return c.number;
        case ReceivedColumn:
            return c.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case MatterColumn:
            return c.matterName();
        case ApplicantColumn:
            return tr("%1 (%2)").arg(c.applicantName,
                                     c.applicantKind == QLatin1String("person")
                                         ? privacy::maskIdNumber(c.applicantDocument)
                                         : c.applicantDocument);
        case StatusColumn:
            return CaseStates::name(c.status);
        case DueColumn:
            if (c.status == CaseStatus::AwaitingCorrection && c.correctionDue.isValid())
                return tr("correction by %1").arg(c.correctionDue.toString(Qt::ISODate));
            if (c.status == CaseStatus::AwaitingCorrection)
                return tr("notice pending");
            return due.isValid() ? due.toString(Qt::ISODate) +
                                       (c.dueEstimated ? tr(" (estimate)") : QString())
                                 : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DueColumn && light != Light::None)
        return CaseClock::name(light);
    if (role == Qt::ForegroundRole && index.column() == DueColumn) {
        switch (light) {
        case Light::Red:
            return QBrush(QColor(QStringLiteral("#b3261e")));
        case Light::Yellow:
            return QBrush(QColor(QStringLiteral("#9a6700")));
        case Light::Green:
            return QBrush(QColor(QStringLiteral("#1e7b34")));
        case Light::None:
            return {};
        }
    }
    if (role == Qt::UserRole)
        return c.id;
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Case number");
    case ReceivedColumn:
        return tr("Received");
    case MatterColumn:
        return tr("Matter");
    case ApplicantColumn:
        return tr("Applicant");
    case StatusColumn:
        return tr("Status");
    case DueColumn:
        return tr("Promised by");
    default:
        return {};
    }
}

} // namespace civicdesk
