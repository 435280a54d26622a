#include "CatalogEditor.h"

#include "DepartmentsPage.h"
#include "MatterForm.h"
#include "MatterListModel.h"

#include "Services.h"
#include "catalog/CatalogService.h"
#include "catalog/MatterSearch.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace civicdesk {

CatalogEditor::CatalogEditor(Services& services, QWidget* parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("catalogEditor"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("catalogTabs"));
    m_tabs->addTab(createMattersPage(), tr("Matters"));
    m_departmentsPage = new DepartmentsPage(services, m_tabs);
    m_tabs->addTab(m_departmentsPage, tr("Departments"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_departmentsPage, &DepartmentsPage::departmentsChanged, this, [this] {
        (void)reload();
        emit catalogChanged();
    });
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_tabs->currentIndex() == 0)
            save();
        else
            m_departmentsPage->save();
    });

    const Status loaded = reload();
    if (!loaded)
        banner(loaded.message(), FieldErrors::Tone::Problem);
}

QWidget* CatalogEditor::createMattersPage()
{
    auto* page = new QWidget(this);
    auto* left = new QWidget(page);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("matterFilter"));
    m_filter->setPlaceholderText(tr("Filter by code, name or department"));
    m_filter->setClearButtonEnabled(true);
    m_showInactive = new QCheckBox(tr("Show deactivated matters"), left);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    m_showInactive->setChecked(true);
    m_model = new MatterListModel(this);
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("catalogMatterList"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_new = new QPushButton(tr("&New matter"), left);
    m_new->setObjectName(QStringLiteral("newMatter"));
    m_toggleActive = new QPushButton(tr("Deac&tivate"), left);
    m_toggleActive->setObjectName(QStringLiteral("toggleActive"));
    m_delete = new QPushButton(tr("De&lete…"), left);
    m_delete->setObjectName(QStringLiteral("deleteMatter"));
    m_import = new QPushButton(tr("&Import catalog…"), left);
    m_import->setObjectName(QStringLiteral("importCatalog"));
    auto* exportButton = new QPushButton(tr("E&xport catalog…"), left);
    exportButton->setObjectName(QStringLiteral("exportCatalog"));

    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_new);
    rowButtons->addWidget(m_toggleActive);
    rowButtons->addWidget(m_delete);
    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_import);
    fileButtons->addWidget(exportButton);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_showInactive);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(rowButtons);
    leftLayout->addLayout(fileButtons);

    auto* right = new QWidget(page);
    m_title = new QLabel(right);
    m_title->setObjectName(QStringLiteral("matterTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_form = new MatterForm(right);
    m_banner = new QLabel(right);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_save = new QPushButton(tr("&Save"), right);
    m_save->setObjectName(QStringLiteral("saveMatter"));
    m_save->setToolTip(tr("Checks the matter and saves it (Ctrl+S)"));
    m_discard = new QPushButton(tr("&Discard changes"), right);
    m_discard->setObjectName(QStringLiteral("discardChanges"));
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_banner, 1);
    saveRow->addWidget(m_discard);
    saveRow->addWidget(m_save);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_form, 1);
    rightLayout->addLayout(saveRow);

    auto* splitter = new QSplitter(page);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({380, 900});
    auto* layout = new QHBoxLayout(page);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, this, &CatalogEditor::refilter);
    connect(m_showInactive, &QCheckBox::toggled, this, [this] { (void)reload(); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && !m_dirty)
                    openMatter(current.data(MatterListModel::IdRole).toString());
            });
    connect(m_new, &QPushButton::clicked, this, &CatalogEditor::newMatter);
    connect(m_toggleActive, &QPushButton::clicked, this, &CatalogEditor::toggleActive);
    connect(m_delete, &QPushButton::clicked, this, &CatalogEditor::removeMatter);
    connect(m_import, &QPushButton::clicked, this, &CatalogEditor::importCatalog);
    connect(exportButton, &QPushButton::clicked, this, &CatalogEditor::exportCatalog);
    connect(m_save, &QPushButton::clicked, this, &CatalogEditor::save);
    connect(m_discard, &QPushButton::clicked, this, &CatalogEditor::discard);
    connect(m_form, &MatterForm::changed, this, [this] { setDirty(true); });
    return page;
}

