#pragma once

// Finding cases: by case number, ID number or credit code (exact), by a fragment of the
// applicant's name (the applicants' CJK name search, then their cases), by phone, received
// between two dates, in a state. Results come newest first in pages, each continuing after
// the last row of the one before (keyset paging on received_at and id), so that the next page
// of a million cases costs what the first did. And what the case detail shows about one case:
// its documents and the timeline of its audit events.

#include "Context.h"
#include "Result.h"
#include "security/AuditLog.h"
#include "workflow/CaseRecord.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace civicdesk {

struct CaseQuery {
    QString number;   // exact
    QString document; // ID number or credit code, exact (spaces and case ignored)
    QString name;     // a fragment of the applicant's name
    QString phone;    // the whole number or its first digits (at least 3)
    QDate from;       // received on or after
    QDate to;         // received on or before
    std::optional<CaseStatus> status;

    bool isEmpty() const;
};

// Where a page ends: the next page starts after this row.
struct CaseCursor {
    QDateTime receivedAt;
    QString id;
};

struct CasePage {
    QVector<CaseRecord> cases;
    std::optional<CaseCursor> next; // empty: this was the last page
    QString note; // e.g. the name matched too many applicants: only the first are searched
};

class CaseSearch {
    Q_DECLARE_TR_FUNCTIONS(CaseSearch)
public:
    // Names fewer than this many applicants to look through by name.
    static constexpr int kMaxApplicants = 200;

    explicit CaseSearch(const Context& ctx) : m_ctx(ctx) {}

    // One page of the cases that match every key given. Needs Permission::ViewCases.
    Result<CasePage> find(const CaseQuery& query, const std::optional<CaseCursor>& after = {},
                          int limit = 50) const;

    // The audit events about a case, oldest first: its decisions, documents, reveals.
    Result<QVector<AuditEntry>> timeline(const QString& caseId) const;

private:
    const Context m_ctx;
};

} // namespace civicdesk
