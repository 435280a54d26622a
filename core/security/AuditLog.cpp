#include "AuditLog.h"

#include "Authorization.h"
#include "Clock.h"
#include "Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/evp.h>

#include <memory>

namespace civicdesk {

namespace {

QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Writes s as a JSON string exactly as QJsonDocument's compact writer does, for the strings
// audit rows hold: UTF-8, with the quote and the backslash escaped by a backslash. A control
// character or a surrogate half (each of which Qt writes by its own rules) returns false, and
// the row takes Qt's writer instead. Every row is hashed when written and when verified, so
// the UTF-8 is written here in one pass instead of through a copy and QString::toUtf8.
bool appendPlainJsonString(QByteArray& out, const QString& s)
{
    const qsizetype start = out.size();
    out.resize(start + 2 + s.size() * 3); // at most three bytes a character
    char* p = out.data() + start;
    *p++ = '"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || QChar::isSurrogate(u)) {
            out.resize(start);
            return false;
        }
        if (u < 0x80) {
            if (u == u'"' || u == u'\\')
                *p++ = '\\';
            *p++ = char(u);
        } else if (u < 0x800) {
            *p++ = char(0xC0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3F));
        } else {
            *p++ = char(0xE0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
            *p++ = char(0x80 | (u & 0x3F));
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
    return true;
}

// The canonical form hashes the details exactly as stored, so that any edit of the stored
// text, even one that leaves the JSON meaning alone, breaks the chain. It is the compact JSON
// array of the row's fields, as QJsonDocument writes it; every row is hashed when written and
// when verified, so the usual rows are written directly instead of through a QJsonArray.
QByteArray canonicalForm(const AuditEntry& e, const QString& detailsText)
{
    const QString fields[] = {e.id,
                              e.branchCode,
                              QString::number(e.seq),
                              toDbTimestamp(e.at),
                              e.staffId,
                              e.staffLogin,
                              e.action,
                              e.subject.type,
                              e.subject.id,
                              detailsText};
    QByteArray out;
    qsizetype room = 2;
    for (const QString& field : fields)
        room += 3 + field.size() * 3;
    out.reserve(room); // appendPlainJsonString asks for the most a field can take
    out += '[';
    for (const QString& field : fields) {
        if (out.size() > 1)
            out += ',';
        if (!appendPlainJsonString(out, field)) {
            QJsonArray array;
            for (const QString& f : fields)
                array.append(f);
            return QJsonDocument(array).toJson(QJsonDocument::Compact);
        }
    }
    out += ']';
    return out;
}

// SHA-256 through OpenSSL, which uses the processor's SHA instructions: 0.6 µs a row against
// 3.4 µs through QCryptographicHash, and every row is hashed when written and when verified.
// One context per thread, set up again for each row. Should OpenSSL fail (a broken
// installation), Qt computes the same digest.
QString hashOf(const QString& previousHash, const QByteArray& canonical)
{
    static const std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> sha256(
        EVP_MD_fetch(nullptr, "SHA256", nullptr), &EVP_MD_free);
    thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(
        EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    const QByteArray previous = previousHash.toLatin1();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!sha256 || !context || !EVP_DigestInit_ex(context.get(), sha256.get(), nullptr) ||
        !EVP_DigestUpdate(context.get(), previous.constData(), size_t(previous.size())) ||
        !EVP_DigestUpdate(context.get(), canonical.constData(), size_t(canonical.size())) ||
        !EVP_DigestFinal_ex(context.get(), digest, &length)) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(previous);
        h.addData(canonical);
        return QString::fromLatin1(h.result().toHex());
    }
    // Lower-case hex, as QByteArray::toHex writes it.
    QString hex(int(length) * 2, Qt::Uninitialized);
    QChar* out = hex.data();
    for (unsigned int i = 0; i < length; ++i) {
        *out++ = QLatin1Char("0123456789abcdef"[digest[i] >> 4]);
        *out++ = QLatin1Char("0123456789abcdef"[digest[i] & 0xF]);
    }
    return hex;
}

struct StoredRow {
    AuditEntry entry;
    QString detailsText;
};

StoredRow readRow(const QSqlQuery& q)
{
    StoredRow r;
    r.entry.branchCode = q.value(0).toString();
    r.entry.seq = q.value(1).toLongLong();
    r.entry.id = q.value(2).toString();
    r.entry.at = fromDbTimestamp(q.value(3).toString());
    r.entry.staffId = q.value(4).toString();
    r.entry.staffLogin = q.value(5).toString();
    r.entry.action = q.value(6).toString();
    r.entry.subject = {q.value(7).toString(), q.value(8).toString()};
    r.detailsText = q.value(9).toString();
    r.entry.details = QJsonDocument::fromJson(r.detailsText.toUtf8()).object();
    r.entry.hash = q.value(10).toString();
    return r;
}

const char* const kRowColumns = "branch_code, seq, id, at, staff_id, staff_login, action, "
                                "subject_type, subject_id, details, hash";

} // namespace

