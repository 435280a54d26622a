#include "IntakeService.h"

#include "Clock.h"
#include "calendar/CalendarService.h"
#include "catalog/CatalogRepository.h"
#include "intake/ApplicantRepository.h"
#include "intake/CaseNumbers.h"
#include "intake/Validators.h"
#include "scheduling/WindowService.h"
#include "security/Authorization.h"
#include "security/Privacy.h"
#include "security/Session.h"
#include "storage/Transaction.h"
#include "workflow/CaseClock.h"
#include "workflow/CaseRepository.h"

#include <QJsonArray>
#include <QLocale>

#include <optional>

namespace civicdesk {

namespace {

using O = IntakeOutcome;

QString text(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

bool present(MaterialState s)
{
    return s == MaterialState::Received || s == MaterialState::Supplied;
}

// Everything a decision reads, loaded before its transaction opens so that the transaction
// holds the write lock only for the writes.
struct Loaded {
    Matter matter;
    Department department;
    std::shared_ptr<const WorkingCalendar> calendar;
    QString language;
    QJsonObject center;
    QJsonObject remedy;
    QString window;
};

QString pick(const QString& language, const QString& zh, const QString& en)
{
    const bool chinese = language.startsWith(QLatin1String("zh"));
    const QString first = chinese ? zh : en;
    return first.isEmpty() ? (chinese ? en : zh) : first;
}

// The center's settings for a refusal's remedies, in the document's language.
Result<QJsonObject> remedyDetails(const Database& db, const QString& language)
{
    auto q = db.exec(QStringLiteral("SELECT key, value FROM center_settings WHERE key IN "
                                    "('remedy.reconsideration_body', "
                                    "'remedy.reconsideration_body_en', 'remedy.court', "
                                    "'remedy.court_en')"));
    if (!q)
        return q.error();
    QHash<QString, QString> s;
    while (q.value().next())
        s.insert(q.value().value(0).toString(), q.value().value(1).toString());
    const bool chinese = language.startsWith(QLatin1String("zh"));
    auto value = [&](const QString& key, const QString& fallback) {
        const QString v = s.value(chinese ? key : key + QStringLiteral("_en"));
        return v.isEmpty() ? fallback : v;
    };
    return QJsonObject{
        {QStringLiteral("reconsideration_body"),
         value(QStringLiteral("remedy.reconsideration_body"),
               chinese ? QStringLiteral("本级人民政府")
                       : QStringLiteral("the people's government "
                                        "at the same level"))},
        {QStringLiteral("court"),
         value(QStringLiteral("remedy.court"), chinese ? QStringLiteral("有管辖权的人民法院")
                                                       : QStringLiteral("the people's court with "
                                                                        "jurisdiction"))}};
}

// What load() read, kept for the next application (IntakeService::reuseCatalogReads): each
// piece by its own key, so that a new pairing of matter and window reads nothing again.
struct CatalogReads {
    QHash<QString, Matter> matters;
    QHash<QString, Department> departments;
    std::shared_ptr<const WorkingCalendar> calendar;
    QHash<QString, QJsonObject> centers;  // by language
    QHash<QString, QJsonObject> remedies; // by language
    QHash<QString, std::optional<ServiceWindow>> windows;
};

// The value `memo` keeps under `key`, or read() and kept there; without a memo, read().
template <typename T, typename Read>
Result<T> remembered(QHash<QString, T>* memo, const QString& key, Read read)
{
    if (memo) {
        auto kept = memo->constFind(key);
        if (kept != memo->cend())
            return kept.value();
    }
    Result<T> value = read();
    if (value && memo)
        memo->insert(key, value.value());
    return value;
}

Result<Loaded> load(const Context& ctx, const QString& matterId, const QString& windowId,
                    const QString& language, bool forRefusal, CatalogReads* reads = nullptr)
{
    Loaded l;
    CatalogRepository catalog(ctx.db);
    auto matter = remembered(reads ? &reads->matters : nullptr, matterId,
                             [&] { return catalog.matter(matterId); });
    if (!matter)
        return matter.error();
    l.matter = matter.take();
    auto department = remembered(reads ? &reads->departments : nullptr, l.matter.departmentId,
                                 [&] { return catalog.department(l.matter.departmentId); });
    if (!department)
        return department.error();
    l.department = department.take();
    if (reads && reads->calendar) {
        l.calendar = reads->calendar;
    } else {
        auto calendar = CalendarService::current(ctx.db);
        if (!calendar)
            return calendar.error();
        l.calendar = calendar.take();
        if (reads)
            reads->calendar = l.calendar;
    }
    l.language = language.isEmpty() ? DocumentKinds::languageFor(QLocale().name()) : language;
    auto center = remembered(reads ? &reads->centers : nullptr, l.language, [&] {
        return DocumentRegister::centerDetails(ctx.db, l.language);
    });
    if (!center)
        return center.error();
    l.center = center.take();
    if (forRefusal) {
        auto remedy = remembered(reads ? &reads->remedies : nullptr, l.language,
                                 [&] { return remedyDetails(ctx.db, l.language); });
        if (!remedy)
            return remedy.error();
        l.remedy = remedy.take();
    }
    if (!windowId.isEmpty()) {
        // A window that cannot be read leaves the documents without its name, as before.
        auto window = remembered(reads ? &reads->windows : nullptr, windowId,
                                 [&]() -> Result<std::optional<ServiceWindow>> {
                                     auto w = WindowService::window(ctx.db, windowId);
                                     return w ? std::optional<ServiceWindow>(w.take()) : std::nullopt;
                                 });
        if (window && window.value())
            l.window = window.value()->name.isEmpty()
                           ? pick(l.language, QStringLiteral("%1号窗口"),
                                  QStringLiteral("window %1"))
                                 .arg(window.value()->number)
                           : window.value()->name;
    }
    return l;
}

// The materials of a new case: the matter's list with the clerk's findings.
Result<QVector<CaseMaterial>> materialsOf(const Matter& matter,
                                          const QVector<MaterialCheck>& checks)
{
    QVector<CaseMaterial> list;
    QSet<QString> known;
    for (int i = 0; i < matter.materials.size(); ++i) {
        const Material& m = matter.materials.at(i);
        known.insert(m.id);
        CaseMaterial c;
        c.id = newId();
        c.position = i + 1;
        c.materialId = m.id;
        c.nameZh = m.nameZh;
        c.nameEn = m.nameEn;
        c.form = m.form;
        c.copies = m.copies;
        c.mayFollowLater = m.mayFollowLater;
        for (const MaterialCheck& check : checks) {
            if (check.materialId == m.id) {
                c.state = check.state;
                c.note = check.note.trimmed();
            }
        }
        list.push_back(c);
    }
    for (const MaterialCheck& check : checks) {
        if (!known.contains(check.materialId))
            return Error(ErrorKind::Conflict,
                         IntakeService::tr("The materials of \"%1\" were changed in the catalog "
                                           "while the application was taken in. Nothing was "
                                           "saved; pick the matter again to see its current "
                                           "list.")
                             .arg(matter.name()),
                         QStringLiteral("unknown material %1").arg(check.materialId));
    }
    return list;
}

// The materials of a waiting case with the findings of today; a material now received that was
// missing, defective or owed is supplied.
void merge(QVector<CaseMaterial>& materials, const QVector<MaterialCheck>& checks,
           const QDateTime& now, QSet<QString>* changed)
{
    for (CaseMaterial& m : materials) {
        for (const MaterialCheck& check : checks) {
            if (check.materialId != m.materialId || m.materialId.isEmpty())
                continue;
            MaterialState state = check.state;
            if (state == MaterialState::Received && !present(m.state))
                state = MaterialState::Supplied;
            if (present(m.state) && state == MaterialState::Received)
                state = m.state;
            const QString note = check.note.trimmed();
            if (state == m.state && note == m.note)
                continue;
            m.state = state;
            m.note = note;
            m.suppliedAt = state == MaterialState::Supplied ? now : QDateTime();
            changed->insert(m.id);
        }
    }
}

QStringList names(const QVector<CaseMaterial>& materials,
                  const std::function<bool(const CaseMaterial&)>& which)
{
    QStringList list;
    for (const CaseMaterial& m : materials) {
        if (which(m))
            list << m.name();
    }
    return list;
}

QString joined(const QStringList& list)
{
    return list.join(IntakeService::tr(", "));
}

// The material rules of each outcome; a sentence that names the materials concerned.
Status checkMaterials(O outcome, const QVector<CaseMaterial>& materials)
{
    const QStringList defectiveWithoutNote = names(materials, [](const CaseMaterial& m) {
        return m.state == MaterialState::Defective && m.note.isEmpty();
    });
    if (!defectiveWithoutNote.isEmpty() &&
        (outcome == O::NoticeCorrection || outcome == O::AcceptWithDeficiency))
        return Error(
            ErrorKind::Invalid,
            IntakeService::tr("Say what is wrong with %1: the applicant must know what to bring. "
                              "Nothing was saved.")
                .arg(joined(defectiveWithoutNote)));
    const QStringList absent =
        names(materials, [](const CaseMaterial& m) { return !present(m.state); });
    switch (outcome) {
    case O::Accept:
        if (!absent.isEmpty())
            return Error(
                ErrorKind::Invalid,
                IntakeService::tr("The application cannot be accepted: %n material(s) not yet "
                                  "present (%1). Give a one-time notice of what is missing, or "
                                  "accept with a deficiency if it may follow later. Nothing was "
                                  "saved.",
                                  nullptr, int(absent.size()))
                    .arg(joined(absent)));
        return {};
    case O::AcceptWithDeficiency: {
        if (absent.isEmpty())
            return Error(
                ErrorKind::Invalid,
                IntakeService::tr("Every material is present: accept the application; there is "
                                  "no deficiency to promise. Nothing was saved."));
        const QStringList required = names(materials, [](const CaseMaterial& m) {
            return !present(m.state) && !m.mayFollowLater;
        });
        if (!required.isEmpty())
            return Error(
                ErrorKind::Invalid,
                IntakeService::tr("Accepting with a deficiency is only possible when every missing "
                                  "material may follow later; %1 may not. Give a one-time notice "
                                  "instead. Nothing was saved.")
                    .arg(joined(required)));
        return {};
    }
    case O::NoticeCorrection: {
        const QStringList toCorrect = names(materials, [](const CaseMaterial& m) {
            return m.state == MaterialState::Missing || m.state == MaterialState::Defective;
        });
        if (toCorrect.isEmpty())
            return Error(ErrorKind::Invalid,
                         IntakeService::tr(
                             "A one-time notice lists what is missing or defective, and "
                             "nothing is: accept the application instead. Nothing was saved."));
        const QStringList deferred = names(
            materials, [](const CaseMaterial& m) { return m.state == MaterialState::Deferred; });
        if (!deferred.isEmpty())
            return Error(
                ErrorKind::Invalid,
                IntakeService::tr("%1 is marked to follow later, which only goes with accepting "
                                  "with a deficiency. Mark it missing to list it in the notice. "
                                  "Nothing was saved.")
                    .arg(joined(deferred)));
        return {};
    }
    case O::ReceiveForReview:
    case O::Refuse:
    case O::Withdraw:
        return {};
    }
    return {};
}

// The promised date of what a deficiency owes: after today, at most 20 working days away and
// at least 2 working days before the promised completion.
Status checkPromise(const QDate& promiseDue, const IntakeLimits& limits, int promisedDays)
{
    if (limits.latestPromiseDue < limits.earliestPromiseDue)
        return Error(
            ErrorKind::Invalid,
            IntakeService::tr("This matter is promised within %1, and what is owed must come at "
                              "least %2 working days before that: there is no time for a "
                              "deficiency. Give a one-time notice instead. Nothing was saved.")
                .arg(CatalogNames::workingDays(promisedDays))
                .arg(IntakeService::kPromiseMarginDays));
    if (!promiseDue.isValid())
        return Error(
            ErrorKind::Invalid,
            IntakeService::tr("Enter the date by which the applicant promises to bring what is "
                              "owed (at the latest %1). Nothing was saved.")
                .arg(toDbDate(limits.latestPromiseDue)));
    if (promiseDue < limits.earliestPromiseDue)
        return Error(
            ErrorKind::Invalid,
            IntakeService::tr("The promised date %1 is not after today. Enter a later date (at the "
                              "latest %2). Nothing was saved.")
                .arg(toDbDate(promiseDue), toDbDate(limits.latestPromiseDue)));
    if (promiseDue > limits.latestPromiseDue)
        return Error(
            ErrorKind::Invalid,
            IntakeService::tr("The promised date %1 is too late: what is owed must come within %2 "
                              "working days and at least %3 working days before the promised "
                              "completion on %4, so by %5 at the latest. Nothing was saved.")
                .arg(toDbDate(promiseDue))
                .arg(IntakeService::kMaxPromiseWorkingDays)
                .arg(IntakeService::kPromiseMarginDays)
                .arg(toDbDate(limits.promisedDue), toDbDate(limits.latestPromiseDue)));
    return {};
}

Status checkRefusal(const IntakeRequest& r)
{
    if (r.reason.trimmed().isEmpty())
        return Error(ErrorKind::Invalid,
                     IntakeService::tr("Give the reason for refusing the application: it is "
                                       "printed on the refusal notice. Nothing was saved."));
    return {};
}

// The dates of a case accepted on `acceptedOn`.
void setDeadlines(CaseRecord& c, const WorkingCalendar& calendar, const QDate& acceptedOn,
                  QVector<int>* missingYears)
{
    CaseLimits limits;
    limits.acceptedOn = acceptedOn;
    limits.promisedDays = c.promisedDays;
    limits.statutoryDays = c.statutoryDays;
    limits.extensionDays = c.extensionDays;
    const CaseDeadlines d = CaseClock::deadlines(calendar, limits);
    c.acceptedOn = acceptedOn;
    c.promisedDue = d.promisedDue;
    c.statutoryDue = d.statutoryDue;
    c.dueEstimated = d.isEstimate();
    *missingYears = d.missingYears;
}

QString materialForm(const CaseMaterial& m)
{
    return CatalogNames::key(m.form);
}

QString caseAuditAction(O outcome)
{
    switch (outcome) {
    case O::Accept:
        return QStringLiteral("case.") + CaseStates::key(CaseAction::Accept);
    case O::AcceptWithDeficiency:
        return QStringLiteral("case.") + CaseStates::key(CaseAction::AcceptWithDeficiency);
    case O::NoticeCorrection:
        return QStringLiteral("case.") + CaseStates::key(CaseAction::NoticeCorrection);
    case O::ReceiveForReview:
        return QStringLiteral("case.received");
    case O::Refuse:
        return QStringLiteral("case.") + CaseStates::key(CaseAction::RefuseAtIntake);
    case O::Withdraw:
        return QStringLiteral("case.") + CaseStates::key(CaseAction::Withdraw);
    }
    return {};
}

CaseAction caseAction(O outcome)
{
    switch (outcome) {
    case O::Accept:
        return CaseAction::Accept;
    case O::AcceptWithDeficiency:
        return CaseAction::AcceptWithDeficiency;
    case O::NoticeCorrection:
    case O::ReceiveForReview:
        return CaseAction::NoticeCorrection;
    case O::Refuse:
        return CaseAction::RefuseAtIntake;
    case O::Withdraw:
        return CaseAction::Withdraw;
    }
    return CaseAction::Accept;
}

// What the documents of a decision are filled from (docs/documents.md).
struct DocumentData {
    const Loaded& l;
    const CaseRecord& c;
    const QVector<CaseMaterial>& materials;
    QString applicantPhone;
    QString staffName;

    QString matterName() const { return pick(l.language, c.matterNameZh, c.matterNameEn); }
    QString materialName(const CaseMaterial& m) const
    {
        return pick(l.language, m.nameZh, m.nameEn);
    }

    QJsonObject caseFields() const
    {
        QJsonObject o{{QStringLiteral("number"), c.number},
                      {QStringLiteral("matter"), matterName()},
                      {QStringLiteral("department"),
                       pick(l.language, l.department.nameZh, l.department.nameEn)},
                      {QStringLiteral("received_at"),
                       toSecondsText(c.receivedAt)},
                      {QStringLiteral("window"), text(l.window)},
                      {QStringLiteral("promised_days"), c.promisedDays},
                      {QStringLiteral("statutory_days"), c.statutoryDays}};
        if (c.acceptedOn.isValid()) {
            // Accepted today: the time of the decision; from an earlier day (deemed): that day.
            const QDateTime at = c.acceptedOn == c.updatedAt.date()
                                     ? c.updatedAt
                                     : QDateTime(c.acceptedOn, c.receivedAt.time());
            o.insert(QStringLiteral("accepted_at"),
                     toSecondsText(at));
            o.insert(QStringLiteral("promised_date"), toDbDate(c.promisedDue));
            o.insert(QStringLiteral("statutory_date"), toDbDate(c.statutoryDue));
            o.insert(QStringLiteral("due_date"), toDbDate(c.statutoryDue));
        }
        return o;
    }

    QJsonObject applicantFields() const
    {
        return {{QStringLiteral("name"), c.applicantName},
                {QStringLiteral("id_number"), c.applicantDocument},
                {QStringLiteral("phone"), applicantPhone}};
    }

    QString wanted(const CaseMaterial& m) const
    {
        for (const Material& catalog : l.matter.materials) {
            if (catalog.id == m.materialId && !catalog.standard.isEmpty())
                return catalog.standard;
        }
        // Data of the document, in its language: not the program's.
        QPair<QString, QString> form{QStringLiteral("原件"), QStringLiteral("the original")};
        if (m.form == MaterialForm::Copy)
            form = {QStringLiteral("复印件"), QStringLiteral("a copy")};
        else if (m.form == MaterialForm::Electronic)
            form = {QStringLiteral("电子材料"), QStringLiteral("electronic")};
        return pick(l.language, QStringLiteral("提交%1%2份").arg(form.first).arg(m.copies),
                    QStringLiteral("%1, %2 %3")
                        .arg(form.second)
                        .arg(m.copies)
                        .arg(m.copies == 1 ? QStringLiteral("copy") : QStringLiteral("copies")));
    }

    QJsonObject fields(DocumentKind kind) const
    {
        QJsonObject d{{QStringLiteral("center"), l.center},
                      {QStringLiteral("case"), caseFields()},
                      {QStringLiteral("applicant"), applicantFields()}};
        switch (kind) {
        case DocumentKind::AcceptanceReceipt: {
            QJsonArray list;
            for (const CaseMaterial& m : materials) {
                if (present(m.state))
                    list.append(QJsonObject{{QStringLiteral("name"), materialName(m)},
                                            {QStringLiteral("form"), materialForm(m)},
                                            {QStringLiteral("count"), m.copies}});
            }
            d.insert(QStringLiteral("materials"), list);
            break;
        }
        case DocumentKind::CorrectionNotice: {
            QJsonArray list;
            for (const CaseMaterial& m : materials) {
                if (m.state == MaterialState::Missing)
                    list.append(QJsonObject{
                        {QStringLiteral("material"), materialName(m)},
                        {QStringLiteral("problem"), pick(l.language, QStringLiteral("未提交"),
                                                         QStringLiteral("not handed in"))},
                        {QStringLiteral("wanted"), m.note.isEmpty() ? wanted(m) : m.note}});
                else if (m.state == MaterialState::Defective)
                    list.append(QJsonObject{{QStringLiteral("material"), materialName(m)},
                                            {QStringLiteral("problem"), m.note},
                                            {QStringLiteral("wanted"), wanted(m)}});
            }
            d.insert(QStringLiteral("corrections"), list);
            d.insert(QStringLiteral("deadline"), toDbDate(c.correctionDue));
            d.insert(QStringLiteral("contact"),
                     QJsonObject{{QStringLiteral("name"), staffName},
                                 {QStringLiteral("phone"), l.center.value(QLatin1String("phone"))},
                                 {QStringLiteral("window"), text(l.window)}});
            break;
        }
        case DocumentKind::DeficiencyPromise: {
            QJsonArray list;
            for (const CaseMaterial& m : materials) {
                if (m.state == MaterialState::Deferred)
                    list.append(QJsonObject{
                        {QStringLiteral("name"), materialName(m)},
                        {QStringLiteral("note"),
                         m.note.isEmpty()
                             ? pick(l.language, QStringLiteral("后补"), QStringLiteral("to follow"))
                             : m.note}});
            }
            d.insert(QStringLiteral("owed"), list);
            d.insert(QStringLiteral("deadline"), toDbDate(c.deficiencyDue));
            break;
        }
        case DocumentKind::RefusalNotice: {
            QJsonObject refusal{{QStringLiteral("reason"), c.refusalReason},
                                {QStringLiteral("basis"), QString()}};
            if (!c.competentAuthority.isEmpty())
                refusal.insert(QStringLiteral("competent_authority"), c.competentAuthority);
            d.insert(QStringLiteral("refusal"), refusal);
            d.insert(QStringLiteral("remedy"), l.remedy);
            break;
        }
        default:
            break;
        }
        return d;
    }
};

QString defaultBasis(const QString& language)
{
    return language.startsWith(QLatin1String("zh"))
               ? QStringLiteral("《中华人民共和国行政许可法》第三十二条")
               : QStringLiteral("Article 32 of the Administrative Licensing Law of the People's "
                                "Republic of China");
}

// Issues the decision's documents inside its transaction.
Status issueDocuments(const Context& ctx, IntakeOutcome outcome, const DocumentData& data,
                      const QString& basis, QVector<IssuedDocument>& into)
{
    for (DocumentKind kind : IntakeService::documentKinds(outcome)) {
        DocumentIssueRequest r;
        r.kind = kind;
        r.subject = {QStringLiteral("case"), data.c.id};
        r.fields = data.fields(kind);
        r.language = data.l.language;
        if (kind == DocumentKind::RefusalNotice) {
            QJsonObject refusal = r.fields.value(QLatin1String("refusal")).toObject();
            refusal.insert(QStringLiteral("basis"), basis.trimmed().isEmpty()
                                                        ? defaultBasis(data.l.language)
                                                        : basis.trimmed());
            r.fields.insert(QStringLiteral("refusal"), refusal);
        }
        auto issued = DocumentRegister::issue(ctx, r);
        if (!issued)
            return issued.error();
        into << issued.take();
    }
    return {};
}

Status updateCase(Transaction& tx, const CaseRecord& c)
{
    auto date = [](const QDate& d) { return d.isValid() ? QVariant(toDbDate(d)) : QVariant(); };
    return tx.put(
        QStringLiteral("UPDATE cases SET accepted_on = ?, statutory_due = ?, promised_due = ?, "
                       "due_estimated = ?, correction_due = ?, deficiency_due = ?, "
                       "refusal_reason = ?, competent_authority = ?, updated_at = ? WHERE id = ?"),
        {date(c.acceptedOn), date(c.statutoryDue), date(c.promisedDue), int(c.dueEstimated),
         date(c.correctionDue), date(c.deficiencyDue), text(c.refusalReason),
         text(c.competentAuthority), toDbTimestamp(c.updatedAt), c.id});
}

Status updateMaterials(Transaction& tx, const QVector<CaseMaterial>& materials,
                       const QSet<QString>& changed)
{
    for (const CaseMaterial& m : materials) {
        if (!changed.contains(m.id))
            continue;
        CIVICDESK_TRY(tx.put(
            QStringLiteral("UPDATE case_materials SET state = ?, note = ?, "
                           "supplied_at = ? WHERE id = ?"),
            {CaseNames::key(m.state), text(m.note),
             m.suppliedAt.isValid() ? QVariant(toDbTimestamp(m.suppliedAt)) : QVariant(), m.id}));
    }
    return {};
}

QJsonObject auditDetails(const CaseRecord& c, const QVector<CaseMaterial>& materials)
{
    QJsonObject d{{QStringLiteral("number"), c.number},
                  {QStringLiteral("matter"), c.matterCode},
                  {QStringLiteral("applicant"), c.applicantKind == QLatin1String("person")
                                                    ? privacy::maskIdNumber(c.applicantDocument)
                                                    : c.applicantDocument}};
    int absent = 0;
    for (const CaseMaterial& m : materials)
        absent += present(m.state) ? 0 : 1;
    if (absent > 0)
        d.insert(QStringLiteral("materials_absent"), absent);
    if (c.acceptedOn.isValid())
        d.insert(QStringLiteral("accepted_on"), toDbDate(c.acceptedOn));
    if (c.correctionDue.isValid())
        d.insert(QStringLiteral("correction_due"), toDbDate(c.correctionDue));
    if (c.deficiencyDue.isValid())
        d.insert(QStringLiteral("deficiency_due"), toDbDate(c.deficiencyDue));
    if (!c.ticketId.isEmpty())
        d.insert(QStringLiteral("ticket"), c.ticketId);
    return d;
}

QString sentenceFor(IntakeOutcome outcome, const CaseRecord& c,
                    const QVector<CaseMaterial>& materials, const QDate& noticeDeadline)
{
    int owed = 0;
    int toCorrect = 0;
    for (const CaseMaterial& m : materials) {
        owed += m.state == MaterialState::Deferred ? 1 : 0;
        toCorrect +=
            (m.state == MaterialState::Missing || m.state == MaterialState::Defective) ? 1 : 0;
    }
    switch (outcome) {
    case O::Accept:
        return IntakeService::tr("Case %1 is accepted. Promised by %2, statutory limit %3.")
            .arg(c.number, toDbDate(c.promisedDue), toDbDate(c.statutoryDue));
    case O::AcceptWithDeficiency:
        return IntakeService::tr(
                   "Case %1 is accepted with a deficiency: %n material(s) owed by %2. "
                   "Promised by %3.",
                   nullptr, owed)
            .arg(c.number, toDbDate(c.deficiencyDue), toDbDate(c.promisedDue));
    case O::NoticeCorrection:
        return IntakeService::tr(
                   "One-time notice for application %1: %n material(s) to correct by %2. "
                   "The application waits for them.",
                   nullptr, toCorrect)
            .arg(c.number, toDbDate(c.correctionDue));
    case O::ReceiveForReview:
        return IntakeService::tr(
                   "Application %1 is received for checking. Give the one-time notice by %2 "
                   "at the latest, or it counts as accepted from the day it was received.")
            .arg(c.number, toDbDate(noticeDeadline));
    case O::Refuse:
        return IntakeService::tr("Application %1 is refused: %2").arg(c.number, c.refusalReason);
    case O::Withdraw:
        return IntakeService::tr("Application %1 is withdrawn by the applicant.").arg(c.number);
    }
    return {};
}

} // namespace

struct IntakeService::Cache {
    CatalogReads reads;
};

void IntakeService::reuseCatalogReads()
{
    m_cache = std::make_shared<Cache>();
}

QVector<DocumentKind> IntakeService::documentKinds(IntakeOutcome outcome)
{
    switch (outcome) {
    case O::Accept:
        return {DocumentKind::AcceptanceReceipt};
    case O::AcceptWithDeficiency:
        return {DocumentKind::DeficiencyPromise, DocumentKind::AcceptanceReceipt};
    case O::NoticeCorrection:
        return {DocumentKind::CorrectionNotice};
    case O::Refuse:
        return {DocumentKind::RefusalNotice};
    case O::ReceiveForReview:
    case O::Withdraw:
        return {};
    }
    return {};
}

QString IntakeService::outcomeName(IntakeOutcome outcome)
{
    switch (outcome) {
    case O::Accept:
        return tr("accept");
    case O::AcceptWithDeficiency:
        return tr("accept with a deficiency");
    case O::NoticeCorrection:
        return tr("one-time notice");
    case O::ReceiveForReview:
        return tr("receive for checking");
    case O::Refuse:
        return tr("refuse");
    case O::Withdraw:
        return tr("withdrawn");
    }
    return {};
}

QDate IntakeService::noticeDeadline(const WorkingCalendar& calendar, const QDate& received)
{
    return calendar.addWorkingDays(received, kNoticeWorkingDays).date;
}

IntakeLimits IntakeService::limits(const WorkingCalendar& calendar, const QDate& today,
                                   int promisedDays, int statutoryDays)
{
    IntakeLimits l;
    CaseLimits limits;
    limits.acceptedOn = today;
    limits.promisedDays = promisedDays;
    limits.statutoryDays = statutoryDays;
    const CaseDeadlines d = CaseClock::deadlines(calendar, limits);
    l.promisedDue = d.promisedDue;
    l.statutoryDue = d.statutoryDue;
    l.missingYears = d.missingYears;
    l.defaultCorrectionDue = calendar.addWorkingDays(today, kCorrectionWorkingDays).date;
    l.earliestPromiseDue = today.addDays(1);
    const QDate byLimit = calendar.addWorkingDays(today, kMaxPromiseWorkingDays).date;
    const QDate byMargin = calendar.addWorkingDays(l.promisedDue, -kPromiseMarginDays).date;
    l.latestPromiseDue = std::min(byLimit, byMargin);
    l.noticeDeadline = noticeDeadline(calendar, today);
    return l;
}

Result<IntakeResult> IntakeService::decide(const IntakeRequest& request)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::TakeInApplication));
    const QDateTime now = m_ctx.clock.now();
    const QDate today = now.date();
    const ApplicantCheck applicant = Validators::check(request.applicant, today);
    if (!applicant.isOk())
        return Error(ErrorKind::Invalid,
                     tr("The application was not saved, because some entries about the "
                        "applicant need correcting; everything entered is kept.\n%1")
                         .arg(applicant.summary()));

    auto loaded = load(m_ctx, request.matterId, request.windowId, request.documentLanguage,
                       request.outcome == O::Refuse, m_cache ? &m_cache->reads : nullptr);
    if (!loaded)
        return loaded.error();
    const Loaded& l = loaded.value();
    if (!l.matter.active)
        return Error(ErrorKind::Invalid,
                     tr("\"%1\" is no longer offered: the catalog marks it inactive. Nothing was "
                        "saved; pick a current matter.")
                         .arg(l.matter.name()));
    auto materials = materialsOf(l.matter, request.materials);
    if (!materials)
        return materials.error();
    CIVICDESK_TRY(checkMaterials(request.outcome, materials.value()));
    if (request.outcome == O::Refuse)
        CIVICDESK_TRY(checkRefusal(request));

    const IntakeLimits limits =
        IntakeService::limits(*l.calendar, today, l.matter.promisedDays, l.matter.statutoryDays);
    if (request.outcome == O::AcceptWithDeficiency) {
        CIVICDESK_TRY(checkPromise(request.promiseDue, limits, l.matter.promisedDays));
        for (CaseMaterial& m : materials.value()) {
            if (!present(m.state))
                m.state = MaterialState::Deferred;
        }
    }
    if (request.outcome == O::NoticeCorrection && request.correctionDue.isValid() &&
        request.correctionDue <= today)
        return Error(ErrorKind::Invalid,
                     tr("The date to bring the missing materials must be after today. Nothing "
                        "was saved."));
    auto state = CaseStateMachine::initial(caseAction(request.outcome));
    if (!state)
        return state.error();
    auto branch = m_ctx.db.branchCode();
    if (!branch)
        return branch.error();

    CaseRecord c;
    c.id = newId();
    c.branchCode = branch.value();
    c.matterId = l.matter.id;
    c.matterCode = l.matter.code;
    c.matterNameZh = l.matter.nameZh;
    c.matterNameEn = l.matter.nameEn;
    c.departmentId = l.matter.departmentId;
    c.templateVersion = l.matter.workflow.version;
    c.applicantKind = applicant.normalised.subjectType();
    c.applicantName = applicant.normalised.name;
    c.applicantDocument = applicant.normalised.documentNumber;
    c.applicantPhoneKey = Validators::phoneKey(applicant.normalised.phone);
    c.status = state.value();
    c.receivedAt = now;
    c.statutoryDays = l.matter.statutoryDays;
    c.promisedDays = l.matter.promisedDays;
    c.intakeStaffId = m_ctx.session.staffId();
    c.windowId = request.windowId;
    c.ticketId = request.ticketId;
    c.createdAt = c.updatedAt = now;
    QVector<int> missingYears;
    QVector<CaseStep> steps;
    switch (request.outcome) {
    case O::Accept:
    case O::AcceptWithDeficiency:
        setDeadlines(c, *l.calendar, today, &missingYears);
        if (request.outcome == O::AcceptWithDeficiency)
            c.deficiencyDue = request.promiseDue;
        steps = CaseRepository::stepsFromTemplate(l.matter.workflow, l.matter.departmentId,
                                                  c.intakeStaffId, now, *l.calendar);
        break;
    case O::NoticeCorrection:
        c.correctionDue =
            request.correctionDue.isValid() ? request.correctionDue : limits.defaultCorrectionDue;
        break;
    case O::Refuse:
        c.refusalReason = request.reason.trimmed();
        c.competentAuthority = request.competentAuthority.trimmed();
        break;
    case O::ReceiveForReview:
    case O::Withdraw:
        break;
    }

    const bool print = m_ctx.session.can(Permission::PrintDocuments);
    IntakeResult result;
    DocumentData data{l, c, materials.value(), applicant.normalised.phone,
                      m_ctx.session.displayName()};
    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        result.documents.clear();
        auto saved = ApplicantRepository(m_ctx).save(tx, applicant.normalised, m_applicantTrust);
        if (!saved)
            return saved.error();
        c.applicantId = saved->id;
        c.applicantName = saved->name;
        result.applicant = saved.value();
        auto number = CaseNumbers::next(tx, today);
        if (!number)
            return number.error();
        c.number = number.value();
        CIVICDESK_TRY(CaseRepository::insert(tx, c));
        CIVICDESK_TRY(CaseRepository::insertMaterials(tx, c.id, materials.value()));
        if (!steps.isEmpty())
            CIVICDESK_TRY(CaseRepository::insertSteps(tx, c.id, steps));
        QJsonObject details = auditDetails(c, materials.value());
        if (request.outcome == O::Withdraw && !request.reason.trimmed().isEmpty())
            details.insert(QStringLiteral("reason"), request.reason.trimmed());
        CIVICDESK_TRY(AuditLog::append(tx, m_ctx, caseAuditAction(request.outcome),
                                       {QStringLiteral("case"), c.id}, details));
        if (!print)
            return {};
        return issueDocuments(m_ctx, request.outcome, data, request.basis, result.documents);
    });
    if (!s)
        return s.error();
    result.record = c;
    result.materials = materials.take();
    result.steps = steps;
    result.sentence =
        sentenceFor(request.outcome, c, result.materials, noticeDeadline(*l.calendar, today));
    if (!missingYears.isEmpty())
        result.warning = WorkingCalendar::missingYearsWarning(missingYears);
    if (!print && !documentKinds(request.outcome).isEmpty())
        result.warning += (result.warning.isEmpty() ? QString() : QStringLiteral("\n")) +
                          tr("No document was printed: that needs the permission to print "
                             "documents. A colleague who has it can print it from the case.");
    return result;
}

