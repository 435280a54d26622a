#pragma once

// The documents CivicDesk prints, the paper each is laid out for, and the languages they are
// written in. The template of a kind on a paper is
// resources/documents/<language>/<key>.<paper>.html.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace civicdesk {

enum class DocumentKind {
    QueueTicket,       // 排队号票
    AcceptanceReceipt, // 受理回执 (art. 32)
    CorrectionNotice,  // 一次性告知书: every missing or defective material at once (art. 32)
    DeficiencyPromise, // 容缺受理承诺书
    RefusalNotice,     // 不予受理通知书 (art. 32)
    SuspensionNotice,  // 期限中止告知书: time that does not count (art. 45)
    ExtensionNotice,   // 延长期限告知书 (art. 42)
    ApprovalDecision,  // 准予行政许可决定书 (art. 38)
    DenialDecision, // 不予行政许可决定书, with the right to reconsideration or suit (art. 38)
    HandoverReceipt, // 办理结果领取回执
};

enum class Paper {
    A4,        // 210 × 297 mm, pages as needed
    Receipt80, // 80 mm thermal roll: 72 mm printable, one page as long as the content
};

class DocumentKinds {
    Q_DECLARE_TR_FUNCTIONS(DocumentKinds)
public:
    static QList<DocumentKind> all();
    static QString key(DocumentKind kind); // "acceptance_receipt": stored, and names the template
    static std::optional<DocumentKind> fromKey(const QString& key);
    // The letters that start its numbers: "SL" for acceptance receipts (受理) …
    static QString numberPrefix(DocumentKind kind);
    static QString name(DocumentKind kind); // translated, for lists and messages
    // The papers a kind has a layout for; the first is the one it is usually printed on.
    static QList<Paper> papers(DocumentKind kind);
    static Paper defaultPaper(DocumentKind kind) { return papers(kind).constFirst(); }
    static bool supports(DocumentKind kind, Paper paper) { return papers(kind).contains(paper); }

    static QString paperKey(Paper paper); // "a4", "receipt80"
    static std::optional<Paper> paperFromKey(const QString& key);
    static QString paperName(Paper paper); // translated

    // Languages documents are written in: "zh_CN" (what is printed in China) and "en".
    static QStringList languages();
    // The document language that goes with a UI language or locale name ("zh_CN", "en_US" …).
    static QString languageFor(const QString& localeName);
};

} // namespace civicdesk