Status CatalogEditor::reload()
{
    CatalogRepository repo(m_services.db());
    auto departments = repo.departments(true);
    if (!departments)
        return departments.error();
    m_departments = departments.take();
    MatterFilter filter;
    filter.includeInactive = m_showInactive->isChecked();
    auto matters = repo.listMatters(filter);
    if (!matters)
        return matters.error();
    m_matters = matters.take();
    m_form->setDepartments(m_departments);
    m_departmentsPage->setDepartments(m_departments);
    refilter();
    if (!m_dirty && m_currentId.isEmpty() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    else if (!m_dirty && !m_currentId.isEmpty() && m_model->rowOf(m_currentId) < 0)
        openMatter(m_currentId); // hidden by the filter, still the one being edited
    return {};
}

void CatalogEditor::refilter()
{
    const QSignalBlocker block(m_list->selectionModel());
    m_model->setMatters(searchMatters(m_matters, m_filter->text()));
    const int row = m_model->rowOf(m_currentId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

bool CatalogEditor::selectMatter(const QString& code)
{
    if (m_dirty)
        return false;
    for (const MatterSummary& s : std::as_const(m_matters)) {
        if (s.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0) {
            openMatter(s.id);
            return true;
        }
    }
    return false;
}

void CatalogEditor::openMatter(const QString& id)
{
    auto matter = CatalogRepository(m_services.db()).matter(id);
    if (!matter) {
        banner(matter.message(), FieldErrors::Tone::Problem);
        return;
    }
    m_currentId = id;
    m_form->setMatter(matter.value());
    m_title->setText(QStringLiteral("%1  %2").arg(matter->code, matter->name()));
    m_toggleActive->setText(matter->active ? tr("Deac&tivate") : tr("Ac&tivate"));
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(row));
    }
    m_banner->clear();
    setDirty(false);
}

void CatalogEditor::newMatter()
{
    if (m_dirty)
        return;
    // A new matter starts with the usual five stages in the first department; the
    // administrator changes what differs.
    Matter m;
    for (const Department& d : std::as_const(m_departments)) {
        if (d.active) {
            m.departmentId = d.id;
            break;
        }
    }
    for (StageKind kind : {StageKind::Acceptance, StageKind::Review, StageKind::Decision,
                           StageKind::Certificate, StageKind::Handover}) {
        WorkflowStage stage;
        stage.kind = kind;
        const auto names = CatalogNames::defaultStageNames(kind);
        stage.nameZh = names.first;
        stage.nameEn = names.second;
        stage.steps.push_back({{}, {}, {}, m.departmentId, std::nullopt});
        m.workflow.stages.push_back(stage);
    }
    m_currentId.clear();
    m_list->clearSelection();
    m_form->setMatter(m);
    m_form->tabs()->setCurrentIndex(0);
    m_title->setText(tr("New matter"));
    setDirty(true);
    m_form->findChild<QLineEdit*>(QStringLiteral("code"))->setFocus();
}

bool CatalogEditor::save()
{
    CatalogService catalog(m_services.context());
    const Matter draft = m_form->matter();
    auto problems = catalog.check(draft);
    if (!problems) {
        banner(problems.message(), FieldErrors::Tone::Problem);
        return false;
    }
    m_form->showProblems(problems.value());
    if (!problems->isEmpty()) {
        banner(tr("Not saved: %n problem(s), shown next to the fields. Everything you typed is "
                  "still here.",
                  nullptr, int(problems->size())),
               FieldErrors::Tone::Problem);
        return false;
    }
    auto saved = catalog.saveMatter(draft);
    if (!saved) {
        banner(saved.message() + QLatin1Char(' ') + tr("Everything you typed is still here."),
               FieldErrors::Tone::Problem);
        return false;
    }
    m_currentId = saved->id;
    setDirty(false);
    (void)reload();
    openMatter(saved->id);
    banner(tr("Saved %1 %2.").arg(saved->code, saved->name()), FieldErrors::Tone::Success);
    emit catalogChanged();
    return true;
}

void CatalogEditor::discard()
{
    setDirty(false);
    if (m_currentId.isEmpty()) {
        m_title->clear();
        m_form->setMatter(Matter{});
        if (m_model->rowCount() > 0)
            openMatter(m_model->at(0).id);
    } else {
        openMatter(m_currentId);
    }
    banner(tr("The changes were discarded."), FieldErrors::Tone::Info);
}

void CatalogEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
    // While a draft is open the list is locked, so that switching matters never drops it.
    m_list->setEnabled(!dirty);
    m_new->setEnabled(!dirty);
    m_toggleActive->setEnabled(!dirty && !m_currentId.isEmpty());
    m_delete->setEnabled(!dirty && !m_currentId.isEmpty());
    m_import->setEnabled(!dirty);
    m_discard->setEnabled(dirty);
    if (dirty && m_banner->property("tone").toInt() != int(FieldErrors::Tone::Problem))
        banner(tr("Unsaved changes: save them (Ctrl+S) or discard them before you open another "
                  "matter."),
               FieldErrors::Tone::Info);
}