QByteArray AuditLog::canonical(const AuditEntry& entry)
{
    return canonicalForm(entry, compactJson(entry.details));
}

QString AuditLog::chainHash(const QString& previousHash, const AuditEntry& entry)
{
    return hashOf(previousHash, canonical(entry));
}

namespace {

// The chain's head as this transaction left it. Read once (and locked, on PostgreSQL) at the
// transaction's first audit row; written back once, just before COMMIT: a transaction that
// appends many rows (a bulk import, the history generator) does not re-read and re-write it per
// row.
struct Head {
    qint64 seq = 0;
    QString hash;
};

Result<Head*> headOf(Transaction& tx, const QString& branch)
{
    std::any& memo = tx.memo("audit.head");
    if (!std::any_cast<Head>(&memo)) {
        const QString headSql =
            QStringLiteral("SELECT seq, hash FROM audit_head WHERE branch_code = ?") +
            tx.dialect().forUpdate();
        Head h;
        bool found = false;
        for (int pass = 0; pass < 2 && !found; ++pass) {
            if (pass == 1) {
                // First row of this branch's chain. On PostgreSQL two first writers may race
                // here: both insert-or-ignore, then lock the one row.
                CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO audit_head (branch_code, seq, "
                                                     "hash) VALUES (?, 0, '') ON CONFLICT "
                                                     "(branch_code) DO NOTHING"),
                                      {branch})
                                  .status());
            }
            auto q = tx.exec(headSql, {branch});
            if (!q)
                return q.error();
            found = q.value().next();
            if (found) {
                h.seq = q.value().value(0).toLongLong();
                h.hash = q.value().value(1).toString();
            }
            q.value().finish();
        }
        memo = h;
    }
    // Registered in every transaction that appends, also when the head came over from the last
    // pipelined transaction (Transaction::memo) instead of being read.
    tx.beforeCommit("audit.head", [&tx, branch]() -> Status {
        const Head* last = std::any_cast<Head>(&tx.memo("audit.head"));
        if (!last)
            return {};
        return tx.put(
            QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE branch_code = ?"),
            {last->seq, last->hash, branch});
    });
    return std::any_cast<Head>(&memo);
}

} // namespace

Status AuditLog::append(Transaction& tx, const Context& ctx, const QString& action,
                        const AuditSubject& subject, const QJsonObject& details)
{
    auto branch = tx.db().branchCode();
    if (!branch)
        return branch.error();
    auto head = headOf(tx, branch.value());
    if (!head)
        return head.error();

    AuditEntry e;
    e.id = newId();
    e.branchCode = branch.value();
    e.seq = head.value()->seq + 1;
    e.at = ctx.clock.now();
    e.staffId = ctx.session.staffId();
    e.staffLogin = ctx.session.login();
    e.action = action;
    e.subject = subject;
    // A null QString binds as SQL NULL; these columns want "" for "none".
    if (e.subject.id.isNull())
        e.subject.id = QLatin1String("");
    const QString detailsText = compactJson(details);
    e.hash = hashOf(head.value()->hash, canonicalForm(e, detailsText));

    CIVICDESK_TRY(
        tx.put(QStringLiteral("INSERT INTO audit_log (id, branch_code, seq, at, staff_id, "
                              "staff_login, action, subject_type, subject_id, details, "
                              "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {e.id, e.branchCode, e.seq, toDbTimestamp(e.at),
                e.staffId.isEmpty() ? QVariant() : QVariant(e.staffId), e.staffLogin, e.action,
                e.subject.type, e.subject.id, detailsText, e.hash}));
    head.value()->seq = e.seq;
    head.value()->hash = e.hash;
    return {};
}

Result<qint64> AuditLog::chainLength(const Database& db)
{
    auto branch = db.branchCode();
    if (!branch)
        return branch.error();
    auto seq = db.scalar(QStringLiteral("SELECT seq FROM audit_head WHERE branch_code = ?"),
                         {branch.value()});
    if (!seq)
        return seq.error();
    return seq.value().toLongLong(); // no head yet: null, 0
}

Status AuditLog::record(const Context& ctx, const QString& action, const AuditSubject& subject,
                        const QJsonObject& details)
{
    return ctx.db.write(
        [&](Transaction& tx) { return append(tx, ctx, action, subject, details); });
}

