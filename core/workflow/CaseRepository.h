#pragma once

// Reading and writing the rows of a case: the case itself, its materials, its approval steps
// and its suspensions. The services that change cases (intake, workflow) write through here,
// inside their own transactions.

#include "CaseRecord.h"
#include "Result.h"
#include "calendar/WorkingCalendar.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace civicdesk {

class Database;
class Transaction;
struct ApprovalDetails;

class CaseRepository {
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)
public:
    explicit CaseRepository(const Database& db) : m_db(db) {}

    Result<CaseRecord> byId(const QString& id) const;
    Result<CaseRecord> byNumber(const QString& number) const;
    // The cases with these ids, in the order given; ids without a case are left out.
    Result<QVector<CaseRecord>> byIds(const QStringList& ids) const;
    Result<QVector<CaseMaterial>> materials(const QString& caseId) const;
    Result<QVector<CaseStep>> steps(const QString& caseId) const;
    // Suspensions as date ranges; an open one runs to `today`.
    Result<QVector<DateRange>> suspensions(const QString& caseId, const QDate& today) const;

    static Status insert(Transaction& tx, const CaseRecord& c);
    static Status insertMaterials(Transaction& tx, const QString& caseId,
                                  const QVector<CaseMaterial>& materials);
    static Status insertSteps(Transaction& tx, const QString& caseId, const QVector<CaseStep>& steps);
    // Art. 40: an approval on the public list, a person's name masked; the certificate's
    // fields as far as they are known when the decision is made.
    static Status publishDecision(Transaction& tx, const CaseRecord& c, const QString& content,
                                  const ApprovalDetails& d, const QDate& decidedOn,
                                  const QDateTime& publishedAt);

    // The approval steps of a newly accepted case, copied from its matter's template: the steps
    // of an acceptance stage are done (approved by the clerk who accepted it, at `now`), the
    // next stage's steps are open, with their due dates from their own time limits, and the
    // rest wait.
    static QVector<CaseStep> stepsFromTemplate(const WorkflowTemplate& workflow,
                                               const QString& leadDepartmentId,
                                               const QString& acceptedBy, const QDateTime& now,
                                               const WorkingCalendar& calendar);

    // The columns of `cases` in the order readCase() expects, for other queries' SELECT lists.
    static QString columns();
    static CaseRecord readCase(const QSqlQuery& q, int first = 0);

private:
    Result<CaseRecord> one(const QString& where, const QVariant& value) const;
    const Database& m_db;
};

} // namespace civicdesk
