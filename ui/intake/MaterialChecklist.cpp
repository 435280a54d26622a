#include "MaterialChecklist.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace civicdesk {

namespace {

enum Column { NumberColumn, NameColumn, FormColumn, StateColumn, NoteColumn, ColumnCount };

QColor stateColor(MaterialState s)
{
    switch (s) {
    case MaterialState::Received:
    case MaterialState::Supplied:
        return QColor(QStringLiteral("#1e7b34"));
    case MaterialState::Missing:
    case MaterialState::Defective:
        return QColor(QStringLiteral("#b3261e"));
    case MaterialState::Deferred:
        return QColor(QStringLiteral("#9a6700"));
    }
    return {};
}

} // namespace

MaterialChecklist::MaterialChecklist(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("materialChecklist"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("materialTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Material"), tr("Form"), tr("Found"), tr("Note (what is wrong or wanted)")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the list, as on a paper form
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FormColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_table->installEventFilter(this);
    m_table->setToolTip(tr("R or Space: received · M: missing · D: defective (then say what is "
                           "wrong) · L: to follow later (容缺) · Enter: edit the note"));
    setFocusProxy(m_table);

    auto* keys = new QLabel(tr("<b>R</b> received · <b>M</b> missing · <b>D</b> defective · "
                               "<b>L</b> later (容缺) · <b>Enter</b> note"),
                            this);
    keys->setObjectName(QStringLiteral("materialKeys"));
    keys->setStyleSheet(QStringLiteral("color: #555;"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("materialMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(keys);
    layout->addWidget(m_message);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_updating || item->column() != NoteColumn || item->row() >= m_rows.size())
            return;
        m_rows[item->row()].note = item->text().trimmed();
        emit changed();
    });
}

void MaterialChecklist::setMaterials(const QVector<Material>& materials)
{
    m_rows.clear();
    for (const Material& m : materials) {
        Row r;
        r.materialId = m.id;
        r.name = m.name();
        r.form = tr("%1 × %2").arg(CatalogNames::name(m.form)).arg(m.copies);
        r.mayFollow = m.mayFollowLater;
        m_rows << r;
    }
    rebuild();
}

void MaterialChecklist::setCaseMaterials(const QVector<CaseMaterial>& materials)
{
    m_rows.clear();
    for (const CaseMaterial& m : materials) {
        Row r;
        r.materialId = m.materialId;
        r.name = m.name();
        r.form = tr("%1 × %2").arg(CatalogNames::name(m.form)).arg(m.copies);
        r.mayFollow = m.mayFollowLater;
        r.state = m.state == MaterialState::Supplied ? MaterialState::Received : m.state;
        r.before = m.state;
        r.note = m.note;
        m_rows << r;
    }
    rebuild();
}

void MaterialChecklist::clear()
{
    m_rows.clear();
    rebuild();
}

int MaterialChecklist::rowCount() const
{
    return m_rows.size();
}

MaterialState MaterialChecklist::state(int row) const
{
    return m_rows.value(row).state;
}

QString MaterialChecklist::note(int row) const
{
    return m_rows.value(row).note;
}

bool MaterialChecklist::setState(int row, MaterialState state)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    Row& r = m_rows[row];
    if (state == MaterialState::Deferred && !r.mayFollow) {
        m_message->setText(tr("\"%1\" may not follow later: the catalog requires it before "
                              "acceptance. Mark it missing instead.")
                               .arg(r.name));
        m_message->show();
        return false;
    }
    m_message->hide();
    r.state = state;
    showRow(row);
    emit changed();
    return true;
}

void MaterialChecklist::setNote(int row, const QString& note)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].note = note.trimmed();
    showRow(row);
    emit changed();
}

QVector<MaterialCheck> MaterialChecklist::checks() const
{
    QVector<MaterialCheck> list;
    for (const Row& r : m_rows)
        list << MaterialCheck{r.materialId, r.state, r.note};
    return list;
}

int MaterialChecklist::count(MaterialState state) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [state](const Row& r) { return r.state == state; }));
}

void MaterialChecklist::rebuild()
{
    m_updating = true;
    m_table->setRowCount(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            if (column != NoteColumn)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(i, column, item);
        };
        set(NumberColumn, QString::number(i + 1));
        set(NameColumn,
            m_rows.at(i).name + (m_rows.at(i).mayFollow ? tr(" (may follow)") : QString()));
        set(FormColumn, m_rows.at(i).form);
        set(StateColumn, QString());
        set(NoteColumn, QString());
    }
    m_updating = false;
    for (int i = 0; i < m_rows.size(); ++i)
        showRow(i);
    if (!m_rows.isEmpty())
        m_table->setCurrentCell(0, StateColumn);
    m_message->hide();
}

void MaterialChecklist::showRow(int row)
{
    m_updating = true;
    const Row& r = m_rows.at(row);
    QString state = CaseNames::name(r.state);
    if (r.state == MaterialState::Received && r.before != MaterialState::Received &&
        r.before != MaterialState::Supplied)
        state = CaseNames::name(MaterialState::Supplied);
    QTableWidgetItem* item = m_table->item(row, StateColumn);
    item->setText(state);
    item->setForeground(stateColor(r.state));
    QFont bold = item->font();
    bold.setBold(r.state != MaterialState::Received);
    item->setFont(bold);
    m_table->item(row, NoteColumn)->setText(r.note);
    m_updating = false;
}

void MaterialChecklist::editNote(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    QTableWidgetItem* item = m_table->item(row, NoteColumn);
    m_table->setCurrentItem(item);
    m_table->editItem(item);
}

bool MaterialChecklist::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_table || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return false; // the pane's shortcuts
    const int row = m_table->currentRow();
    switch (key->key()) {
    case Qt::Key_R:
    case Qt::Key_Space:
        setState(row, MaterialState::Received);
        break;
    case Qt::Key_M:
        setState(row, MaterialState::Missing);
        break;
    case Qt::Key_D:
        if (setState(row, MaterialState::Defective))
            editNote(row);
        return true;
    case Qt::Key_L:
        setState(row, MaterialState::Deferred);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        editNote(row);
        return true;
    default:
        return false;
    }
    // The next row after a key, so that a list is checked with one key per row.
    if (row + 1 < m_rows.size())
        m_table->setCurrentCell(row + 1, StateColumn);
    return true;
}

} // namespace civicdesk
