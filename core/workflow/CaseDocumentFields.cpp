#include "CaseDocumentFields.h"

#include "WorkflowTypes.h"

#include "Clock.h"
#include "catalog/CatalogRepository.h"
#include "documents/DocumentKind.h"
#include "documents/DocumentRegister.h"
#include "scheduling/WindowService.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QLocale>

namespace civicdesk {

CaseDocumentFields::CaseDocumentFields(const CaseRecord& c, const QString& departmentName,
                                       const QString& windowName, const QString& language)
    : m_language(language)
{
    m_case = QJsonObject{
        {QStringLiteral("number"), c.number},
        {QStringLiteral("matter"), inLanguage(c.matterNameZh, c.matterNameEn, m_language)},
        {QStringLiteral("department"), departmentName},
        {QStringLiteral("received_at"), documentTime(c.receivedAt)},
        {QStringLiteral("accepted_at"), toDbDate(c.acceptedOn)},
        {QStringLiteral("promised_days"), c.promisedDays},
        {QStringLiteral("promised_date"), toDbDate(c.promisedDue)},
        {QStringLiteral("statutory_days"), c.statutoryDays},
        {QStringLiteral("statutory_date"), toDbDate(c.statutoryDue)},
        {QStringLiteral("due_date"), toDbDate(c.statutoryDue)},
        {QStringLiteral("window"), windowName},
    };
    m_applicant = QJsonObject{{QStringLiteral("name"), c.applicantName},
                              {QStringLiteral("id_number"), c.applicantDocument},
                              {QStringLiteral("phone"), c.applicantPhoneKey}};
}

CaseDocumentFields CaseDocumentFields::load(const Database& db, const Session& session,
                                            const CaseWorkflow& w)
{
    const QString language = documentLanguage();
    return {w.record, departmentName(db, w, language), windowName(db, session, w.record), language};
}

QString CaseDocumentFields::departmentName(const Database& db, const CaseWorkflow& w,
                                           const QString& language)
{
    const QString id = w.record.departmentId;
    if (auto d = CatalogRepository(db).department(id))
        return inLanguage(d->nameZh, d->nameEn, language);
    return w.departmentName(id);
}

QString CaseDocumentFields::windowName(const Database& db, const Session& session,
                                       const CaseRecord& c)
{
    const QString windowId = session.windowId().isEmpty() ? c.windowId : session.windowId();
    if (!windowId.isEmpty()) {
        if (auto win = WindowService::window(db, windowId))
            return win->name;
    }
    return {};
}

QString CaseDocumentFields::documentLanguage()
{
    return DocumentKinds::languageFor(QLocale().name());
}

QString CaseDocumentFields::inLanguage(const QString& zh, const QString& en, const QString& language)
{
    if (language.startsWith(QLatin1String("zh")))
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

QString CaseDocumentFields::documentTime(const QDateTime& t)
{
    return toSecondsText(t);
}

Result<QJsonObject> CaseDocumentFields::remedy(const Database& db, const QString& language)
{
    const bool zh = language.startsWith(QLatin1String("zh"));
    const QString suffix = zh ? QString() : QStringLiteral("_en");
    auto q = db.exec(QStringLiteral("SELECT key, value FROM center_settings WHERE key IN (?, ?)"),
                     {QStringLiteral("remedy.reconsideration_body") + suffix,
                      QStringLiteral("remedy.court") + suffix});
    if (!q)
        return q.error();
    QString body = zh ? QStringLiteral("本机关的同级人民政府")
                      : QStringLiteral("the people's government at the level of this authority");
    QString court = zh ? QStringLiteral("有管辖权的人民法院")
                       : QStringLiteral("the people's court having jurisdiction");
    while (q.value().next()) {
        const QString value = q.value().value(1).toString().trimmed();
        if (value.isEmpty())
            continue;
        if (q.value().value(0).toString().startsWith(QLatin1String("remedy.court")))
            court = value;
        else
            body = value;
    }
    return QJsonObject{{QStringLiteral("reconsideration_body"), body},
                       {QStringLiteral("court"), court}};
}

QJsonObject CaseDocumentFields::approvalDecision(const QString& content, const ApprovalDetails& d,
                                                 const QString& language)
{
    const QString pickup =
        language.startsWith(QLatin1String("zh"))
            ? QStringLiteral("请凭受理回执及身份证件到本中心窗口领取办理结果，或选择邮寄送达。")
            : QStringLiteral("Collect the result at the center's window with the acceptance "
                             "receipt and your identity document, or ask for it to be sent by "
                             "post.");
    return {{QStringLiteral("content"), content},
            {QStringLiteral("certificate_name"), d.certificateName.trimmed()},
            {QStringLiteral("certificate_number"), d.certificateNumber.trimmed()},
            {QStringLiteral("valid_from"), toDbDate(d.validFrom)},
            {QStringLiteral("valid_until"), toDbDate(d.validUntil)},
            {QStringLiteral("pickup"), pickup}};
}

QJsonObject CaseDocumentFields::handoverRecord(const Handover& h, const QString& maskedId,
                                               const QDateTime& at, const QString& staffLogin)
{
    QJsonObject record{{QStringLiteral("method"), WorkflowNames::key(h.method)},
                       {QStringLiteral("recipient"), h.recipientName},
                       {QStringLiteral("at"), toDbTimestamp(at)},
                       {QStringLiteral("staff"), staffLogin}};
    if (h.method == HandoverMethod::Counter) {
        record.insert(QStringLiteral("relation"), WorkflowNames::key(h.relation));
        record.insert(QStringLiteral("id_number"), maskedId);
        record.insert(QStringLiteral("identity_checked"), true);
    }
    if (h.method == HandoverMethod::Mail) {
        record.insert(QStringLiteral("carrier"), h.carrier);
        record.insert(QStringLiteral("tracking_number"), h.trackingNumber);
    }
    return record;
}

QJsonObject CaseDocumentFields::decisionResult(bool approval, const QString& number,
                                               const QString& language)
{
    const bool zh = language.startsWith(QLatin1String("zh"));
    return {{QStringLiteral("name"),
             approval ? (zh ? QStringLiteral("准予行政许可决定书")
                            : QStringLiteral("Decision granting the licence"))
                      : (zh ? QStringLiteral("不予行政许可决定书")
                            : QStringLiteral("Decision refusing the licence"))},
            {QStringLiteral("number"), number},
            {QStringLiteral("count"), 1}};
}

Result<IssuedDocument> CaseDocumentFields::issue(const Context& ctx, DocumentKind kind,
                                                const QString& caseId, const QJsonObject& fields,
                                                const QString& language)
{
    DocumentIssueRequest r;
    r.kind = kind;
    r.subject = {QStringLiteral("case"), caseId};
    r.fields = fields;
    r.language = language;
    return DocumentRegister::issue(ctx, r);
}

} // namespace civicdesk
