#include "DocumentRegister.h"

#include "Clock.h"
#include "security/Authorization.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSqlRecord>

namespace civicdesk {

namespace {

const QString kDocumentColumns = QStringLiteral(
    "d.id, d.branch_code, d.kind, d.number, d.subject_type, d.subject_id, d.language, d.content, "
    "d.issued_at, d.staff_id, d.staff_login, d.staff_name, "
    "(SELECT COUNT(*) FROM document_copies c WHERE c.document_id = d.id AND c.state <> 'failed')");

const QString kCopyColumns = QStringLiteral(
    "id, document_id, copy_no, duplicate, paper, output, destination, state, started_at, "
    "staff_login, problem");

QString outputKey(CopyOutput output)
{
    return output == CopyOutput::Pdf ? QStringLiteral("pdf") : QStringLiteral("printer");
}

Result<IssuedDocument> documentFrom(const QSqlQuery& q)
{
    IssuedDocument d;
    d.id = q.value(0).toString();
    d.branchCode = q.value(1).toString();
    const auto kind = DocumentKinds::fromKey(q.value(2).toString());
    if (!kind)
        return Error(
            ErrorKind::Internal,
            DocumentRegister::tr("The document %1 is of a kind this CivicDesk does not "
                                 "know (%2): a newer CivicDesk issued it. Install the newer "
                                 "CivicDesk on this PC to print it.")
                .arg(q.value(3).toString(), q.value(2).toString()));
    d.kind = *kind;
    d.number = q.value(3).toString();
    d.subject = {q.value(4).toString(), q.value(5).toString()};
    d.language = q.value(6).toString();
    d.content = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    d.issuedAt = fromDbTimestamp(q.value(8).toString());
    d.staffId = q.value(9).toString();
    d.staffLogin = q.value(10).toString();
    d.staffName = q.value(11).toString();
    d.copiesMade = q.value(12).toInt();
    return d;
}

DocumentCopy copyFrom(const QSqlQuery& q)
{
    DocumentCopy c;
    c.id = q.value(0).toString();
    c.documentId = q.value(1).toString();
    c.copyNo = q.value(2).toInt();
    c.duplicate = q.value(3).toInt() != 0;
    c.paper = DocumentKinds::paperFromKey(q.value(4).toString()).value_or(Paper::A4);
    c.output =
        q.value(5).toString() == QLatin1String("pdf") ? CopyOutput::Pdf : CopyOutput::Printer;
    c.destination = q.value(6).toString();
    c.state = q.value(7).toString();
    c.startedAt = fromDbTimestamp(q.value(8).toString());
    c.staffLogin = q.value(9).toString();
    c.problem = q.value(10).toString();
    return c;
}

Result<QVector<IssuedDocument>> documentsWhere(const Database& db, const QString& where,
                                               const QVariantList& params)
{
    auto q = db.exec(QStringLiteral("SELECT ") + kDocumentColumns +
                         QStringLiteral(" FROM issued_documents d WHERE ") + where +
                         QStringLiteral(" ORDER BY d.issued_at, d.number"),
                     params);
    if (!q)
        return q.error();
    QVector<IssuedDocument> list;
    while (q.value().next()) {
        auto d = documentFrom(q.value());
        if (!d)
            return d.error();
        list << d.take();
    }
    return list;
}

Result<IssuedDocument> single(Result<QVector<IssuedDocument>> found, const QString& what)
{
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(ErrorKind::NotFound,
                     DocumentRegister::tr("No document %1 was issued here.").arg(what));
    return found->constFirst();
}

QJsonObject auditDetails(const IssuedDocument& document, const DocumentCopy& copy)
{
    return {{QStringLiteral("document"), document.number},
            {QStringLiteral("kind"), DocumentKinds::key(document.kind)},
            {QStringLiteral("copy"), copy.copyNo},
            {QStringLiteral("duplicate"), copy.duplicate},
            {QStringLiteral("paper"), DocumentKinds::paperKey(copy.paper)},
            {QStringLiteral("output"), outputKey(copy.output)}};
}

} // namespace

Result<QJsonObject> DocumentRegister::centerDetails(const Database& db, const QString& language)
{
    auto q = db.exec(QStringLiteral("SELECT key, value FROM center_settings WHERE key IN "
                                    "('center.name', 'center.name_en', 'center.address', "
                                    "'center.address_en', 'center.phone', 'center.website')"));
    if (!q)
        return q.error();
    QHash<QString, QString> settings;
    while (q.value().next())
        settings.insert(q.value().value(0).toString(), q.value().value(1).toString());
    const bool chinese = language.startsWith(QLatin1String("zh"));
    auto pick = [&](const QString& key, const QString& fallback) {
        const QString value = settings.value(chinese ? key : key + QStringLiteral("_en"));
        return value.isEmpty() ? fallback : value;
    };
    return QJsonObject{
        {QStringLiteral("name"),
         pick(QStringLiteral("center.name"),
              chinese ? QStringLiteral("政务服务中心") : QStringLiteral("Civic Service Center"))},
        {QStringLiteral("address"), pick(QStringLiteral("center.address"), QString())},
        {QStringLiteral("phone"), settings.value(QStringLiteral("center.phone"))},
        {QStringLiteral("website"), settings.value(QStringLiteral("center.website"))},
    };
}

Result<IssuedDocument> DocumentRegister::issue(const Context& ctx, const DocumentIssueRequest& what)
{
    CIVICDESK_TRY(authorize(ctx, Permission::PrintDocuments, what.subject));
    if (what.subject.type.isEmpty() || what.subject.id.isEmpty())
        return Error(ErrorKind::Invalid, tr("A %1 must name the case or ticket it belongs to.")
                                             .arg(DocumentKinds::name(what.kind)));
    auto branch = ctx.db.branchCode();
    if (!branch)
        return branch.error();

    IssuedDocument d;
    d.id = newId();
    d.branchCode = branch.value();
    d.kind = what.kind;
    d.subject = what.subject;
    d.language =
        what.language.isEmpty() ? DocumentKinds::languageFor(QLocale().name()) : what.language;
    d.issuedAt = ctx.clock.now();
    d.staffId = ctx.session.staffId();
    d.staffLogin = ctx.session.login();
    d.staffName =
        ctx.session.displayName().isEmpty() ? ctx.session.login() : ctx.session.displayName();
    d.content = what.fields;
    if (!d.content.contains(QLatin1String("center"))) {
        auto center = centerDetails(ctx.db, d.language);
        if (!center)
            return center.error();
        d.content.insert(QStringLiteral("center"), center.value());
    }
    auto stamp = [&](const QString& number) {
        d.content.insert(QStringLiteral("document"),
                         QJsonObject{{QStringLiteral("number"), number},
                                     {QStringLiteral("issued_at"), toDbTimestamp(d.issuedAt)},
                                     {QStringLiteral("staff"), d.staffName}});
    };
    // Before a number is taken: every layout of the kind must fill from this data.
    stamp(QStringLiteral("XX-XXXX-0000-000000"));
    for (Paper paper : DocumentKinds::papers(d.kind))
        CIVICDESK_TRY(DocumentRenderer::check(request(d, paper, false, d.issuedAt)));

    const QString prefix = DocumentKinds::numberPrefix(d.kind);
    const int year = d.issuedAt.date().year();
    Status s = ctx.db.write([&](Transaction& tx) -> Status {
        auto seq = tx.nextCounterValue(
            QStringLiteral("document.%1.%2.%3").arg(prefix, d.branchCode).arg(year));
        if (!seq)
            return seq.error();
        d.number = QStringLiteral("%1-%2-%3-%4")
                       .arg(prefix, d.branchCode)
                       .arg(year)
                       .arg(seq.value(), 6, 10, QLatin1Char('0'));
        stamp(d.number);
        CIVICDESK_TRY(tx.put(
            QStringLiteral("INSERT INTO issued_documents (id, branch_code, kind, number, "
                           "subject_type, subject_id, language, content, issued_at, staff_id, "
                           "staff_login, staff_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {d.id, d.branchCode, DocumentKinds::key(d.kind), d.number, d.subject.type, d.subject.id,
             d.language, QString::fromUtf8(QJsonDocument(d.content).toJson(QJsonDocument::Compact)),
             toDbTimestamp(d.issuedAt), d.staffId.isEmpty() ? QVariant() : QVariant(d.staffId),
             d.staffLogin, d.staffName}));
        return AuditLog::append(tx, ctx, QStringLiteral("document.issued"), d.subject,
                                {{QStringLiteral("document"), d.number},
                                 {QStringLiteral("kind"), DocumentKinds::key(d.kind)}});
    });
    if (!s)
        return s.error();
    return d;
}

Result<IssuedDocument> DocumentRegister::find(const Database& db, const QString& id)
{
    return single(documentsWhere(db, QStringLiteral("d.id = ?"), {id}), id);
}

Result<IssuedDocument> DocumentRegister::findByNumber(const Database& db, const QString& number)
{
    return single(documentsWhere(db, QStringLiteral("d.number = ?"), {number.trimmed().toUpper()}),
                  number);
}

Result<QVector<IssuedDocument>> DocumentRegister::forSubject(const Database& db,
                                                             const AuditSubject& subject)
{
    return documentsWhere(db, QStringLiteral("d.subject_type = ? AND d.subject_id = ?"),
                          {subject.type, subject.id});
}

Result<QVector<DocumentCopy>> DocumentRegister::copies(const Database& db,
                                                       const QString& documentId)
{
    auto q =
        db.exec(QStringLiteral("SELECT ") + kCopyColumns +
                    QStringLiteral(" FROM document_copies WHERE document_id = ? ORDER BY copy_no"),
                {documentId});
    if (!q)
        return q.error();
    QVector<DocumentCopy> list;
    while (q.value().next())
        list << copyFrom(q.value());
    return list;
}

DocumentRequest DocumentRegister::request(const IssuedDocument& document, Paper paper,
                                          bool duplicate, const QDateTime& printedAt)
{
    DocumentRequest r;
    r.kind = document.kind;
    r.paper = paper;
    r.language = document.language;
    r.data = document.content;
    r.duplicate = duplicate;
    r.printedAt = printedAt;
    return r;
}

Result<DocumentRequest> DocumentRegister::previewRequest(const Database& db,
                                                         const IssuedDocument& document,
                                                         Paper paper, const QDateTime& now)
{
    auto made = db.scalar(QStringLiteral("SELECT COUNT(*) FROM document_copies WHERE "
                                         "document_id = ? AND state <> 'failed'"),
                          {document.id});
    if (!made)
        return made.error();
    return request(document, paper, made.value().toInt() > 0, now);
}

Result<DocumentCopy> DocumentRegister::beginCopy(const Context& ctx, const IssuedDocument& document,
                                                 Paper paper, CopyOutput output,
                                                 const QString& destination)
{
    CIVICDESK_TRY(authorize(ctx, Permission::PrintDocuments, document.subject));
    if (!DocumentKinds::supports(document.kind, paper))
        return Error(ErrorKind::Invalid,
                     DocumentRenderer::tr("A %1 has no layout for %2.")
                         .arg(DocumentKinds::name(document.kind), DocumentKinds::paperName(paper)));
    auto branch = ctx.db.branchCode();
    if (!branch)
        return branch.error();
    DocumentCopy c;
    c.id = newId();
    c.documentId = document.id;
    c.paper = paper;
    c.output = output;
    c.destination = destination;
    c.state = QStringLiteral("printing");
    c.startedAt = ctx.clock.now();
    c.staffLogin = ctx.session.login();
    Status s = ctx.db.write([&](Transaction& tx) -> Status {
        // The document's row is the lock that keeps two PCs from numbering the same copy.
        auto locked = tx.scalar(QStringLiteral("SELECT id FROM issued_documents WHERE id = ?") +
                                    tx.dialect().forUpdate(),
                                {document.id});
        if (!locked)
            return locked.error();
        if (locked.value().isNull())
            return Error(ErrorKind::NotFound,
                         tr("The document %1 is not in the register of this database.")
                             .arg(document.number));
        auto q = tx.exec(
            QStringLiteral("SELECT COALESCE(MAX(copy_no), 0), "
                           "COALESCE(SUM(CASE WHEN state <> 'failed' THEN 1 ELSE 0 END), 0) "
                           "FROM document_copies WHERE document_id = ?"),
            {document.id});
        if (!q)
            return q.error();
        q.value().next();
        c.copyNo = q.value().value(0).toInt() + 1;
        c.duplicate = q.value().value(1).toInt() > 0;
        CIVICDESK_TRY(tx.exec(
            QStringLiteral("INSERT INTO document_copies (id, branch_code, document_id, copy_no, "
                           "duplicate, paper, output, destination, state, started_at, staff_id, "
                           "staff_login) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'printing', ?, ?, ?)"),
            {c.id, branch.value(), c.documentId, c.copyNo, int(c.duplicate),
             DocumentKinds::paperKey(paper), outputKey(output), destination,
             toDbTimestamp(c.startedAt),
             ctx.session.staffId().isEmpty() ? QVariant() : QVariant(ctx.session.staffId()),
             c.staffLogin}));
        return AuditLog::append(tx, ctx,
                                c.duplicate ? QStringLiteral("document.reprinted")
                                            : QStringLiteral("document.printed"),
                                document.subject, auditDetails(document, c));
    });
    if (!s)
        return s.error();
    return c;
}

Status DocumentRegister::finishCopy(const Context& ctx, const DocumentCopy& copy)
{
    return ctx.db.write([&](Transaction& tx) -> Status {
        return tx
            .exec(QStringLiteral("UPDATE document_copies SET state = 'made', finished_at = ? "
                                 "WHERE id = ?"),
                  {toDbTimestamp(ctx.clock.now()), copy.id})
            .status();
    });
}

Status DocumentRegister::failCopy(const Context& ctx, const DocumentCopy& copy,
                                  const QString& problem)
{
    return ctx.db.write([&](Transaction& tx) -> Status {
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE document_copies SET state = 'failed', "
                                             "finished_at = ?, problem = ? WHERE id = ?"),
                              {toDbTimestamp(ctx.clock.now()), problem, copy.id}));
        auto q = tx.exec(QStringLiteral("SELECT number, subject_type, subject_id FROM "
                                        "issued_documents WHERE id = ?"),
                         {copy.documentId});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error(ErrorKind::NotFound,
                         tr("The document of this copy is not in the register."));
        return AuditLog::append(tx, ctx, QStringLiteral("document.print_failed"),
                                {q.value().value(1).toString(), q.value().value(2).toString()},
                                {{QStringLiteral("document"), q.value().value(0).toString()},
                                 {QStringLiteral("copy"), copy.copyNo},
                                 {QStringLiteral("problem"), problem}});
    });
}

