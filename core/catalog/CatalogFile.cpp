#include "CatalogFile.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace civicdesk {

namespace {

const QString kFormat = QStringLiteral("civicdesk-catalog");
// Numbers only need to fit; CatalogRules says which values make sense, in its own sentences.
constexpr qint64 kAny = 1000000;
constexpr qint64 kMaxFen = 100000000000; // ¥1,000,000,000.00

// Reads typed fields out of JSON objects and remembers the first problem with its place;
// after a problem it keeps returning defaults, so that parsing can run to its end simply.
class Reader {
public:
    bool failed() const { return !m_problem.isEmpty(); }
    QString place() const { return m_place; }
    QString problem() const { return m_problem; }

    void fail(const QString& place, const QString& problem)
    {
        if (failed())
            return;
        m_place = place;
        m_problem = problem;
    }

    // Fails on a key the format does not know: a misspelt key would otherwise be ignored and
    // its value silently replaced by a default.
    void onlyKeys(const QJsonObject& o, const QString& place, const QStringList& known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                fail(at(place, it.key()),
                     CatalogFile::tr("\"%1\" is not a field of the catalog format; check its "
                                     "spelling.")
                         .arg(it.key()));
        }
    }

    QString text(const QJsonObject& o, const QString& place, const QString& key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(at(place, key), CatalogFile::tr("the field \"%1\" is missing.").arg(key));
            return {};
        }
        if (!v.isString()) {
            fail(at(place, key), CatalogFile::tr("expected text in quotes."));
            return {};
        }
        return v.toString();
    }

    std::optional<qint64> integer(const QJsonObject& o, const QString& place, const QString& key,
                                  bool required, qint64 min, qint64 max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(at(place, key), CatalogFile::tr("the field \"%1\" is missing.").arg(key));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d))) {
            fail(at(place, key), CatalogFile::tr("expected a whole number."));
            return std::nullopt;
        }
        if (d < double(min) || d > double(max)) {
            fail(at(place, key),
                 CatalogFile::tr("the number must be from %1 to %2.").arg(min).arg(max));
            return std::nullopt;
        }
        return qint64(d);
    }

    bool boolean(const QJsonObject& o, const QString& place, const QString& key, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(at(place, key), CatalogFile::tr("expected true or false."));
            return fallback;
        }
        return v.toBool();
    }

    QJsonArray list(const QJsonObject& o, const QString& place, const QString& key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(at(place, key), CatalogFile::tr("the field \"%1\" is missing.").arg(key));
            return {};
        }
        if (!v.isArray()) {
            fail(at(place, key), CatalogFile::tr("expected a list in [ ]."));
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const QJsonValue& v, const QString& place)
    {
        if (!v.isObject()) {
            fail(place, CatalogFile::tr("expected an entry in { }."));
            return {};
        }
        return v.toObject();
    }

    template <typename Enum>
    Enum choice(const QJsonObject& o, const QString& place, const QString& key,
                const QList<Enum>& all, Enum fallback, bool required)
    {
        const QString value = text(o, place, key, required);
        if (value.isEmpty())
            return fallback;
        QStringList keys;
        for (Enum e : all) {
            if (CatalogNames::key(e) == value)
                return e;
            keys << CatalogNames::key(e);
        }
        fail(at(place, key), CatalogFile::tr("\"%1\" is not one of: %2.")
                                 .arg(value, keys.join(QLatin1String(", "))));
        return fallback;
    }

    static QString at(const QString& place, const QString& key)
    {
        return place.isEmpty() ? key : place + QLatin1Char('.') + key;
    }
    static QString item(const QString& place, const QString& key, int i)
    {
        return QStringLiteral("%1[%2]").arg(at(place, key)).arg(i);
    }

private:
    QString m_place;
    QString m_problem;
};

Department readDepartment(Reader& r, const QJsonObject& o, const QString& place)
{
    r.onlyKeys(o, place,
               {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name_zh"),
                QStringLiteral("name_en"), QStringLiteral("active")});
    Department d;
    d.id = r.text(o, place, QStringLiteral("id"), false);
    d.code = r.text(o, place, QStringLiteral("code"), true);
    d.nameZh = r.text(o, place, QStringLiteral("name_zh"), true);
    d.nameEn = r.text(o, place, QStringLiteral("name_en"), false);
    d.active = r.boolean(o, place, QStringLiteral("active"), true);
    return d;
}

