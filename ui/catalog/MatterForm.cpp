#include "MatterForm.h"

#include "WorkflowEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace civicdesk {

namespace {

enum MaterialColumn {
    MatNameZh,
    MatNameEn,
    MatForm,
    MatCopies,
    MatFollow,
    MatStandard,
    MatColumns
};
enum FeeColumn { FeeNameZh, FeeNameEn, FeeAmount, FeeBasis, FeeColumns };

QTableWidgetItem* textItem(const QString& text)
{
    return new QTableWidgetItem(text);
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

QPlainTextEdit* shortTextEdit(QWidget* parent, const QString& name)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

} // namespace

MatterForm::MatterForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("matterForm"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("matterTabs"));
    m_tabs->addTab(createGeneralTab(), tr("&General"));
    m_tabs->addTab(createMaterialsTab(), tr("&Materials"));
    m_tabs->addTab(createFeesTab(), tr("F&ees"));
    m_workflow = new WorkflowEditor(m_tabs);
    m_tabs->addTab(m_workflow, tr("&Workflow"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_workflow, &WorkflowEditor::changed, this, &MatterForm::changed);
}

QWidget* MatterForm::createGeneralTab()
{
    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    auto line = [page](const QString& name) {
        auto* e = new QLineEdit(page);
        e->setObjectName(name);
        return e;
    };
    m_code = line(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("for example GA-005"));
    m_nameZh = line(QStringLiteral("nameZh"));
    m_nameEn = line(QStringLiteral("nameEn"));
    m_department = new QComboBox(page);
    m_department->setObjectName(QStringLiteral("department"));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (MatterKind k : CatalogNames::matterKinds())
        m_kind->addItem(CatalogNames::name(k), int(k));
    auto days = [page](const QString& name, const QString& zero) {
        auto* s = new QSpinBox(page);
        s->setObjectName(name);
        s->setRange(0, CatalogRules::kMaxDays);
        s->setSuffix(tr(" working days"));
        s->setSpecialValueText(zero);
        return s;
    };
    m_statutory = days(QStringLiteral("statutoryDays"), tr("decided on the spot"));
    m_promised = days(QStringLiteral("promisedDays"), tr("done on the spot (即办)"));
    m_joint =
        new QCheckBox(tr("Several departments handle it together (joint handling, art. 26)"), page);
    m_joint->setObjectName(QStringLiteral("joint"));
    m_legalBasis = shortTextEdit(page, QStringLiteral("legalBasis"));
    m_legalBasis->setPlaceholderText(tr("the laws and regulations that set up the matter"));
    m_conditions = shortTextEdit(page, QStringLiteral("conditions"));
    m_conditions->setPlaceholderText(tr("who may apply, and what must be true, as published"));
    m_active = new QCheckBox(tr("In use: offered at the windows"), page);
    m_active->setObjectName(QStringLiteral("active"));

    form->addRow(tr("&Code:"), m_errors.withLabel(m_code, QStringLiteral("code"), page));
    form->addRow(tr("Name (&Chinese):"),
                 m_errors.withLabel(m_nameZh, QStringLiteral("name_zh"), page));
    form->addRow(tr("Name (&English):"),
                 m_errors.withLabel(m_nameEn, QStringLiteral("name_en"), page));
    form->addRow(tr("&Department:"),
                 m_errors.withLabel(m_department, QStringLiteral("department"), page));
    form->addRow(tr("&Kind:"), m_errors.withLabel(m_kind, QStringLiteral("kind"), page));
    form->addRow(tr("&Statutory time limit:"),
                 m_errors.withLabel(m_statutory, QStringLiteral("statutory_days"), page));
    form->addRow(tr("&Promised time limit:"),
                 m_errors.withLabel(m_promised, QStringLiteral("promised_days"), page));
    form->addRow(QString(), m_errors.withLabel(m_joint, QStringLiteral("joint"), page));
    form->addRow(tr("&Legal basis:"),
                 m_errors.withLabel(m_legalBasis, QStringLiteral("legal_basis"), page));
    form->addRow(tr("C&onditions:"),
                 m_errors.withLabel(m_conditions, QStringLiteral("conditions"), page));
    form->addRow(QString(), m_errors.withLabel(m_active, QStringLiteral("active"), page));

    for (QLineEdit* e : {m_code, m_nameZh, m_nameEn})
        connect(e, &QLineEdit::textEdited, this, &MatterForm::changed);
    for (QComboBox* c : {m_department, m_kind})
        connect(c, qOverload<int>(&QComboBox::activated), this, &MatterForm::changed);
    for (QSpinBox* s : {m_statutory, m_promised})
        connect(s, qOverload<int>(&QSpinBox::valueChanged), this, &MatterForm::changed);
    for (QCheckBox* c : {m_joint, m_active})
        connect(c, &QCheckBox::toggled, this, &MatterForm::changed);
    for (QPlainTextEdit* e : {m_legalBasis, m_conditions})
        connect(e, &QPlainTextEdit::textChanged, this, &MatterForm::changed);
    connect(m_department, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_workflow->setDefaultDepartment(m_department->currentData().toString()); });
    return page;
}