namespace {

// The applicant's phone as stored, for the documents of a waiting case.
QString storedPhone(const Context& ctx, const CaseRecord& c)
{
    const ApplicantKind kind = c.applicantKind == QLatin1String("person")
                                   ? ApplicantKind::Person
                                   : ApplicantKind::Organisation;
    auto found = ApplicantRepository(ctx).findById(kind, c.applicantId);
    if (found && found.value())
        return found.value()->phone;
    return c.applicantPhoneKey;
}

// Art. 32 for one case, in its own transaction: accepted from the day it was received.
Result<IntakeResult> deemAccepted(const Context& ctx, const QString& caseId)
{
    auto c = CaseRepository(ctx.db).byId(caseId);
    if (!c)
        return c.error();
    auto materials = CaseRepository(ctx.db).materials(caseId);
    if (!materials)
        return materials.error();
    auto loaded = load(ctx, c->matterId, c->windowId, {}, false);
    if (!loaded)
        return loaded.error();
    const Loaded& l = loaded.value();
    CaseRecord& r = c.value();
    r.updatedAt = ctx.clock.now();
    QVector<int> missingYears;
    setDeadlines(r, *l.calendar, r.receivedAt.date(), &missingYears);
    const QVector<CaseStep> steps = CaseRepository::stepsFromTemplate(
        l.matter.workflow, l.matter.departmentId, QString(), r.receivedAt, *l.calendar);
    IntakeResult result;
    DocumentData data{l, r, materials.value(), storedPhone(ctx, r), ctx.session.displayName()};
    bool done = false;
    Status s = ctx.db.write([&](Transaction& tx) -> Status {
        result.documents.clear();
        // A notice recorded on another PC a moment ago wins: nothing to do then.
        auto waiting =
            tx.scalar(QStringLiteral("SELECT id FROM cases WHERE id = ? AND status = "
                                     "'awaiting_correction' AND correction_due IS NULL") +
                          tx.dialect().forUpdate(),
                      {caseId});
        if (!waiting)
            return waiting.error();
        done = waiting.value().toString() != caseId;
        if (done)
            return {};
        auto before = CaseStateMachine::apply(
            tx, ctx, caseId, CaseAction::DeemAccepted,
            {{QStringLiteral("accepted_on"), toDbDate(r.acceptedOn)},
             {QStringLiteral("notice_deadline"),
              toDbDate(IntakeService::noticeDeadline(*l.calendar, r.receivedAt.date()))}});
        if (!before)
            return before.error();
        r.status = CaseStatus::Accepted;
        CIVICDESK_TRY(updateCase(tx, r));
        CIVICDESK_TRY(CaseRepository::insertSteps(tx, caseId, steps));
        return issueDocuments(ctx, O::Accept, data, {}, result.documents);
    });
    if (!s)
        return s.error();
    if (done)
        return Error(ErrorKind::Conflict, IntakeService::tr("Application %1 is no longer waiting "
                                                            "for its notice.")
                                              .arg(r.number));
    result.record = r;
    result.materials = materials.take();
    result.sentence =
        IntakeService::tr("No one-time notice was given for application %1 within "
                          "%2 working days, so by law it counts as accepted from "
                          "the day it was received, %3. Promised by %4, statutory "
                          "limit %5.")
            .arg(r.number)
            .arg(IntakeService::kNoticeWorkingDays)
            .arg(toDbDate(r.acceptedOn), toDbDate(r.promisedDue), toDbDate(r.statutoryDue));
    if (!missingYears.isEmpty())
        result.warning = WorkingCalendar::missingYearsWarning(missingYears);
    return result;
}

} // namespace

