#include "AuditTrailView.h"

#include "Services.h"
#include "security/StaffService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace civicdesk {

void AuditTrailModel::setEntries(QVector<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.at, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Staff:
            return e.staffLogin;
        case Action:
            return e.action;
        case Subject:
            return e.subject.type + QLatin1Char(' ') + e.subject.id;
        case Details:
            return QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
        }
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 #%2").arg(e.branchCode).arg(e.seq);
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Staff:
        return tr("Staff");
    case Action:
        return tr("Action");
    case Subject:
        return tr("Subject");
    case Details:
        return tr("Details");
    }
    return {};
}

AuditTrailView::AuditTrailView(Services& services, QWidget* parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("auditTrailView"));
    m_model = new AuditTrailModel(this);

    m_subjectType = new QComboBox(this);
    m_subjectType->setObjectName(QStringLiteral("subjectType"));
    m_subjectType->addItem(tr("Everything"), QString());
    m_subjectType->addItem(tr("Cases"), QStringLiteral("case"));
    m_subjectType->addItem(tr("Tickets"), QStringLiteral("ticket"));
    m_subjectType->addItem(tr("Staff"), QStringLiteral("staff"));
    m_subjectType->addItem(tr("Catalog"), QStringLiteral("matter"));
    m_subjectType->addItem(tr("Calendar"), QStringLiteral("calendar"));
    m_subjectId = new QLineEdit(this);
    m_subjectId->setObjectName(QStringLiteral("subjectId"));
    m_subjectId->setPlaceholderText(tr("id or number"));
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("staffFilter"));
    m_staff->addItem(tr("Anyone"), QString());
    if (auto staff = StaffService::list(services.db())) {
        for (const StaffRecord& r : staff.value())
            m_staff->addItem(QStringLiteral("%1 (%2)").arg(r.displayName, r.login), r.id);
    }
    m_action = new QLineEdit(this);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setPlaceholderText(tr("action, e.g. login"));
    m_from = new QDateEdit(services.clock().today().addDays(-30), this);
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(services.clock().today(), this);
    m_to->setCalendarPopup(true);
    auto* show = new QPushButton(tr("&Show"), this);
    show->setObjectName(QStringLiteral("showAudit"));
    auto* verify = new QPushButton(tr("&Verify chain"), this);
    verify->setObjectName(QStringLiteral("verifyAudit"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_subjectType);
    filters->addWidget(m_subjectId, 1);
    filters->addWidget(m_staff);
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("from"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(show);
    filters->addWidget(verify);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(show, &QPushButton::clicked, this, &AuditTrailView::refresh);
    connect(m_subjectId, &QLineEdit::returnPressed, this, &AuditTrailView::refresh);
    connect(m_action, &QLineEdit::returnPressed, this, &AuditTrailView::refresh);
    connect(verify, &QPushButton::clicked, this, &AuditTrailView::verifyChain);
}

void AuditTrailView::showSubject(const QString& type, const QString& id)
{
    const int index = m_subjectType->findData(type);
    m_subjectType->setCurrentIndex(index < 0 ? 0 : index);
    m_subjectId->setText(id);
    m_from->setDate(QDate(2000, 1, 1));
    refresh();
}

void AuditTrailView::refresh()
{
    AuditFilter filter;
    filter.subjectType = m_subjectType->currentData().toString();
    filter.subjectId = m_subjectId->text().trimmed();
    filter.staffId = m_staff->currentData().toString();
    filter.actionPrefix = m_action->text().trimmed();
    filter.from = m_from->date().startOfDay();
    filter.to = m_to->date().addDays(1).startOfDay();
    auto rows = AuditLog::browse(m_services.context(), filter);
    if (!rows) {
        m_model->setEntries({});
        m_status->setText(rows.message());
        return;
    }
    const int count = int(rows->size());
    m_model->setEntries(rows.take());
    m_table->resizeColumnsToContents();
    m_status->setText(count >= filter.limit
                          ? tr("Showing the newest %1 rows; narrow the filter to see older ones.").arg(count)
                          : tr("%n row(s).", nullptr, count));
}

void AuditTrailView::verifyChain()
{
    auto v = AuditLog::verify(m_services.db());
    if (!v) {
        m_status->setText(v.message());
        return;
    }
    m_status->setText(v->ok ? tr("The audit trail is intact: %n row(s) verified.", nullptr, int(v->rows))
                            : tr("The audit trail was tampered with. %1").arg(v->problem));
    m_status->setStyleSheet(v->ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c; font-weight: bold;"));
}

} // namespace civicdesk