QWidget* MatterForm::createMaterialsTab()
{
    auto* page = new QWidget(this);
    m_materials = new QTableWidget(0, MatColumns, page);
    m_materials->setObjectName(QStringLiteral("materialsTable"));
    m_materials->setHorizontalHeaderLabels({tr("Name (Chinese)"), tr("Name (English)"), tr("Form"),
                                            tr("Copies"), tr("May follow (容缺)"),
                                            tr("What the clerk checks")});
    m_materials->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_materials->horizontalHeader()->setSectionResizeMode(MatStandard, QHeaderView::Stretch);
    m_materials->verticalHeader()->setVisible(true);
    m_materials->setTabKeyNavigation(true);
    m_noMaterials = new QCheckBox(tr("This matter needs no materials at all"), page);
    m_noMaterials->setObjectName(QStringLiteral("noMaterials"));

    auto* add = new QPushButton(tr("&Add material"), page);
    add->setObjectName(QStringLiteral("addMaterial"));
    auto* remove = new QPushButton(tr("&Remove"), page);
    auto* up = new QPushButton(tr("Move &up"), page);
    auto* down = new QPushButton(tr("Move do&wn"), page);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_noMaterials);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_materials, 1);
    layout->addWidget(m_errors.add(QStringLiteral("materials"), page));
    layout->addWidget(m_errors.add(QStringLiteral("no_materials"), page));
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        addMaterialRow();
        m_materials->setCurrentCell(m_materials->rowCount() - 1, MatNameZh);
        m_materials->editItem(m_materials->currentItem());
        emit changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] { removeRow(m_materials); });
    connect(up, &QPushButton::clicked, this, [this] { moveMaterial(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveMaterial(1); });
    connect(m_materials, &QTableWidget::itemChanged, this, &MatterForm::changed);
    connect(m_noMaterials, &QCheckBox::toggled, this, &MatterForm::changed);
    return page;
}

QWidget* MatterForm::createFeesTab()
{
    auto* page = new QWidget(this);
    auto* note = new QLabel(tr("Most matters are free. List a fee only together with the law or "
                               "pricing document that allows it (Administrative Licensing Law "
                               "art. 58 and 59)."),
                            page);
    note->setWordWrap(true);
    m_fees = new QTableWidget(0, FeeColumns, page);
    m_fees->setObjectName(QStringLiteral("feesTable"));
    m_fees->setHorizontalHeaderLabels(
        {tr("Name (Chinese)"), tr("Name (English)"), tr("Amount"), tr("Legal basis")});
    m_fees->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fees->horizontalHeader()->setSectionResizeMode(FeeBasis, QHeaderView::Stretch);
    m_fees->setTabKeyNavigation(true);
    auto* add = new QPushButton(tr("&Add fee"), page);
    add->setObjectName(QStringLiteral("addFee"));
    auto* remove = new QPushButton(tr("&Remove"), page);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(m_fees, 1);
    layout->addWidget(m_errors.add(QStringLiteral("fees"), page));
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addFeeRow();
        m_fees->setCurrentCell(m_fees->rowCount() - 1, FeeNameZh);
        m_fees->editItem(m_fees->currentItem());
        emit changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] { removeRow(m_fees); });
    connect(m_fees, &QTableWidget::itemChanged, this, &MatterForm::changed);
    return page;
}

