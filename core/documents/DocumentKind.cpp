#include "DocumentKind.h"

#include <QLocale>

namespace civicdesk {

namespace {

struct KindInfo {
    DocumentKind kind;
    const char* key;
    const char* prefix;
    QList<Paper> papers;
};

const QList<KindInfo>& table()
{
    static const QList<KindInfo> kinds = {
        {DocumentKind::QueueTicket, "queue_ticket", "PD", {Paper::Receipt80}},
        {DocumentKind::AcceptanceReceipt,
         "acceptance_receipt",
         "SL",
         {Paper::Receipt80, Paper::A4}},
        {DocumentKind::CorrectionNotice, "correction_notice", "BZ", {Paper::A4}},
        {DocumentKind::DeficiencyPromise, "deficiency_promise", "RQ", {Paper::A4}},
        {DocumentKind::RefusalNotice, "refusal_notice", "BS", {Paper::A4}},
        {DocumentKind::SuspensionNotice, "suspension_notice", "ZZ", {Paper::A4}},
        {DocumentKind::ExtensionNotice, "extension_notice", "YQ", {Paper::A4}},
        {DocumentKind::ApprovalDecision, "approval_decision", "ZY", {Paper::A4}},
        {DocumentKind::DenialDecision, "denial_decision", "BY", {Paper::A4}},
        {DocumentKind::HandoverReceipt, "handover_receipt", "LQ", {Paper::A4, Paper::Receipt80}},
    };
    return kinds;
}

const KindInfo& info(DocumentKind kind)
{
    for (const KindInfo& k : table()) {
        if (k.kind == kind)
            return k;
    }
    Q_UNREACHABLE();
}

} // namespace

QList<DocumentKind> DocumentKinds::all()
{
    QList<DocumentKind> kinds;
    for (const KindInfo& k : table())
        kinds << k.kind;
    return kinds;
}

QString DocumentKinds::key(DocumentKind kind)
{
    return QLatin1String(info(kind).key);
}

std::optional<DocumentKind> DocumentKinds::fromKey(const QString& key)
{
    for (const KindInfo& k : table()) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString DocumentKinds::numberPrefix(DocumentKind kind)
{
    return QLatin1String(info(kind).prefix);
}

QString DocumentKinds::name(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::QueueTicket:
        return tr("queue ticket");
    case DocumentKind::AcceptanceReceipt:
        return tr("acceptance receipt");
    case DocumentKind::CorrectionNotice:
        return tr("one-time notice of corrections");
    case DocumentKind::DeficiencyPromise:
        return tr("accept-with-deficiency promise");
    case DocumentKind::RefusalNotice:
        return tr("refusal notice");
    case DocumentKind::SuspensionNotice:
        return tr("suspension notice");
    case DocumentKind::ExtensionNotice:
        return tr("extension notice");
    case DocumentKind::ApprovalDecision:
        return tr("approval decision");
    case DocumentKind::DenialDecision:
        return tr("denial decision");
    case DocumentKind::HandoverReceipt:
        return tr("handover receipt");
    }
    Q_UNREACHABLE();
}

QList<Paper> DocumentKinds::papers(DocumentKind kind)
{
    return info(kind).papers;
}

QString DocumentKinds::paperKey(Paper paper)
{
    return paper == Paper::A4 ? QStringLiteral("a4") : QStringLiteral("receipt80");
}

std::optional<Paper> DocumentKinds::paperFromKey(const QString& key)
{
    if (key == QLatin1String("a4"))
        return Paper::A4;
    if (key == QLatin1String("receipt80"))
        return Paper::Receipt80;
    return std::nullopt;
}

QString DocumentKinds::paperName(Paper paper)
{
    return paper == Paper::A4 ? tr("A4 paper") : tr("80 mm receipt paper");
}

QStringList DocumentKinds::languages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString DocumentKinds::languageFor(const QString& localeName)
{
    const QString name = localeName.isEmpty() ? QLocale().name() : localeName;
    return name.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace civicdesk