Material readMaterial(Reader& r, const QJsonObject& o, const QString& place)
{
    r.onlyKeys(o, place,
               {QStringLiteral("name_zh"), QStringLiteral("name_en"), QStringLiteral("form"),
                QStringLiteral("copies"), QStringLiteral("may_follow"),
                QStringLiteral("standard")});
    Material m;
    m.nameZh = r.text(o, place, QStringLiteral("name_zh"), true);
    m.nameEn = r.text(o, place, QStringLiteral("name_en"), false);
    m.form = r.choice(o, place, QStringLiteral("form"), CatalogNames::materialForms(),
                      MaterialForm::Original, true);
    m.copies = int(r.integer(o, place, QStringLiteral("copies"), false, -kAny, kAny).value_or(1));
    m.mayFollowLater = r.boolean(o, place, QStringLiteral("may_follow"), false);
    m.standard = r.text(o, place, QStringLiteral("standard"), false);
    return m;
}

Fee readFee(Reader& r, const QJsonObject& o, const QString& place)
{
    r.onlyKeys(o, place,
               {QStringLiteral("name_zh"), QStringLiteral("name_en"), QStringLiteral("amount_fen"),
                QStringLiteral("legal_basis")});
    Fee f;
    f.nameZh = r.text(o, place, QStringLiteral("name_zh"), true);
    f.nameEn = r.text(o, place, QStringLiteral("name_en"), false);
    f.amountFen =
        r.integer(o, place, QStringLiteral("amount_fen"), true, -kMaxFen, kMaxFen).value_or(0);
    f.legalBasis = r.text(o, place, QStringLiteral("legal_basis"), false);
    return f;
}

WorkflowStage readStage(Reader& r, const QJsonObject& o, const QString& place)
{
    r.onlyKeys(o, place,
               {QStringLiteral("kind"), QStringLiteral("name_zh"), QStringLiteral("name_en"),
                QStringLiteral("lead"), QStringLiteral("steps")});
    WorkflowStage s;
    s.kind = r.choice(o, place, QStringLiteral("kind"), CatalogNames::stageKinds(),
                      StageKind::Other, true);
    s.nameZh = r.text(o, place, QStringLiteral("name_zh"), true);
    s.nameEn = r.text(o, place, QStringLiteral("name_en"), false);
    s.leadDepartmentId = r.text(o, place, QStringLiteral("lead"), false);
    const QJsonArray steps = r.list(o, place, QStringLiteral("steps"), true);
    for (int i = 0; i < steps.size(); ++i) {
        const QString stepPlace = Reader::item(place, QStringLiteral("steps"), i);
        const QJsonObject so = r.object(steps.at(i), stepPlace);
        r.onlyKeys(so, stepPlace,
                   {QStringLiteral("name_zh"), QStringLiteral("name_en"),
                    QStringLiteral("department"), QStringLiteral("days")});
        WorkflowStep step;
        step.nameZh = r.text(so, stepPlace, QStringLiteral("name_zh"), false);
        step.nameEn = r.text(so, stepPlace, QStringLiteral("name_en"), false);
        step.departmentId = r.text(so, stepPlace, QStringLiteral("department"), true);
        if (auto days = r.integer(so, stepPlace, QStringLiteral("days"), false, -kAny, kAny))
            step.timeLimitDays = int(*days);
        s.steps.push_back(step);
    }
    return s;
}

