#include "MatterPicker.h"

#include "MatterListModel.h"

#include "catalog/CatalogRepository.h"
#include "catalog/MatterSearch.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace civicdesk {

MatterPicker::MatterPicker(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("matterPicker"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("matterSearch"));
    m_edit->setPlaceholderText(tr("Type a code, a name or a department, then Enter"));
    m_edit->setClearButtonEnabled(true);
    m_model = new MatterListModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("matterList"));
    m_list->setModel(m_model);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the line edit
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("matterPickerStatus"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_edit);

    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, &MatterPicker::refilter);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) {
        m_list->setCurrentIndex(index);
        chooseCurrent();
    });
    refilter();
}

void MatterPicker::setMatters(QVector<MatterSummary> matters)
{
    m_all = std::move(matters);
    refilter();
}

Status MatterPicker::reload(const Database& db)
{
    auto matters = CatalogRepository(db).listMatters();
    if (!matters)
        return matters.error();
    setMatters(matters.take());
    return {};
}

QString MatterPicker::text() const
{
    return m_edit->text();
}

void MatterPicker::setText(const QString& text)
{
    m_edit->setText(text);
}

std::optional<MatterSummary> MatterPicker::currentMatter() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->at(current.row());
}

const QVector<MatterSummary>& MatterPicker::shownMatters() const
{
    return m_model->matters();
}

void MatterPicker::refilter()
{
    m_model->setMatters(searchMatters(m_all, m_edit->text()));
    const int shown = m_model->rowCount();
    if (shown > 0)
        m_list->setCurrentIndex(m_model->index(0));
    if (m_all.isEmpty())
        m_status->setText(tr("The catalog has no matters in use."));
    else if (shown == 0)
        m_status->setText(tr("No matter matches \"%1\". Try part of the code, a word of the "
                             "name, or the department.")
                              .arg(m_edit->text().simplified()));
    else
        m_status->setText(
            tr("%1 of %2 matters · Up/Down to move, Enter to choose").arg(shown).arg(m_all.size()));
}

void MatterPicker::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0;
    const QModelIndex next = m_model->index(qBound(0, row + delta, rows - 1));
    m_list->setCurrentIndex(next);
    m_list->scrollTo(next);
}

void MatterPicker::chooseCurrent()
{
    if (const auto matter = currentMatter())
        emit matterChosen(*matter);
}

bool MatterPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const int page = qMax(1, m_list->viewport()->height() / qMax(1, m_list->sizeHintForRow(0)));
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(page);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-page);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            chooseCurrent();
            return true;
        case Qt::Key_Escape:
            if (!m_edit->text().isEmpty()) {
                m_edit->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace civicdesk