Result<DocumentCopy> DocumentRegister::makeCopy(const Context& ctx, const IssuedDocument& document,
                                                Paper paper, CopyOutput output,
                                                const QString& destination,
                                                const OutputFunction& write)
{
    auto copy = beginCopy(ctx, document, paper, output, destination);
    if (!copy)
        return copy.error();
    DocumentCopy c = copy.take();
    auto rendered = DocumentRenderer::render(request(document, paper, c.duplicate, c.startedAt));
    Status s = rendered ? write(rendered.value()) : rendered.status();
    if (!s) {
        // The copy did not come out; that is recorded, and the sentence about why stands.
        (void)failCopy(ctx, c, s.error().detail.isEmpty() ? s.message() : s.error().detail);
        return s.error();
    }
    CIVICDESK_TRY(finishCopy(ctx, c));
    c.state = QStringLiteral("made");
    return c;
}

Result<DocumentCopy> DocumentRegister::saveAsPdf(const Context& ctx, const IssuedDocument& document,
                                                 Paper paper, const QString& fileName)
{
    return makeCopy(ctx, document, paper, CopyOutput::Pdf, fileName,
                    [&](const RenderedDocument& rendered) {
                        return DocumentRenderer::writePdf(rendered, fileName,
                                                          DocumentKinds::name(document.kind) +
                                                              QLatin1Char(' ') + document.number);
                    });
}

} // namespace civicdesk
