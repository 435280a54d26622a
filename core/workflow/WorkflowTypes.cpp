#include "WorkflowTypes.h"

#include <algorithm>

namespace civicdesk {

QList<SuspensionKind> WorkflowNames::suspensionKinds()
{
    return {SuspensionKind::Hearing, SuspensionKind::Testing, SuspensionKind::Inspection,
            SuspensionKind::ExpertReview, SuspensionKind::Tender};
}

QString WorkflowNames::key(SuspensionKind kind)
{
    switch (kind) {
    case SuspensionKind::Hearing:
        return QStringLiteral("hearing");
    case SuspensionKind::Testing:
        return QStringLiteral("testing");
    case SuspensionKind::Inspection:
        return QStringLiteral("inspection");
    case SuspensionKind::ExpertReview:
        return QStringLiteral("expert_review");
    case SuspensionKind::Tender:
        return QStringLiteral("tender");
    }
    return {};
}

std::optional<SuspensionKind> WorkflowNames::suspensionKindFromKey(const QString& key)
{
    for (SuspensionKind k : suspensionKinds()) {
        if (WorkflowNames::key(k) == key)
            return k;
    }
    return std::nullopt;
}

QString WorkflowNames::name(SuspensionKind kind)
{
    switch (kind) {
    case SuspensionKind::Hearing:
        return tr("hearing");
    case SuspensionKind::Testing:
        return tr("testing");
    case SuspensionKind::Inspection:
        return tr("quarantine or appraisal");
    case SuspensionKind::ExpertReview:
        return tr("expert review");
    case SuspensionKind::Tender:
        return tr("tender or auction");
    }
    return {};
}

QString WorkflowNames::procedureText(SuspensionKind kind, const QString& language)
{
    const bool zh = language.startsWith(QLatin1String("zh"));
    switch (kind) {
    case SuspensionKind::Hearing:
        return zh ? QStringLiteral("听证") : QStringLiteral("a hearing");
    case SuspensionKind::Testing:
        return zh ? QStringLiteral("检验、检测") : QStringLiteral("testing");
    case SuspensionKind::Inspection:
        return zh ? QStringLiteral("检疫、鉴定") : QStringLiteral("a quarantine inspection or appraisal");
    case SuspensionKind::ExpertReview:
        return zh ? QStringLiteral("专家评审") : QStringLiteral("an expert review");
    case SuspensionKind::Tender:
        return zh ? QStringLiteral("招标、拍卖") : QStringLiteral("a tender or auction");
    }
    return {};
}

QString WorkflowNames::key(ExtensionState state)
{
    switch (state) {
    case ExtensionState::Requested:
        return QStringLiteral("requested");
    case ExtensionState::Approved:
        return QStringLiteral("approved");
    case ExtensionState::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<ExtensionState> WorkflowNames::extensionStateFromKey(const QString& key)
{
    for (ExtensionState s :
         {ExtensionState::Requested, ExtensionState::Approved, ExtensionState::Rejected}) {
        if (WorkflowNames::key(s) == key)
            return s;
    }
    return std::nullopt;
}

QString WorkflowNames::name(ExtensionState state)
{
    switch (state) {
    case ExtensionState::Requested:
        return tr("waiting for a supervisor");
    case ExtensionState::Approved:
        return tr("approved");
    case ExtensionState::Rejected:
        return tr("rejected");
    }
    return {};
}

QList<HandoverMethod> WorkflowNames::handoverMethods()
{
    return {HandoverMethod::Counter, HandoverMethod::Mail, HandoverMethod::ElectronicDelivery};
}

QString WorkflowNames::key(HandoverMethod method)
{
    switch (method) {
    case HandoverMethod::Counter:
        return QStringLiteral("counter");
    case HandoverMethod::Mail:
        return QStringLiteral("mail");
    case HandoverMethod::ElectronicDelivery:
        return QStringLiteral("electronic_delivery");
    }
    return {};
}

std::optional<HandoverMethod> WorkflowNames::handoverMethodFromKey(const QString& key)
{
    for (HandoverMethod m : handoverMethods()) {
        if (WorkflowNames::key(m) == key)
            return m;
    }
    return std::nullopt;
}

QString WorkflowNames::name(HandoverMethod method)
{
    switch (method) {
    case HandoverMethod::Counter:
        return tr("collected at the window");
    case HandoverMethod::Mail:
        return tr("sent by post");
    case HandoverMethod::ElectronicDelivery:
        return tr("delivered as an electronic licence");
    }
    return {};
}

QList<RecipientRelation> WorkflowNames::relations()
{
    return {RecipientRelation::Self, RecipientRelation::Agent,
            RecipientRelation::LegalRepresentative};
}

QString WorkflowNames::key(RecipientRelation relation)
{
    switch (relation) {
    case RecipientRelation::Self:
        return QStringLiteral("self");
    case RecipientRelation::Agent:
        return QStringLiteral("agent");
    case RecipientRelation::LegalRepresentative:
        return QStringLiteral("legal_representative");
    }
    return {};
}

QString WorkflowNames::name(RecipientRelation relation)
{
    switch (relation) {
    case RecipientRelation::Self:
        return tr("the applicant in person");
    case RecipientRelation::Agent:
        return tr("an authorised agent");
    case RecipientRelation::LegalRepresentative:
        return tr("the legal representative");
    }
    return {};
}

const CaseStep* CaseWorkflow::step(const QString& id) const
{
    for (const CaseStep& s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const CaseExtension* CaseWorkflow::pendingExtension() const
{
    for (const CaseExtension& e : extensions) {
        if (e.state == ExtensionState::Requested)
            return &e;
    }
    return nullptr;
}

const CaseSuspension* CaseWorkflow::openSuspension() const
{
    for (const CaseSuspension& s : suspensions) {
        if (s.isOpen())
            return &s;
    }
    return nullptr;
}

bool CaseWorkflow::hasStage(StageKind kind) const
{
    return std::any_of(steps.begin(), steps.end(),
                       [kind](const CaseStep& s) { return s.stageKind == kind; });
}

int CaseWorkflow::openStage() const
{
    for (const CaseStep& s : steps) {
        if (s.state == StepState::Open)
            return s.stagePosition;
    }
    return 0;
}

Light InboxItem::light() const
{
    Light worst = Light::None;
    for (Light l : {step.light, promised.light, statutory.light}) {
        if (l == Light::Red || (l == Light::Yellow && worst != Light::Red) ||
            (l == Light::Green && worst == Light::None))
            worst = l;
    }
    return worst;
}

int InboxItem::urgency() const
{
    // Statutory overdue first, then promised overdue, then by the fewest working days left on
    // any running limit. Smaller is more urgent.
    if (statutory.light == Light::Red)
        return -100000 + statutory.daysLeft;
    int left = 100000;
    for (const LimitState* l : {&step, &promised, &statutory}) {
        if (l->due.isValid())
            left = std::min(left, l->daysLeft);
    }
    if (suspended)
        left += 50000; // the clock stands still: nothing is urgent until it runs again
    return left;
}

} // namespace civicdesk
