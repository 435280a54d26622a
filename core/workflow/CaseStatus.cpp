#include "CaseStatus.h"

#include "Clock.h"
#include "security/AuditLog.h"
#include "storage/Transaction.h"

namespace civicdesk {

namespace {

using S = CaseStatus;
using A = CaseAction;

struct Transition {
    std::optional<CaseStatus> from; // nullopt: a new case
    CaseAction action;
    CaseStatus to;
};

// Every legal move of a case, and nothing else.
const QVector<Transition>& transitions()
{
    static const QVector<Transition> table = {
        // Intake (art. 32): the case comes into being with the clerk's decision.
        {std::nullopt, A::Accept, S::Accepted},
        {std::nullopt, A::AcceptWithDeficiency, S::Accepted},
        {std::nullopt, A::NoticeCorrection, S::AwaitingCorrection},
        {std::nullopt, A::RefuseAtIntake, S::Refused},
        {std::nullopt, A::Withdraw, S::Withdrawn},
        // Waiting for the missing materials.
        {S::AwaitingCorrection, A::CompleteCorrection, S::Accepted},
        {S::AwaitingCorrection, A::DeemAccepted, S::Accepted},
        {S::AwaitingCorrection, A::RefuseAtIntake, S::Refused},
        {S::AwaitingCorrection, A::Withdraw, S::Withdrawn},
        // Review and decision.
        {S::Accepted, A::StartReview, S::InReview},
        {S::Accepted, A::Suspend, S::Suspended},
        {S::Accepted, A::Approve, S::Approved},
        {S::Accepted, A::Deny, S::Denied},
        {S::Accepted, A::Withdraw, S::Withdrawn},
        {S::InReview, A::Suspend, S::Suspended},
        {S::InReview, A::Approve, S::Approved},
        {S::InReview, A::Deny, S::Denied},
        {S::InReview, A::Withdraw, S::Withdrawn},
        {S::Suspended, A::Resume, S::InReview},
        {S::Suspended, A::Withdraw, S::Withdrawn},
        // Certificate (art. 44) and handover.
        {S::Approved, A::IssueCertificate, S::CertificateIssued},
        {S::Approved, A::HandOver, S::Closed},
        {S::CertificateIssued, A::HandOver, S::Closed},
        {S::Denied, A::HandOver, S::Closed},
    };
    return table;
}

} // namespace

QString CaseStates::key(CaseStatus status)
{
    switch (status) {
    case S::AwaitingCorrection:
        return QStringLiteral("awaiting_correction");
    case S::Accepted:
        return QStringLiteral("accepted");
    case S::InReview:
        return QStringLiteral("in_review");
    case S::Suspended:
        return QStringLiteral("suspended");
    case S::Approved:
        return QStringLiteral("approved");
    case S::Denied:
        return QStringLiteral("denied");
    case S::CertificateIssued:
        return QStringLiteral("certificate_issued");
    case S::Closed:
        return QStringLiteral("closed");
    case S::Withdrawn:
        return QStringLiteral("withdrawn");
    case S::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<CaseStatus> CaseStates::fromKey(const QString& key)
{
    for (CaseStatus s : all()) {
        if (CaseStates::key(s) == key)
            return s;
    }
    return std::nullopt;
}

QList<CaseStatus> CaseStates::all()
{
    return {S::AwaitingCorrection, S::Accepted, S::InReview, S::Suspended, S::Approved,
            S::Denied, S::CertificateIssued, S::Closed, S::Withdrawn, S::Refused};
}

QString CaseStates::name(CaseStatus status)
{
    switch (status) {
    case S::AwaitingCorrection:
        return tr("awaiting correction", "case status");
    case S::Accepted:
        return tr("accepted", "case status");
    case S::InReview:
        return tr("in review", "case status");
    case S::Suspended:
        return tr("suspended", "case status");
    case S::Approved:
        return tr("approved", "case status");
    case S::Denied:
        return tr("denied", "case status");
    case S::CertificateIssued:
        return tr("certificate issued", "case status");
    case S::Closed:
        return tr("closed", "case status");
    case S::Withdrawn:
        return tr("withdrawn", "case status");
    case S::Refused:
        return tr("refused at intake", "case status");
    }
    return {};
}

QString CaseStates::key(CaseAction action)
{
    switch (action) {
    case A::Accept:
        return QStringLiteral("accepted");
    case A::AcceptWithDeficiency:
        return QStringLiteral("accepted_with_deficiency");
    case A::NoticeCorrection:
        return QStringLiteral("correction_notice");
    case A::RefuseAtIntake:
        return QStringLiteral("refused");
    case A::CompleteCorrection:
        return QStringLiteral("corrected");
    case A::DeemAccepted:
        return QStringLiteral("deemed_accepted");
    case A::Withdraw:
        return QStringLiteral("withdrawn");
    case A::StartReview:
        return QStringLiteral("review_started");
    case A::Suspend:
        return QStringLiteral("suspended");
    case A::Resume:
        return QStringLiteral("resumed");
    case A::Approve:
        return QStringLiteral("approved");
    case A::Deny:
        return QStringLiteral("denied");
    case A::IssueCertificate:
        return QStringLiteral("certificate_issued");
    case A::HandOver:
        return QStringLiteral("handed_over");
    }
    return {};
}

QString CaseStates::name(CaseAction action)
{
    switch (action) {
    case A::Accept:
        return tr("accepted", "case action");
    case A::AcceptWithDeficiency:
        return tr("accepted with a deficiency", "case action");
    case A::NoticeCorrection:
        return tr("sent back with a correction notice", "case action");
    case A::RefuseAtIntake:
        return tr("refused", "case action");
    case A::CompleteCorrection:
        return tr("accepted after correction", "case action");
    case A::DeemAccepted:
        return tr("deemed accepted", "case action");
    case A::Withdraw:
        return tr("withdrawn", "case action");
    case A::StartReview:
        return tr("taken into review", "case action");
    case A::Suspend:
        return tr("suspended", "case action");
    case A::Resume:
        return tr("resumed", "case action");
    case A::Approve:
        return tr("approved", "case action");
    case A::Deny:
        return tr("denied", "case action");
    case A::IssueCertificate:
        return tr("given its certificate", "case action");
    case A::HandOver:
        return tr("handed over", "case action");
    }
    return {};
}

bool CaseStates::clockRuns(CaseStatus status)
{
    return status == S::Accepted || status == S::InReview;
}

bool CaseStates::isFinal(CaseStatus status)
{
    return status == S::Closed || status == S::Withdrawn || status == S::Refused;
}

std::optional<CaseStatus> CaseStateMachine::target(std::optional<CaseStatus> from, CaseAction action)
{
    for (const Transition& t : transitions()) {
        if (t.from == from && t.action == action)
            return t.to;
    }
    return std::nullopt;
}

Result<CaseStatus> CaseStateMachine::initial(CaseAction action)
{
    const auto to = target(std::nullopt, action);
    if (!to)
        return Error(ErrorKind::Conflict,
                     tr("A new application cannot be %1.").arg(CaseStates::name(action)));
    return *to;
}

Result<CaseStatus> CaseStateMachine::apply(Transaction& tx, const Context& ctx, const QString& caseId,
                                           CaseAction action, const QJsonObject& details)
{
    auto row = tx.exec(QStringLiteral("SELECT status, number FROM cases WHERE id = ?") +
                           tx.dialect().forUpdate(),
                       {caseId});
    if (!row)
        return row.error();
    if (!row.value().next())
        return Error(ErrorKind::NotFound, tr("The case no longer exists."));
    const auto from = CaseStates::fromKey(row.value().value(0).toString());
    const QString number = row.value().value(1).toString();
    row.value().finish();
    if (!from)
        return Error(ErrorKind::Internal, tr("Case %1 has an unknown state.").arg(number));
    const auto to = target(from, action);
    if (!to) {
        return Error(ErrorKind::Conflict,
                     tr("Case %1 is %2 and cannot be %3. Nothing was changed.")
                         .arg(number, CaseStates::name(*from), CaseStates::name(action)));
    }
    // The state is checked again in the UPDATE: if another PC moved the case since it was read,
    // nothing is written.
    auto update = tx.exec(QStringLiteral("UPDATE cases SET status = ?, updated_at = ? WHERE id = ? "
                                         "AND status = ?"),
                          {CaseStates::key(*to), toDbTimestamp(ctx.clock.now()), caseId,
                           CaseStates::key(*from)});
    if (!update)
        return update.error();
    if (update.value().numRowsAffected() != 1)
        return Error(ErrorKind::Conflict,
                     tr("Case %1 was changed on another computer a moment ago. Nothing was "
                        "changed; look at it again.")
                         .arg(number));
    QJsonObject audit = details;
    audit.insert(QStringLiteral("number"), number);
    audit.insert(QStringLiteral("from"), CaseStates::key(*from));
    audit.insert(QStringLiteral("to"), CaseStates::key(*to));
    CIVICDESK_TRY(AuditLog::append(tx, ctx, QStringLiteral("case.") + CaseStates::key(action),
                                   {QStringLiteral("case"), caseId}, audit));
    return *from;
}

} // namespace civicdesk