void MatterForm::addMaterialRow(const Material& m)
{
    QSignalBlocker block(m_materials);
    const int row = m_materials->rowCount();
    m_materials->insertRow(row);
    auto* name = textItem(m.nameZh);
    name->setData(Qt::UserRole, m.id);
    m_materials->setItem(row, MatNameZh, name);
    m_materials->setItem(row, MatNameEn, textItem(m.nameEn));
    auto* form = new QComboBox(m_materials);
    for (MaterialForm f : CatalogNames::materialForms())
        form->addItem(CatalogNames::name(f), int(f));
    form->setCurrentIndex(form->findData(int(m.form)));
    m_materials->setCellWidget(row, MatForm, form);
    auto* copies = new QSpinBox(m_materials);
    copies->setRange(1, CatalogRules::kMaxCopies);
    copies->setValue(qBound(1, m.copies, CatalogRules::kMaxCopies));
    m_materials->setCellWidget(row, MatCopies, copies);
    auto* follow = textItem(QString());
    follow->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    follow->setCheckState(m.mayFollowLater ? Qt::Checked : Qt::Unchecked);
    m_materials->setItem(row, MatFollow, follow);
    m_materials->setItem(row, MatStandard, textItem(m.standard));
    connect(form, qOverload<int>(&QComboBox::activated), this, &MatterForm::changed);
    connect(copies, qOverload<int>(&QSpinBox::valueChanged), this, &MatterForm::changed);
}

void MatterForm::addFeeRow(const Fee& f)
{
    QSignalBlocker block(m_fees);
    const int row = m_fees->rowCount();
    m_fees->insertRow(row);
    auto* name = textItem(f.nameZh);
    name->setData(Qt::UserRole, f.id);
    m_fees->setItem(row, FeeNameZh, name);
    m_fees->setItem(row, FeeNameEn, textItem(f.nameEn));
    auto* amount = new QDoubleSpinBox(m_fees);
    amount->setRange(0, 10000000);
    amount->setDecimals(2);
    amount->setPrefix(QStringLiteral("¥"));
    amount->setValue(double(f.amountFen) / 100.0);
    m_fees->setCellWidget(row, FeeAmount, amount);
    m_fees->setItem(row, FeeBasis, textItem(f.legalBasis));
    connect(amount, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &MatterForm::changed);
}

void MatterForm::removeRow(QTableWidget* table)
{
    const int row = table->currentRow();
    if (row < 0)
        return;
    table->removeRow(row);
    emit changed();
}

void MatterForm::moveMaterial(int delta)
{
    // Rows with cell widgets cannot be moved in place: rebuild the list in the new order.
    const int row = m_materials->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_materials->rowCount())
        return;
    QVector<Material> materials = matter().materials;
    materials.move(row, to);
    m_materials->setRowCount(0);
    for (const Material& m : materials)
        addMaterialRow(m);
    m_materials->setCurrentCell(to, MatNameZh);
    emit changed();
}

void MatterForm::fillDepartmentCombo()
{
    const QString current = m_department->currentData().toString();
    m_department->clear();
    m_department->addItem(tr("(choose a department)"), QString());
    for (const Department& d : std::as_const(m_departments))
        m_department->addItem(d.active ? d.name() : tr("%1 (deactivated)").arg(d.name()), d.id);
    const int at = m_department->findData(current);
    m_department->setCurrentIndex(at < 0 ? 0 : at);
}

void MatterForm::setDepartments(const QVector<Department>& departments)
{
    m_departments = departments;
    fillDepartmentCombo();
    m_workflow->setDepartments(departments);
}

void MatterForm::setMatter(const Matter& m)
{
    const QSignalBlocker block(this); // loading is not an edit
    m_base = m;
    m_code->setText(m.code);
    m_nameZh->setText(m.nameZh);
    m_nameEn->setText(m.nameEn);
    const int dept = m_department->findData(m.departmentId);
    m_department->setCurrentIndex(dept < 0 ? 0 : dept);
    m_kind->setCurrentIndex(m_kind->findData(int(m.kind)));
    m_statutory->setValue(m.statutoryDays);
    m_promised->setValue(m.promisedDays);
    m_joint->setChecked(m.jointHandling);
    m_legalBasis->setPlainText(m.legalBasis);
    m_conditions->setPlainText(m.conditions);
    m_active->setChecked(m.active);
    m_noMaterials->setChecked(m.noMaterials);
    m_materials->setRowCount(0);
    for (const Material& mat : m.materials)
        addMaterialRow(mat);
    m_fees->setRowCount(0);
    for (const Fee& fee : m.fees)
        addFeeRow(fee);
    m_workflow->setDefaultDepartment(m.departmentId);
    m_workflow->setWorkflow(m.workflow);
    clearProblems();
}

