#pragma once

// The data every document the workflow issues about a case shares (the "case" and
// "applicant" objects), in the document's language, and the remedies a denial names. Used by
// WorkflowService and by the history generator's bulk path (core/demo/BulkCaseWriter), so that
// both issue the same documents.

#include "CaseRecord.h"
#include "Result.h"
#include "WorkflowTypes.h"

#include <QJsonObject>

namespace civicdesk {

class Database;
class Session;

class CaseDocumentFields {
public:
    // With the names of the case's department and window as the document shows them.
    CaseDocumentFields(const CaseRecord& c, const QString& departmentName, const QString& windowName,
                       const QString& language);
    // The names read: the department from the catalog, the window the session works at (or the
    // one the case was taken in at).
    static CaseDocumentFields load(const Database& db, const Session& session, const CaseWorkflow& w);
    // The department's name and the window's as load() finds them.
    static QString departmentName(const Database& db, const CaseWorkflow& w, const QString& language);
    static QString windowName(const Database& db, const Session& session, const CaseRecord& c);

    // The language documents are issued in: that of the program, as DocumentRegister does.
    static QString documentLanguage();
    static QString inLanguage(const QString& zh, const QString& en, const QString& language);
    static QString documentTime(const QDateTime& t);
    // Art. 38 (2): the body for administrative reconsideration and the court, from the center
    // settings remedy.reconsideration_body(_en) and remedy.court(_en).
    static Result<QJsonObject> remedy(const Database& db, const QString& language);
    // The "decision" of an approval's decision document (art. 38 (1)): what is granted, the
    // certificate and its validity, and where the result is collected.
    static QJsonObject approvalDecision(const QString& content, const ApprovalDetails& d,
                                        const QString& language);
    // The handover as the case keeps it (cases.handover) and its audit row records it.
    static QJsonObject handoverRecord(const Handover& h, const QString& maskedId,
                                      const QDateTime& at, const QString& staffLogin);
    // The decision among the results the handover receipt lists.
    static QJsonObject decisionResult(bool approval, const QString& number, const QString& language);
    // Issues a document about the case through the register (numbered, audited).
    static Result<IssuedDocument> issue(const Context& ctx, DocumentKind kind, const QString& caseId,
                                        const QJsonObject& fields, const QString& language);

    QString language() const { return m_language; }
    bool chinese() const { return m_language.startsWith(QLatin1String("zh")); }
    QString text(const char* zh, const char* en) const
    {
        return chinese() ? QString::fromUtf8(zh) : QString::fromUtf8(en);
    }
    QJsonObject base() const
    {
        return {{QStringLiteral("case"), m_case}, {QStringLiteral("applicant"), m_applicant}};
    }
    QJsonObject caseWith(const QString& key, const QJsonValue& value) const
    {
        QJsonObject c = m_case;
        c.insert(key, value);
        return c;
    }

private:
    QString m_language;
    QJsonObject m_case;
    QJsonObject m_applicant;
};

} // namespace civicdesk