void CatalogEditor::banner(const QString& text, FieldErrors::Tone tone)
{
    FieldErrors::showBanner(m_banner, text, tone);
}

QString CatalogEditor::bannerText() const
{
    return m_banner->text();
}

void CatalogEditor::toggleActive()
{
    if (m_currentId.isEmpty() || m_dirty)
        return;
    const bool active = !m_form->matter().active;
    Status s = CatalogService(m_services.context()).setMatterActive(m_currentId, active);
    if (!s) {
        banner(s.message(), FieldErrors::Tone::Problem);
        return;
    }
    (void)reload();
    openMatter(m_currentId);
    banner(active ? tr("The matter is in use again.")
                  : tr("The matter was deactivated: intake no longer offers it; cases already "
                       "taken in keep it."),
           FieldErrors::Tone::Success);
    emit catalogChanged();
}

void CatalogEditor::removeMatter()
{
    if (m_currentId.isEmpty() || m_dirty)
        return;
    const Matter m = m_form->matter();
    const auto answer = QMessageBox::question(
        this, tr("Delete matter"),
        tr("Delete %1 %2 from the catalog? A matter that cases refer to is deactivated instead.")
            .arg(m.code, m.name()));
    if (answer != QMessageBox::Yes)
        return;
    auto removed = CatalogService(m_services.context()).removeMatter(m_currentId);
    if (!removed) {
        banner(removed.message(), FieldErrors::Tone::Problem);
        return;
    }
    if (removed.value() == RemoveOutcome::Deleted) {
        m_currentId.clear();
        m_title->clear();
    }
    (void)reload();
    banner(removed.value() == RemoveOutcome::Deleted
               ? tr("Deleted %1 from the catalog.").arg(m.code)
               : tr("%1 is referred to by cases, so it was deactivated instead of deleted.")
                     .arg(m.code),
           FieldErrors::Tone::Success);
    emit catalogChanged();
}

void CatalogEditor::importCatalog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import catalog"), QDir::homePath(),
                                                      tr("Catalog files (*.json)"));
    if (file.isEmpty())
        return;
    auto report = CatalogService(m_services.context()).importFile(file);
    if (!report) {
        banner(report.message(), FieldErrors::Tone::Problem);
        return;
    }
    (void)reload();
    if (!m_currentId.isEmpty())
        openMatter(m_currentId);
    banner(tr("Imported %1: %2")
               .arg(QDir::toNativeSeparators(file), report->lines().join(QLatin1String("; "))),
           FieldErrors::Tone::Success);
    emit catalogChanged();
}

void CatalogEditor::exportCatalog()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export catalog"), QDir::home().filePath(QStringLiteral("catalog.json")),
        tr("Catalog files (*.json)"));
    if (file.isEmpty())
        return;
    Status s = CatalogService::exportFile(m_services.db(), file);
    banner(s ? tr("Wrote the catalog to %1.").arg(QDir::toNativeSeparators(file)) : s.message(),
           s ? FieldErrors::Tone::Success : FieldErrors::Tone::Problem);
}

} // namespace civicdesk
