#include "CatalogTypes.h"

#include <QLocale>

namespace civicdesk {

QString localizedName(const QString& nameZh, const QString& nameEn)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString& first = chinese ? nameZh : nameEn;
    return first.isEmpty() ? (chinese ? nameEn : nameZh) : first;
}

QString CatalogNames::key(MatterKind kind)
{
    switch (kind) {
    case MatterKind::Licence:
        return QStringLiteral("licence");
    case MatterKind::PublicService:
        return QStringLiteral("public_service");
    case MatterKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString CatalogNames::key(MaterialForm form)
{
    switch (form) {
    case MaterialForm::Original:
        return QStringLiteral("original");
    case MaterialForm::Copy:
        return QStringLiteral("copy");
    case MaterialForm::Electronic:
        return QStringLiteral("electronic");
    }
    return {};
}

QString CatalogNames::key(StageKind kind)
{
    switch (kind) {
    case StageKind::Acceptance:
        return QStringLiteral("acceptance");
    case StageKind::Review:
        return QStringLiteral("review");
    case StageKind::Decision:
        return QStringLiteral("decision");
    case StageKind::Certificate:
        return QStringLiteral("certificate");
    case StageKind::Handover:
        return QStringLiteral("handover");
    case StageKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

namespace {

template <typename Enum> std::optional<Enum> fromKey(const QList<Enum>& all, const QString& key)
{
    for (Enum e : all) {
        if (CatalogNames::key(e) == key)
            return e;
    }
    return std::nullopt;
}

} // namespace

std::optional<MatterKind> CatalogNames::matterKindFromKey(const QString& key)
{
    return fromKey(matterKinds(), key);
}

std::optional<MaterialForm> CatalogNames::materialFormFromKey(const QString& key)
{
    return fromKey(materialForms(), key);
}

std::optional<StageKind> CatalogNames::stageKindFromKey(const QString& key)
{
    return fromKey(stageKinds(), key);
}

QString CatalogNames::name(MatterKind kind)
{
    switch (kind) {
    case MatterKind::Licence:
        return tr("administrative licence");
    case MatterKind::PublicService:
        return tr("public service");
    case MatterKind::Other:
        return tr("other administrative matter");
    }
    return {};
}

QString CatalogNames::name(MaterialForm form)
{
    switch (form) {
    case MaterialForm::Original:
        return tr("original");
    case MaterialForm::Copy:
        return tr("copy");
    case MaterialForm::Electronic:
        return tr("electronic");
    }
    return {};
}

QString CatalogNames::name(StageKind kind)
{
    switch (kind) {
    case StageKind::Acceptance:
        return tr("acceptance");
    case StageKind::Review:
        return tr("review");
    case StageKind::Decision:
        return tr("decision");
    case StageKind::Certificate:
        return tr("certificate");
    case StageKind::Handover:
        return tr("handover");
    case StageKind::Other:
        return tr("other");
    }
    return {};
}

QList<MatterKind> CatalogNames::matterKinds()
{
    return {MatterKind::Licence, MatterKind::PublicService, MatterKind::Other};
}

QList<MaterialForm> CatalogNames::materialForms()
{
    return {MaterialForm::Original, MaterialForm::Copy, MaterialForm::Electronic};
}

QList<StageKind> CatalogNames::stageKinds()
{
    return {StageKind::Acceptance,  StageKind::Review,   StageKind::Decision,
            StageKind::Certificate, StageKind::Handover, StageKind::Other};
}

QPair<QString, QString> CatalogNames::defaultStageNames(StageKind kind)
{
    switch (kind) {
    case StageKind::Acceptance:
        return {QStringLiteral("受理"), QStringLiteral("Acceptance")};
    case StageKind::Review:
        return {QStringLiteral("审查"), QStringLiteral("Review")};
    case StageKind::Decision:
        return {QStringLiteral("决定"), QStringLiteral("Decision")};
    case StageKind::Certificate:
        return {QStringLiteral("制证"), QStringLiteral("Certificate")};
    case StageKind::Handover:
        return {QStringLiteral("送达"), QStringLiteral("Handover")};
    case StageKind::Other:
        break;
    }
    return {QStringLiteral("其他"), QStringLiteral("Other")};
}

QString CatalogNames::money(qint64 fen)
{
    return tr("¥%1").arg(QLocale::c().toString(double(fen) / 100.0, 'f', 2));
}

QString CatalogNames::workingDays(int days)
{
    // Not a %n plural: the English source has no plural forms of its own, and these words
    // appear inside sentences.
    if (days == 0)
        return tr("on the spot");
    if (days == 1)
        return tr("1 working day");
    return tr("%1 working days").arg(days);
}

bool Material::operator==(const Material& o) const
{
    return id == o.id && nameZh == o.nameZh && nameEn == o.nameEn && form == o.form &&
           copies == o.copies && mayFollowLater == o.mayFollowLater && standard == o.standard;
}

bool Fee::operator==(const Fee& o) const
{
    return id == o.id && nameZh == o.nameZh && nameEn == o.nameEn && amountFen == o.amountFen &&
           legalBasis == o.legalBasis;
}

bool WorkflowStep::operator==(const WorkflowStep& o) const
{
    return id == o.id && nameZh == o.nameZh && nameEn == o.nameEn &&
           departmentId == o.departmentId && timeLimitDays == o.timeLimitDays;
}

std::optional<int> WorkflowStage::timeLimitDays() const
{
    std::optional<int> longest;
    for (const WorkflowStep& s : steps) {
        if (s.timeLimitDays && (!longest || *s.timeLimitDays > *longest))
            longest = s.timeLimitDays;
    }
    return longest;
}

bool WorkflowStage::operator==(const WorkflowStage& o) const
{
    return id == o.id && kind == o.kind && nameZh == o.nameZh && nameEn == o.nameEn &&
           leadDepartmentId == o.leadDepartmentId && steps == o.steps;
}

bool WorkflowTemplate::hasParallelStage() const
{
    for (const WorkflowStage& s : stages) {
        if (s.isParallel())
            return true;
    }
    return false;
}

QStringList WorkflowTemplate::departmentIds() const
{
    QStringList ids;
    for (const WorkflowStage& stage : stages) {
        for (const WorkflowStep& step : stage.steps) {
            if (!step.departmentId.isEmpty() && !ids.contains(step.departmentId))
                ids << step.departmentId;
        }
    }
    return ids;
}

qint64 Matter::totalFeeFen() const
{
    qint64 total = 0;
    for (const Fee& f : fees)
        total += f.amountFen;
    return total;
}

QStringList differences(const Department& a, const Department& b)
{
    QStringList keys;
    auto differ = [&keys](bool changed, const char* key) {
        if (changed)
            keys << QLatin1String(key);
    };
    differ(a.code != b.code, "code");
    differ(a.nameZh != b.nameZh, "name_zh");
    differ(a.nameEn != b.nameEn, "name_en");
    differ(a.active != b.active, "active");
    differ(a.sortOrder != b.sortOrder, "sort_order");
    return keys;
}

QStringList differences(const Matter& a, const Matter& b)
{
    QStringList keys;
    auto differ = [&keys](bool changed, const char* key) {
        if (changed)
            keys << QLatin1String(key);
    };
    differ(a.code != b.code, "code");
    differ(a.nameZh != b.nameZh, "name_zh");
    differ(a.nameEn != b.nameEn, "name_en");
    differ(a.departmentId != b.departmentId, "department");
    differ(a.kind != b.kind, "kind");
    differ(a.statutoryDays != b.statutoryDays, "statutory_days");
    differ(a.promisedDays != b.promisedDays, "promised_days");
    differ(a.jointHandling != b.jointHandling, "joint");
    differ(a.legalBasis != b.legalBasis, "legal_basis");
    differ(a.conditions != b.conditions, "conditions");
    differ(a.noMaterials != b.noMaterials, "no_materials");
    differ(a.active != b.active, "active");
    differ(a.materials != b.materials, "materials");
    differ(a.fees != b.fees, "fees");
    differ(!a.workflow.sameStages(b.workflow), "workflow");
    return keys;
}

} // namespace civicdesk