Result<IntakeResult> IntakeService::decideWaiting(const QString& caseId,
                                                  const IntakeRequest& request)
{
    CIVICDESK_TRY(
        authorize(m_ctx, Permission::TakeInApplication, {QStringLiteral("case"), caseId}));
    CaseRepository cases(m_ctx.db);
    auto found = cases.byId(caseId);
    if (!found)
        return found.error();
    auto materials = cases.materials(caseId);
    if (!materials)
        return materials.error();
    return decideWaitingStored({found.take(), materials.take(), std::nullopt}, request);
}

Result<IntakeResult> IntakeService::decideWaiting(const WaitingApplication& stored,
                                                  const IntakeRequest& request)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::TakeInApplication,
                            {QStringLiteral("case"), stored.record.id}));
    return decideWaitingStored(stored, request);
}

Result<IntakeResult> IntakeService::decideWaitingStored(WaitingApplication stored,
                                                        const IntakeRequest& request)
{
    const QDateTime now = m_ctx.clock.now();
    const QDate today = now.date();
    CaseRecord& c = stored.record;
    if (c.status != CaseStatus::AwaitingCorrection)
        return Error(ErrorKind::Conflict,
                     tr("Application %1 is %2, not awaiting correction: it cannot be decided at "
                        "intake again. Nothing was changed.")
                         .arg(c.number, CaseStates::name(c.status)));
    if (request.outcome == O::ReceiveForReview)
        return Error(ErrorKind::Invalid,
                     tr("Application %1 was already received. Nothing was changed.").arg(c.number));
    auto loaded = load(m_ctx, c.matterId, c.windowId, request.documentLanguage,
                       request.outcome == O::Refuse, m_cache ? &m_cache->reads : nullptr);
    if (!loaded)
        return loaded.error();
    const Loaded& l = loaded.value();
    const bool noticePending = !c.correctionDue.isValid();
    if (noticePending && today > noticeDeadline(*l.calendar, c.receivedAt.date())) {
        // The law has decided already: the system's acceptance comes first.
        const Session system = Session::system(QStringLiteral("deemed-acceptance"));
        return deemAccepted({m_ctx.db, m_ctx.clock, system}, c.id);
    }
    if (request.outcome == O::NoticeCorrection && !noticePending)
        return Error(ErrorKind::Conflict,
                     tr("The one-time notice for application %1 was already given (the "
                        "applicant has until %2): the law allows only one. Nothing was "
                        "changed.")
                         .arg(c.number, toDbDate(c.correctionDue)));

    QVector<CaseMaterial>& materials = stored.materials;
    QSet<QString> changed;
    merge(materials, request.materials, now, &changed);
    CIVICDESK_TRY(checkMaterials(request.outcome, materials));
    if (request.outcome == O::Refuse)
        CIVICDESK_TRY(checkRefusal(request));
    const IntakeLimits limits =
        IntakeService::limits(*l.calendar, today, c.promisedDays, c.statutoryDays);
    if (request.outcome == O::AcceptWithDeficiency) {
        CIVICDESK_TRY(checkPromise(request.promiseDue, limits, c.promisedDays));
        for (CaseMaterial& m : materials) {
            if (!present(m.state) && m.state != MaterialState::Deferred) {
                m.state = MaterialState::Deferred;
                changed.insert(m.id);
            }
        }
    }

    c.updatedAt = now;
    QVector<int> missingYears;
    QVector<CaseStep> steps;
    CaseAction action = CaseAction::CompleteCorrection;
    switch (request.outcome) {
    case O::Accept:
    case O::AcceptWithDeficiency:
        setDeadlines(c, *l.calendar, today, &missingYears);
        if (request.outcome == O::AcceptWithDeficiency)
            c.deficiencyDue = request.promiseDue;
        steps = CaseRepository::stepsFromTemplate(l.matter.workflow, l.matter.departmentId,
                                                  m_ctx.session.staffId(), now, *l.calendar);
        break;
    case O::NoticeCorrection:
        if (request.correctionDue.isValid() && request.correctionDue <= today)
            return Error(ErrorKind::Invalid,
                         tr("The date to bring the missing materials must be after today. "
                            "Nothing was changed."));
        c.correctionDue =
            request.correctionDue.isValid() ? request.correctionDue : limits.defaultCorrectionDue;
        break;
    case O::Refuse:
        action = CaseAction::RefuseAtIntake;
        c.refusalReason = request.reason.trimmed();
        c.competentAuthority = request.competentAuthority.trimmed();
        break;
    case O::Withdraw:
        action = CaseAction::Withdraw;
        break;
    case O::ReceiveForReview:
        break;
    }

    const bool print = m_ctx.session.can(Permission::PrintDocuments);
    IntakeResult result;
    QString phone;
    if (print)
        phone = stored.applicantPhone ? *stored.applicantPhone : storedPhone(m_ctx, c);
    DocumentData data{l, c, materials, phone, m_ctx.session.displayName()};
    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        result.documents.clear();
        QJsonObject details = auditDetails(c, materials);
        if (request.outcome == O::Withdraw && !request.reason.trimmed().isEmpty())
            details.insert(QStringLiteral("reason"), request.reason.trimmed());
        if (request.outcome == O::NoticeCorrection) {
            // Only one notice: the first PC to record it wins.
            const Status set = tx.put(QStringLiteral("UPDATE cases SET correction_due = ?, "
                                                     "updated_at = ? WHERE id = ? AND status = "
                                                     "'awaiting_correction' AND correction_due "
                                                     "IS NULL"),
                                      {toDbDate(c.correctionDue), toDbTimestamp(now), c.id}, 1);
            if (set.kind() == ErrorKind::Conflict)
                return Error(ErrorKind::Conflict,
                             tr("Application %1 was changed on another computer a moment ago. "
                                "Nothing was changed; look at it again.")
                                 .arg(c.number));
            CIVICDESK_TRY(set);
            CIVICDESK_TRY(AuditLog::append(tx, m_ctx, caseAuditAction(O::NoticeCorrection),
                                           {QStringLiteral("case"), c.id}, details));
        } else {
            auto before = CaseStateMachine::apply(tx, m_ctx, c.id, action, details);
            if (!before)
                return before.error();
            c.status = *CaseStateMachine::target(CaseStatus::AwaitingCorrection, action);
            CIVICDESK_TRY(updateCase(tx, c));
        }
        CIVICDESK_TRY(updateMaterials(tx, materials, changed));
        if (!steps.isEmpty())
            CIVICDESK_TRY(CaseRepository::insertSteps(tx, c.id, steps));
        if (!print)
            return {};
        return issueDocuments(m_ctx, request.outcome, data, request.basis, result.documents);
    });
    if (!s)
        return s.error();
    result.record = c;
    result.materials = std::move(materials);
    result.sentence = sentenceFor(request.outcome, c, result.materials, {});
    if (request.outcome == O::Accept || request.outcome == O::AcceptWithDeficiency)
        result.sentence = tr("The applicant brought what was missing. %1").arg(result.sentence);
    if (!missingYears.isEmpty())
        result.warning = WorkingCalendar::missingYearsWarning(missingYears);
    return result;
}