Matter readMatter(Reader& r, const QJsonObject& o, const QString& place)
{
    r.onlyKeys(o, place,
               {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name_zh"),
                QStringLiteral("name_en"), QStringLiteral("department"), QStringLiteral("kind"),
                QStringLiteral("statutory_days"), QStringLiteral("promised_days"),
                QStringLiteral("joint"), QStringLiteral("legal_basis"),
                QStringLiteral("conditions"), QStringLiteral("no_materials"),
                QStringLiteral("active"), QStringLiteral("materials"), QStringLiteral("fees"),
                QStringLiteral("workflow")});
    Matter m;
    m.id = r.text(o, place, QStringLiteral("id"), false);
    m.code = r.text(o, place, QStringLiteral("code"), true);
    m.nameZh = r.text(o, place, QStringLiteral("name_zh"), true);
    m.nameEn = r.text(o, place, QStringLiteral("name_en"), false);
    m.departmentId = r.text(o, place, QStringLiteral("department"), true);
    m.kind = r.choice(o, place, QStringLiteral("kind"), CatalogNames::matterKinds(),
                      MatterKind::Other, true);
    m.statutoryDays =
        int(r.integer(o, place, QStringLiteral("statutory_days"), true, -kAny, kAny).value_or(0));
    m.promisedDays =
        int(r.integer(o, place, QStringLiteral("promised_days"), true, -kAny, kAny).value_or(0));
    m.jointHandling = r.boolean(o, place, QStringLiteral("joint"), false);
    m.legalBasis = r.text(o, place, QStringLiteral("legal_basis"), false);
    m.conditions = r.text(o, place, QStringLiteral("conditions"), false);
    m.noMaterials = r.boolean(o, place, QStringLiteral("no_materials"), false);
    m.active = r.boolean(o, place, QStringLiteral("active"), true);
    const QJsonArray materials = r.list(o, place, QStringLiteral("materials"), false);
    for (int i = 0; i < materials.size(); ++i) {
        const QString p = Reader::item(place, QStringLiteral("materials"), i);
        m.materials.push_back(readMaterial(r, r.object(materials.at(i), p), p));
    }
    const QJsonArray fees = r.list(o, place, QStringLiteral("fees"), false);
    for (int i = 0; i < fees.size(); ++i) {
        const QString p = Reader::item(place, QStringLiteral("fees"), i);
        m.fees.push_back(readFee(r, r.object(fees.at(i), p), p));
    }
    const QJsonArray stages = r.list(o, place, QStringLiteral("workflow"), true);
    for (int i = 0; i < stages.size(); ++i) {
        const QString p = Reader::item(place, QStringLiteral("workflow"), i);
        m.workflow.stages.push_back(readStage(r, r.object(stages.at(i), p), p));
    }
    return m;
}

// Line and column of a character offset, for the sentence about a JSON syntax error.
QPair<int, int> lineAndColumn(const QByteArray& text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((text.at(i) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            ++column;
        }
    }
    return {line, column};
}

} // namespace

Error CatalogFile::problemAt(const QString& sourceName, const QString& place,
                             const QString& problem)
{
    return Error(ErrorKind::Invalid,
                 tr("The catalog file %1 was not imported. At %2: %3 Nothing was changed; "
                    "correct the file and import it again.")
                     .arg(sourceName, place, problem),
                 QStringLiteral("catalog file %1 at %2").arg(sourceName, place));
}