Result<AuditVerification> AuditLog::verify(const Database& db)
{
    AuditVerification v;
    auto fail = [&v](const QString& branch, qint64 seq, const QString& problem) {
        v.ok = false;
        v.branchCode = branch;
        v.seq = seq;
        v.problem = problem;
        return v;
    };

    QHash<QString, QPair<qint64, QString>> heads;
    {
        auto q = db.exec(QStringLiteral("SELECT branch_code, seq, hash FROM audit_head"));
        if (!q)
            return q.error();
        while (q.value().next())
            heads.insert(q.value().value(0).toString(),
                         {q.value().value(1).toLongLong(), q.value().value(2).toString()});
    }

    auto q = db.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY branch_code, seq")
                         .arg(QLatin1String(kRowColumns)));
    if (!q)
        return q.error();

    QString branch;
    qint64 expected = 1;
    QString previousHash;
    QSet<QString> seenBranches;
    auto closeChain = [&]() -> bool {
        // The chain's end must match its recorded head.
        if (branch.isEmpty())
            return true;
        const auto head = heads.value(branch, {0, QString()});
        const qint64 last = expected - 1;
        if (head.first > last) {
            fail(branch, last + 1,
                 tr("Branch %1: the last %2 audit row(s) were deleted (the trail ends at row %3, "
                    "but %4 rows were written).")
                     .arg(branch)
                     .arg(head.first - last)
                     .arg(last)
                     .arg(head.first));
            return false;
        }
        if (head.first < last) {
            fail(branch, head.first + 1,
                 tr("Branch %1: audit row %2 and after were added outside CivicDesk (only %3 rows "
                    "were written).")
                     .arg(branch)
                     .arg(head.first + 1)
                     .arg(head.first));
            return false;
        }
        if (head.second != previousHash) {
            fail(branch, last, tr("Branch %1: audit row %2, the last one, was changed.").arg(branch).arg(last));
            return false;
        }
        return true;
    };

    while (q.value().next()) {
        const StoredRow row = readRow(q.value());
        if (row.entry.branchCode != branch) {
            if (!closeChain())
                return v;
            branch = row.entry.branchCode;
            seenBranches.insert(branch);
            expected = 1;
            previousHash.clear();
        }
        ++v.rows;
        if (row.entry.seq != expected) {
            return fail(branch, expected,
                        tr("Branch %1: audit row %2 is missing: it was deleted.").arg(branch).arg(expected));
        }
        const QString recomputed = hashOf(previousHash, canonicalForm(row.entry, row.detailsText));
        if (recomputed != row.entry.hash) {
            // Changed in place, or slipped in? A changed row leaves the next row's link to its
            // stored hash intact; an inserted one does not.
            auto next = db.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE branch_code = ? AND "
                                               "seq = ?")
                                    .arg(QLatin1String(kRowColumns)),
                                {branch, row.entry.seq + 1});
            if (!next)
                return next.error();
            bool inserted;
            if (next.value().next()) {
                const StoredRow after = readRow(next.value());
                inserted = hashOf(row.entry.hash, canonicalForm(after.entry, after.detailsText)) !=
                           after.entry.hash;
            } else {
                inserted = heads.value(branch).first < row.entry.seq;
            }
            const QString what = inserted
                ? tr("Branch %1: audit row %2 (%3) does not belong to the trail: it was inserted "
                     "or moved outside CivicDesk.")
                : tr("Branch %1: audit row %2 (%3) was changed after it was written.");
            return fail(branch, row.entry.seq, what.arg(branch).arg(row.entry.seq).arg(row.entry.action));
        }
        previousHash = row.entry.hash;
        ++expected;
    }
    if (!closeChain())
        return v;
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        if (!seenBranches.contains(it.key()) && it.value().first > 0)
            return fail(it.key(), 1,
                        tr("Branch %1: all %2 audit rows were deleted.").arg(it.key()).arg(it.value().first));
    }
    return v;
}

Result<QVector<AuditEntry>> AuditLog::query(const Database& db, const AuditFilter& filter)
{
    QStringList where;
    QVariantList params;
    if (!filter.subjectType.isEmpty()) {
        where << QStringLiteral("subject_type = ?");
        params << filter.subjectType;
    }
    if (!filter.subjectId.isEmpty()) {
        where << QStringLiteral("subject_id = ?");
        params << filter.subjectId;
    }
    if (!filter.staffId.isEmpty()) {
        where << QStringLiteral("staff_id = ?");
        params << filter.staffId;
    }
    if (!filter.actionPrefix.isEmpty()) {
        where << QStringLiteral("action LIKE ?");
        params << filter.actionPrefix + QLatin1Char('%');
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        params << toDbTimestamp(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        params << toDbTimestamp(filter.to);
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(QLatin1String(kRowColumns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY at DESC, seq DESC LIMIT ?")
                              : QStringLiteral(" ORDER BY at, seq LIMIT ?");
    params << filter.limit;
    auto q = db.exec(sql, params);
    if (!q)
        return q.error();
    QVector<AuditEntry> rows;
    while (q.value().next())
        rows.push_back(readRow(q.value()).entry);
    return rows;
}

} // namespace civicdesk

namespace civicdesk {

Result<QVector<AuditEntry>> AuditLog::browse(const Context& ctx, const AuditFilter& filter)
{
    CIVICDESK_TRY(authorize(ctx, Permission::ViewAuditTrail, {QStringLiteral("audit"), filter.subjectId}));
    return query(ctx.db, filter);
}

} // namespace civicdesk
