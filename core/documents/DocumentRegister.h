#pragma once

// The register of issued documents. A document gets its number (kind prefix, branch, year
// and a gap-free sequence) when what it records is decided, in that same transaction, so the
// number exists before anything is printed; the data it was filled from is kept with it, so
// that a reprint years later shows what the applicant was given. Every copy that leaves the
// program, on paper or as a PDF, is recorded and audited; a copy after the first is marked
// 副本 / DUPLICATE.

#include "Context.h"
#include "DocumentKind.h"
#include "DocumentRenderer.h"
#include "Result.h"
#include "security/AuditLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>

namespace civicdesk {

class Database;

struct DocumentIssueRequest {
    DocumentKind kind = DocumentKind::AcceptanceReceipt;
    // What it is about: {"case", case id}, {"ticket", ticket id} …
    AuditSubject subject;
    // The kind's own fields (see its template). "center" is filled from the center's
    // settings and "document" (number, date, staff) by the register.
    QJsonObject fields;
    // "zh_CN" or "en"; empty: the language of the user interface.
    QString language;
};

struct IssuedDocument {
    QString id;
    QString branchCode;
    DocumentKind kind = DocumentKind::AcceptanceReceipt;
    QString number; // "SL-ZX01-2026-000017"
    AuditSubject subject;
    QString language;
    QJsonObject content; // everything the template is filled from, as issued
    QDateTime issuedAt;
    QString staffId;
    QString staffLogin;
    QString staffName;
    int copiesMade = 0; // copies printed or saved (or whose printing has not reported back)
};

enum class CopyOutput { Printer, Pdf };

struct DocumentCopy {
    QString id;
    QString documentId;
    int copyNo = 0;         // 1 is the original
    bool duplicate = false; // a copy was made before this one: printed as 副本 / DUPLICATE
    Paper paper = Paper::A4;
    CopyOutput output = CopyOutput::Printer;
    QString destination; // printer name or file name
    QString state;       // "printing", "made" or "failed"
    QDateTime startedAt;
    QString staffLogin;
    QString problem; // why it failed
};

class DocumentRegister {
    Q_DECLARE_TR_FUNCTIONS(DocumentRegister)
public:
    // Numbers the document and records it. Joins the write transaction open on ctx.db (the
    // decision and its document commit together) or runs its own. The data is checked against
    // the kind's templates first: a document that could not be printed gets no number.
    static Result<IssuedDocument> issue(const Context& ctx, const DocumentIssueRequest& request);

    static Result<IssuedDocument> find(const Database& db, const QString& id);
    static Result<IssuedDocument> findByNumber(const Database& db, const QString& number);
    // Every document issued about a case or ticket, oldest first.
    static Result<QVector<IssuedDocument>> forSubject(const Database& db,
                                                      const AuditSubject& subject);
    static Result<QVector<DocumentCopy>> copies(const Database& db, const QString& documentId);

    // One copy, from start to end: records it (and audits a reprint) before anything is
    // painted, renders it, hands it to `output` (a printer, a file), and records whether that
    // worked. A failed copy is not counted, so the next one is still the original.
    using OutputFunction = std::function<Status(const RenderedDocument&)>;
    static Result<DocumentCopy> makeCopy(const Context& ctx, const IssuedDocument& document,
                                         Paper paper, CopyOutput output, const QString& destination,
                                         const OutputFunction& write);
    // makeCopy to a PDF file.
    static Result<DocumentCopy> saveAsPdf(const Context& ctx, const IssuedDocument& document,
                                          Paper paper, const QString& fileName);

    // What the next copy would look like (duplicate or not), for a preview that records nothing.
    static Result<DocumentRequest> previewRequest(const Database& db,
                                                  const IssuedDocument& document, Paper paper,
                                                  const QDateTime& now);
    static DocumentRequest request(const IssuedDocument& document, Paper paper, bool duplicate,
                                   const QDateTime& printedAt);

    // The center's name, address, phone and website in a language, from the center settings
    // (center.name, center.name_en, center.address, center.address_en, center.phone,
    // center.website).
    static Result<QJsonObject> centerDetails(const Database& db, const QString& language);

    // The steps of makeCopy, for callers that paint the copy themselves (the print preview).
    static Result<DocumentCopy> beginCopy(const Context& ctx, const IssuedDocument& document,
                                          Paper paper, CopyOutput output,
                                          const QString& destination);
    static Status finishCopy(const Context& ctx, const DocumentCopy& copy);
    static Status failCopy(const Context& ctx, const DocumentCopy& copy, const QString& problem);
};

} // namespace civicdesk
