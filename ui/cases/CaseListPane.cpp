#include "CaseListPane.h"

#include "CaseDetailView.h"
#include "CaseListModel.h"

#include "Services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace civicdesk {

CaseListPane::CaseListPane(Services& services, Config& config, QWidget* parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("caseListPane"));
    auto line = [this](const QString& name, const QString& placeholder) {
        auto* e = new QLineEdit(this);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        e->setClearButtonEnabled(true);
        connect(e, &QLineEdit::returnPressed, this, &CaseListPane::search);
        return e;
    };
    m_number = line(QStringLiteral("filterNumber"), tr("exact, or scan the receipt"));
    m_document = line(QStringLiteral("filterDocument"), tr("ID number or credit code"));
    m_name = line(QStringLiteral("filterName"), tr("any part of the name"));
    m_phone = line(QStringLiteral("filterPhone"), tr("whole number or first digits"));
    m_useDates = new QCheckBox(tr("Received &from"), this);
    m_useDates->setObjectName(QStringLiteral("filterUseDates"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("filterTo"));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    const QDate today = services.clock().today();
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_status->addItem(tr("any status"));
    for (CaseStatus s : CaseStates::all())
        m_status->addItem(CaseStates::name(s), CaseStates::key(s));
    auto* find = new QPushButton(tr("&Search"), this);
    find->setObjectName(QStringLiteral("searchCases"));
    find->setDefault(true);
    connect(find, &QPushButton::clicked, this, &CaseListPane::search);

    auto* filters = new QGridLayout;
    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("Case &number:"), m_number), 0, 0);
    filters->addWidget(m_number, 0, 1);
    filters->addWidget(label(tr("&ID / credit code:"), m_document), 0, 2);
    filters->addWidget(m_document, 0, 3);
    filters->addWidget(label(tr("Applicant na&me:"), m_name), 0, 4);
    filters->addWidget(m_name, 0, 5);
    filters->addWidget(label(tr("&Phone:"), m_phone), 1, 0);
    filters->addWidget(m_phone, 1, 1);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_useDates);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    filters->addLayout(dates, 1, 2, 1, 2);
    filters->addWidget(label(tr("S&tatus:"), m_status), 1, 4);
    filters->addWidget(m_status, 1, 5);
    filters->addWidget(find, 0, 6, 2, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("caseListMessage"));
    m_message->setWordWrap(true);

    m_model = new CaseListModel(services, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(CaseListModel::MatterColumn,
                                                     QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);

    m_detail = new CaseDetailView(services, config, this);
    connect(m_detail, &CaseDetailView::continueIntakeRequested, this,
            &CaseListPane::continueIntakeRequested);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_view, 1);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showCase(m_model->caseAt(current.row()).id);
            });
    connect(m_model, &CaseListModel::failed, m_message, &QLabel::setText);
}

void CaseListPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_searched)
        search();
}

CaseQuery CaseListPane::query() const
{
    CaseQuery q;
    q.number = m_number->text();
    q.document = m_document->text();
    q.name = m_name->text();
    q.phone = m_phone->text();
    if (m_useDates->isChecked()) {
        q.from = m_from->date();
        q.to = m_to->date();
    }
    if (m_status->currentIndex() > 0)
        q.status = CaseStates::fromKey(m_status->currentData().toString());
    return q;
}

void CaseListPane::search()
{
    m_searched = true;
    Status s = m_model->search(query());
    if (!s) {
        m_message->setText(s.message());
        m_message->setStyleSheet(QStringLiteral("color: #8c1d18;"));
        return;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(!m_model->note().isEmpty() ? m_model->note()
                       : m_model->rowCount() == 0 ? tr("No case matches.")
                       : m_model->canFetchMore({})
                           ? tr("Newest first; more load as you scroll.")
                           : tr("%n case(s).", nullptr, m_model->rowCount()));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    else
        m_detail->clear();
}

void CaseListPane::showCase(const QString& caseId)
{
    Status s = m_detail->showCase(caseId);
    if (!s)
        m_message->setText(s.message());
}

} // namespace civicdesk