QString IntakeService::pendingReviewStatement()
{
    // Exactly the condition of the index cases_review_pending (migration 12), so that it
    // reads the few applications still waiting, not every one ever sent a notice.
    return QStringLiteral("SELECT id, received_at FROM cases WHERE status = 'awaiting_correction' "
                          "AND correction_due IS NULL AND received_at < ? ORDER BY received_at");
}

Result<QStringList> IntakeService::deemAcceptedOverdue(Database& db, const Clock& clock)
{
    auto calendar = CalendarService::current(db);
    if (!calendar)
        return calendar.error();
    const QDate today = clock.today();
    // The notice's deadline is at least 5 calendar days after receipt: only older applications
    // can be overdue.
    auto q = db.exec(pendingReviewStatement(),
                     {toDbTimestamp(QDateTime(today.addDays(-kNoticeWorkingDays), QTime(0, 0)))});
    if (!q)
        return q.error();
    QStringList due;
    while (q.value().next()) {
        const QDate received = fromDbTimestamp(q.value().value(1).toString()).date();
        if (today > noticeDeadline(*calendar.value(), received))
            due << q.value().value(0).toString();
    }
    q.value().finish();
    const Session system = Session::system(QStringLiteral("deemed-acceptance"));
    const Context ctx{db, clock, system};
    QStringList accepted;
    for (const QString& id : due) {
        auto r = deemAccepted(ctx, id);
        if (r)
            accepted << r->record.number;
        else if (r.kind() != ErrorKind::Conflict)
            return r.error();
    }
    return accepted;
}

} // namespace civicdesk