Matter MatterForm::matter() const
{
    Matter m = m_base;
    m.code = m_code->text();
    m.nameZh = m_nameZh->text();
    m.nameEn = m_nameEn->text();
    m.departmentId = m_department->currentData().toString();
    m.kind = MatterKind(m_kind->currentData().toInt());
    m.statutoryDays = m_statutory->value();
    m.promisedDays = m_promised->value();
    m.jointHandling = m_joint->isChecked();
    m.legalBasis = m_legalBasis->toPlainText();
    m.conditions = m_conditions->toPlainText();
    m.active = m_active->isChecked();
    m.noMaterials = m_noMaterials->isChecked();
    m.materials.clear();
    for (int row = 0; row < m_materials->rowCount(); ++row) {
        Material mat;
        mat.id = m_materials->item(row, MatNameZh)->data(Qt::UserRole).toString();
        mat.nameZh = cellText(m_materials, row, MatNameZh);
        mat.nameEn = cellText(m_materials, row, MatNameEn);
        mat.form = MaterialForm(
            static_cast<QComboBox*>(m_materials->cellWidget(row, MatForm))->currentData().toInt());
        mat.copies = static_cast<QSpinBox*>(m_materials->cellWidget(row, MatCopies))->value();
        mat.mayFollowLater = m_materials->item(row, MatFollow)->checkState() == Qt::Checked;
        mat.standard = cellText(m_materials, row, MatStandard);
        m.materials.push_back(mat);
    }
    m.fees.clear();
    for (int row = 0; row < m_fees->rowCount(); ++row) {
        Fee fee;
        fee.id = m_fees->item(row, FeeNameZh)->data(Qt::UserRole).toString();
        fee.nameZh = cellText(m_fees, row, FeeNameZh);
        fee.nameEn = cellText(m_fees, row, FeeNameEn);
        fee.amountFen = qRound64(
            static_cast<QDoubleSpinBox*>(m_fees->cellWidget(row, FeeAmount))->value() * 100.0);
        fee.legalBasis = cellText(m_fees, row, FeeBasis);
        m.fees.push_back(fee);
    }
    m.workflow = m_workflow->workflow();
    return m;
}

void MatterForm::markRows(QTableWidget* table, const QVector<FieldProblem>& problems)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList messages;
        for (const FieldProblem& p : problems) {
            if (p.index == row)
                messages << p.message;
        }
        for (int c = 0; c < table->columnCount(); ++c) {
            if (QTableWidgetItem* item = table->item(row, c)) {
                const QSignalBlocker block(table);
                item->setBackground(messages.isEmpty() ? QBrush()
                                                       : QBrush(FieldErrors::problemColour()));
                item->setToolTip(messages.join(QLatin1Char('\n')));
            }
        }
    }
}

void MatterForm::showProblems(const QVector<FieldProblem>& problems)
{
    m_errors.show(problems,
                  [](const FieldProblem& p) { return p.list.isEmpty() ? p.field : p.list; });
    QVector<FieldProblem> materials;
    QVector<FieldProblem> fees;
    for (const FieldProblem& p : problems) {
        if (p.list == QLatin1String("materials"))
            materials << p;
        else if (p.list == QLatin1String("fees"))
            fees << p;
    }
    markRows(m_materials, materials);
    markRows(m_fees, fees);
    m_workflow->showProblems(problems);
    auto tabOf = [](const FieldProblem& p) {
        const QString where = p.list.isEmpty() ? p.field : p.list;
        if (where == QLatin1String("materials") || where == QLatin1String("no_materials"))
            return 1;
        if (where == QLatin1String("fees"))
            return 2;
        if (where == QLatin1String("workflow"))
            return 3;
        return 0;
    };
    // The tabs with problems have red titles.
    QSet<int> tabsWithProblems;
    for (const FieldProblem& p : problems)
        tabsWithProblems.insert(tabOf(p));
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->tabBar()->setTabTextColor(i, tabsWithProblems.contains(i)
                                                 ? QColor(0xb7, 0x1c, 0x1c)
                                                 : palette().color(QPalette::WindowText));
    // Turn to the tab of the first problem, unless the current tab has one too.
    if (!problems.isEmpty() && !tabsWithProblems.contains(m_tabs->currentIndex()))
        m_tabs->setCurrentIndex(tabOf(problems.first()));
}

void MatterForm::clearProblems()
{
    showProblems({});
}

} // namespace civicdesk