Result<CatalogFileContent> CatalogFile::parse(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto lc = lineAndColumn(json, parseError.offset);
        return problemAt(sourceName, tr("line %1, column %2").arg(lc.first).arg(lc.second),
                         tr("the text is not valid JSON (%1).").arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return problemAt(sourceName, tr("the start"),
                         tr("a catalog file is one JSON object in { }."));
    const QJsonObject root = doc.object();
    Reader r;
    if (root.value(QLatin1String("format")).toString() != kFormat)
        return problemAt(sourceName, QStringLiteral("format"),
                         tr("this is not a CivicDesk catalog file (its \"format\" must be \"%1\").")
                             .arg(kFormat));
    const auto version = r.integer(root, {}, QStringLiteral("version"), true, 1, 1000000);
    if (version && *version > kVersion)
        return problemAt(sourceName, QStringLiteral("version"),
                         tr("the file was written by a newer CivicDesk (catalog version %1; this "
                            "program reads up to %2). Install the newer CivicDesk.")
                             .arg(*version)
                             .arg(kVersion));
    r.onlyKeys(root, {},
               {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("departments"),
                QStringLiteral("matters")});

    CatalogFileContent content;
    QHash<QString, int> departmentCodes;
    const QJsonArray departments = r.list(root, {}, QStringLiteral("departments"), true);
    for (int i = 0; i < departments.size() && !r.failed(); ++i) {
        const QString place = Reader::item({}, QStringLiteral("departments"), i);
        Department d = readDepartment(r, r.object(departments.at(i), place), place);
        d.sortOrder = i + 1;
        const QString code = d.code.trimmed().toUpper();
        if (departmentCodes.contains(code))
            r.fail(place + QStringLiteral(".code"),
                   tr("the department code %1 is given twice (also at departments[%2]).")
                       .arg(code)
                       .arg(departmentCodes.value(code)));
        departmentCodes.insert(code, i);
        content.departments.push_back(d);
    }
    QHash<QString, int> matterCodes;
    const QJsonArray matters = r.list(root, {}, QStringLiteral("matters"), true);
    for (int i = 0; i < matters.size() && !r.failed(); ++i) {
        const QString place = Reader::item({}, QStringLiteral("matters"), i);
        Matter m = readMatter(r, r.object(matters.at(i), place), place);
        const QString code = m.code.trimmed().toUpper();
        if (matterCodes.contains(code))
            r.fail(place + QStringLiteral(".code"),
                   tr("the matter code %1 is given twice (also at matters[%2]).")
                       .arg(code)
                       .arg(matterCodes.value(code)));
        matterCodes.insert(code, i);
        content.matters.push_back(m);
    }
    if (r.failed())
        return problemAt(sourceName, r.place(), r.problem());
    return content;
}

QByteArray CatalogFile::write(const CatalogFileContent& content)
{
    QJsonArray departments;
    for (const Department& d : content.departments) {
        QJsonObject o{{QStringLiteral("id"), d.id},
                      {QStringLiteral("code"), d.code},
                      {QStringLiteral("name_zh"), d.nameZh},
                      {QStringLiteral("name_en"), d.nameEn}};
        if (!d.active)
            o.insert(QStringLiteral("active"), false);
        departments.append(o);
    }
    QJsonArray matters;
    for (const Matter& m : content.matters) {
        QJsonArray materials;
        for (const Material& mat : m.materials)
            materials.append(QJsonObject{{QStringLiteral("name_zh"), mat.nameZh},
                                         {QStringLiteral("name_en"), mat.nameEn},
                                         {QStringLiteral("form"), CatalogNames::key(mat.form)},
                                         {QStringLiteral("copies"), mat.copies},
                                         {QStringLiteral("may_follow"), mat.mayFollowLater},
                                         {QStringLiteral("standard"), mat.standard}});
        QJsonArray fees;
        for (const Fee& fee : m.fees)
            fees.append(QJsonObject{{QStringLiteral("name_zh"), fee.nameZh},
                                    {QStringLiteral("name_en"), fee.nameEn},
                                    {QStringLiteral("amount_fen"), fee.amountFen},
                                    {QStringLiteral("legal_basis"), fee.legalBasis}});
        QJsonArray stages;
        for (const WorkflowStage& stage : m.workflow.stages) {
            QJsonArray steps;
            for (const WorkflowStep& step : stage.steps) {
                QJsonObject so{{QStringLiteral("department"), step.departmentId}};
                if (!step.nameZh.isEmpty())
                    so.insert(QStringLiteral("name_zh"), step.nameZh);
                if (!step.nameEn.isEmpty())
                    so.insert(QStringLiteral("name_en"), step.nameEn);
                if (step.timeLimitDays)
                    so.insert(QStringLiteral("days"), *step.timeLimitDays);
                steps.append(so);
            }
            QJsonObject o{{QStringLiteral("kind"), CatalogNames::key(stage.kind)},
                          {QStringLiteral("name_zh"), stage.nameZh},
                          {QStringLiteral("name_en"), stage.nameEn},
                          {QStringLiteral("steps"), steps}};
            if (!stage.leadDepartmentId.isEmpty())
                o.insert(QStringLiteral("lead"), stage.leadDepartmentId);
            stages.append(o);
        }
        QJsonObject o{{QStringLiteral("id"), m.id},
                      {QStringLiteral("code"), m.code},
                      {QStringLiteral("name_zh"), m.nameZh},
                      {QStringLiteral("name_en"), m.nameEn},
                      {QStringLiteral("department"), m.departmentId},
                      {QStringLiteral("kind"), CatalogNames::key(m.kind)},
                      {QStringLiteral("statutory_days"), m.statutoryDays},
                      {QStringLiteral("promised_days"), m.promisedDays},
                      {QStringLiteral("joint"), m.jointHandling},
                      {QStringLiteral("legal_basis"), m.legalBasis},
                      {QStringLiteral("conditions"), m.conditions},
                      {QStringLiteral("materials"), materials},
                      {QStringLiteral("fees"), fees},
                      {QStringLiteral("workflow"), stages}};
        if (m.noMaterials)
            o.insert(QStringLiteral("no_materials"), true);
        if (!m.active)
            o.insert(QStringLiteral("active"), false);
        matters.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("departments"), departments},
                           {QStringLiteral("matters"), matters}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace civicdesk
