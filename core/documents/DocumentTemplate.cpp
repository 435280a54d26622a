#include "DocumentTemplate.h"

#include "Clock.h"
#include "security/Privacy.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QMutex>

#include <algorithm>
#include <cmath>

namespace civicdesk {

struct DocumentTemplate::Node {
    enum class Type { Text, Variable, Section, Inverted, Object };
    Type type = Type::Text;
    QString text; // Text: the literal; Variable, Section, Inverted, Object: the field path
    QStringList path; // the field path's names, split once here instead of at every lookup
    QStringList filters;
    QVector<Node> children;
    TemplateObject::Type objectType = TemplateObject::Type::QrCode;
    qreal sizeMm = 0;
    int line = 0;
};

namespace {

using Node = DocumentTemplate::Node;

Error templateError(const QString& name, int line, const QString& problem)
{
    return Error(ErrorKind::Internal,
                 DocumentTemplate::tr("The document template %1 is broken (line %2: %3). Nothing "
                                      "was printed; the template needs to be corrected.")
                     .arg(name)
                     .arg(line)
                     .arg(problem),
                 QStringLiteral("template %1 line %2: %3").arg(name).arg(line).arg(problem));
}

const QStringList& knownFilters()
{
    static const QStringList filters = {QStringLiteral("date"),      QStringLiteral("datetime"),
                                        QStringLiteral("time"),      QStringLiteral("maskid"),
                                        QStringLiteral("maskphone"), QStringLiteral("maskname"),
                                        QStringLiteral("label"),     QStringLiteral("lines")};
    return filters;
}

class Parser {
public:
    Parser(const QString& name, const DocumentTemplate::PartialLoader& loader, int depth)
        : m_name(name), m_loader(loader), m_depth(depth)
    {}

    Result<QVector<Node>> parse(const QString& text)
    {
        struct Open {
            Node node;
            QVector<Node>* parent;
        };
        QVector<Node> root;
        QVector<Open> open; // sections not yet closed, innermost last
        auto current = [&]() -> QVector<Node>& {
            return open.isEmpty() ? root : open.last().node.children;
        };
        int pos = 0;
        int line = 1;
        while (pos < text.size()) {
            const int start = text.indexOf(QLatin1String("{{"), pos);
            const int textEnd = start < 0 ? text.size() : start;
            if (textEnd > pos) {
                Node n;
                n.type = Node::Type::Text;
                n.text = text.mid(pos, textEnd - pos);
                n.line = line;
                line += n.text.count(QLatin1Char('\n'));
                current().push_back(std::move(n));
            }
            if (start < 0)
                break;
            const int end = text.indexOf(QLatin1String("}}"), start + 2);
            if (end < 0)
                return templateError(m_name, line, QStringLiteral("a {{ is never closed"));
            const QString tag = text.mid(start + 2, end - start - 2).trimmed();
            const int tagLine = line;
            line += text.mid(start, end - start).count(QLatin1Char('\n'));
            pos = end + 2;
            if (tag.isEmpty())
                return templateError(m_name, tagLine, QStringLiteral("an empty {{}}"));

            const QChar sigil = tag.at(0);
            const QString rest = tag.mid(1).trimmed();
            if (sigil == QLatin1Char('!'))
                continue;
            if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
                Node n;
                n.type = sigil == QLatin1Char('#') ? Node::Type::Section : Node::Type::Inverted;
                n.text = rest;
                n.path = rest.split(QLatin1Char('.'));
                n.line = tagLine;
                open.push_back({std::move(n), nullptr});
                continue;
            }
            if (sigil == QLatin1Char('/')) {
                if (open.isEmpty() || open.last().node.text != rest)
                    return templateError(
                        m_name, tagLine,
                        QStringLiteral("{{/%1}} closes no open section").arg(rest));
                Node done = std::move(open.last().node);
                open.removeLast();
                current().push_back(std::move(done));
                continue;
            }
            if (sigil == QLatin1Char('>')) {
                if (!m_loader)
                    return templateError(m_name, tagLine,
                                         QStringLiteral("partials are not available here"));
                if (m_depth > 8)
                    return templateError(m_name, tagLine,
                                         QStringLiteral("partials nested too deep"));
                auto partialText = m_loader(rest);
                if (!partialText)
                    return partialText.error();
                Parser inner(rest, m_loader, m_depth + 1);
                auto nodes = inner.parse(partialText.value());
                if (!nodes)
                    return nodes.error();
                for (Node& n : nodes.value())
                    current().push_back(std::move(n));
                continue;
            }
            QStringList parts = tag.split(QLatin1Char('|'));
            for (QString& part : parts)
                part = part.trimmed();
            const QStringList words = parts.first().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() == 1 &&
                (words.first() == QLatin1String("qr") || words.first() == QLatin1String("seal"))) {
                Node n;
                n.type = Node::Type::Object;
                n.line = tagLine;
                bool ok = false;
                if (words.first() == QLatin1String("qr")) {
                    n.objectType = TemplateObject::Type::QrCode;
                    if (words.size() == 3) {
                        n.text = words.at(1);
                        n.path = n.text.split(QLatin1Char('.'));
                        n.sizeMm = words.at(2).toDouble(&ok);
                    }
                } else {
                    n.objectType = TemplateObject::Type::Seal;
                    if (words.size() == 2)
                        n.sizeMm = words.at(1).toDouble(&ok);
                }
                if (!ok || n.sizeMm <= 0 || n.sizeMm > 200)
                    return templateError(m_name, tagLine,
                                         QStringLiteral("write {{qr field SIZE_MM}} or "
                                                        "{{seal SIZE_MM}}, not {{%1}}")
                                             .arg(tag));
                current().push_back(std::move(n));
                continue;
            }
            if (words.size() != 1)
                return templateError(m_name, tagLine,
                                     QStringLiteral("{{%1}} is not a field").arg(tag));
            Node n;
            n.type = Node::Type::Variable;
            n.line = tagLine;
            n.text = parts.takeFirst();
            n.path = n.text.split(QLatin1Char('.'));
            for (const QString& f : parts) {
                if (!knownFilters().contains(f))
                    return templateError(m_name, tagLine,
                                         QStringLiteral("unknown filter \"%1\"").arg(f));
                n.filters << f;
            }
            current().push_back(std::move(n));
        }
        if (!open.isEmpty())
            return templateError(
                m_name, open.last().node.line,
                QStringLiteral("{{#%1}} is never closed").arg(open.last().node.text));
        return root;
    }

private:
    QString m_name;
    const DocumentTemplate::PartialLoader& m_loader;
    int m_depth;
};

struct Frame {
    QJsonValue value;
    int index = -1; // position in the list this frame iterates, or -1
};

class Renderer {
public:
    // Output::None checks that the data fills the template (every field there, every value
    // what its filters take) without writing the HTML.
    enum class Output { Html, None };
    Renderer(const QString& name, const TemplateEnvironment& env, Output output)
        : m_name(name), m_env(env), m_html(output == Output::Html)
    {}

    Status render(const QVector<Node>& nodes, QVector<Frame>& stack, TemplateOutput& out)
    {
        for (const Node& n : nodes) {
            switch (n.type) {
            case Node::Type::Text:
                if (m_html)
                    out.html += n.text;
                break;
            case Node::Type::Variable: {
                auto v = lookup(stack, n);
                if (!v)
                    return missing(n);
                auto text = format(n, *v);
                if (!text)
                    return text.error();
                out.html += text.value();
                break;
            }
            case Node::Type::Section:
            case Node::Type::Inverted: {
                const std::optional<QJsonValue> v = lookup(stack, n);
                const bool truthy = v && isTruthy(*v);
                if (n.type == Node::Type::Inverted) {
                    if (!truthy)
                        CIVICDESK_TRY(render(n.children, stack, out));
                    break;
                }
                if (!truthy)
                    break;
                if (v->isArray()) {
                    const QJsonArray items = v->toArray();
                    for (int i = 0; i < items.size(); ++i) {
                        stack.push_back({items.at(i), i});
                        Status s = render(n.children, stack, out);
                        stack.pop_back();
                        CIVICDESK_TRY(s);
                    }
                } else {
                    stack.push_back({*v, -1});
                    Status s = render(n.children, stack, out);
                    stack.pop_back();
                    CIVICDESK_TRY(s);
                }
                break;
            }
            case Node::Type::Object: {
                TemplateObject object;
                object.type = n.objectType;
                object.sizeMm = n.sizeMm;
                if (n.objectType == TemplateObject::Type::QrCode) {
                    auto v = lookup(stack, n);
                    if (!v || !isTruthy(*v))
                        return missing(n);
                    object.payload = scalarText(*v);
                }
                if (!m_html)
                    break;
                out.html +=
                    QStringLiteral("<img src=\"civicdesk-object:%1\">").arg(out.objects.size());
                out.objects.push_back(object);
                break;
            }
            }
        }
        return {};
    }

private:
    static bool isTruthy(const QJsonValue& v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return false;
        case QJsonValue::Bool:
            return v.toBool();
        case QJsonValue::Double:
            return v.toDouble() != 0;
        case QJsonValue::String:
            return !v.toString().isEmpty();
        case QJsonValue::Array:
            return !v.toArray().isEmpty();
        case QJsonValue::Object:
            return true;
        }
        return false;
    }

    static std::optional<QJsonValue> lookup(const QVector<Frame>& stack, const Node& n)
    {
        if (n.text == QLatin1String("."))
            return stack.last().value;
        if (n.text == QLatin1String("@index")) {
            for (int i = stack.size() - 1; i >= 0; --i) {
                if (stack.at(i).index >= 0)
                    return QJsonValue(stack.at(i).index + 1);
            }
            return std::nullopt;
        }
        const QStringList& parts = n.path;
        // The first name is looked up from the innermost frame outwards, as in Mustache.
        for (int i = stack.size() - 1; i >= 0; --i) {
            const QJsonValue& frame = stack.at(i).value;
            if (!frame.isObject())
                continue;
            const QJsonObject object = frame.toObject();
            const auto first = object.constFind(parts.first());
            if (first == object.constEnd())
                continue;
            QJsonValue v = first.value();
            for (int p = 1; p < parts.size(); ++p) {
                if (!v.isObject())
                    return std::nullopt;
                const QJsonObject inner = v.toObject();
                const auto next = inner.constFind(parts.at(p));
                if (next == inner.constEnd())
                    return std::nullopt;
                v = next.value();
            }
            return v;
        }
        return std::nullopt;
    }

    static QString scalarText(const QJsonValue& v)
    {
        switch (v.type()) {
        case QJsonValue::String:
            return v.toString();
        case QJsonValue::Double: {
            const double d = v.toDouble();
            if (std::floor(d) == d && std::fabs(d) < 1e15)
                return QString::number(qint64(d));
            return QString::number(d, 'g', 12);
        }
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        default:
            return {};
        }
    }

    Error missing(const Node& n) const
    {
        return Error(ErrorKind::Invalid,
                     DocumentTemplate::tr("The document could not be made: its template %1 needs "
                                          "the field \"%2\", which was not given. Nothing was "
                                          "printed; what was decided is saved.")
                         .arg(m_name, n.text),
                     QStringLiteral("template %1 line %2: missing field %3")
                         .arg(m_name)
                         .arg(n.line)
                         .arg(n.text));
    }

    Error badValue(const Node& n, const QString& what) const
    {
        return Error(ErrorKind::Invalid,
                     DocumentTemplate::tr("The document could not be made: the field \"%1\" of "
                                          "template %2 should hold %3. Nothing was printed; what "
                                          "was decided is saved.")
                         .arg(n.text, m_name, what),
                     QStringLiteral("template %1 line %2: field %3 is not %4")
                         .arg(m_name)
                         .arg(n.line)
                         .arg(n.text, what));
    }

    bool chinese() const { return m_env.language.startsWith(QLatin1String("zh")); }

    QString formatDate(const QDate& d) const
    {
        if (chinese())
            return QString::number(d.year()) + u'年' + QString::number(d.month()) + u'月' +
                   QString::number(d.day()) + u'日';
        static const QLocale english(QLocale::English);
        return english.toString(d, QStringLiteral("d MMMM yyyy"));
    }

    static QString hoursAndMinutes(const QTime& t)
    {
        const QChar digits[] = {QChar(u'0' + t.hour() / 10), QChar(u'0' + t.hour() % 10), u':',
                                QChar(u'0' + t.minute() / 10), QChar(u'0' + t.minute() % 10)};
        return QString(digits, 5);
    }

    static QDateTime parseDateTime(const QString& s)
    {
        // The layouts the database writes are read by hand (Clock.h); others as ISO 8601.
        if (s.size() == 10) {
            const QDate d = fromDbDate(s);
            if (d.isValid())
                return QDateTime(d, QTime(0, 0));
        } else if (s.size() == 19 || s.size() == 23) {
            const QDateTime t = fromDbTimestamp(s);
            if (t.isValid())
                return t;
        }
        QString iso = s.trimmed();
        if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
            iso[10] = QLatin1Char('T');
        QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (!t.isValid() && iso.size() == 10) {
            const QDate d = QDate::fromString(iso, Qt::ISODate);
            if (d.isValid())
                t = QDateTime(d, QTime(0, 0));
        }
        return t;
    }

    Result<QString> format(const Node& n, const QJsonValue& value) const
    {
        if (value.isArray() || value.isObject())
            return badValue(n, DocumentTemplate::tr("a text or a number, not a list"));
        QString text = scalarText(value);
        bool escaped = false;
        for (const QString& f : n.filters) {
            if (f == QLatin1String("date") || f == QLatin1String("datetime") ||
                f == QLatin1String("time")) {
                if (text.isEmpty())
                    continue;
                const QDateTime t = parseDateTime(text);
                if (!t.isValid())
                    return badValue(n, DocumentTemplate::tr("a date such as 2026-11-20"));
                if (f == QLatin1String("date"))
                    text = formatDate(t.date());
                else if (f == QLatin1String("time"))
                    text = hoursAndMinutes(t.time());
                else
                    text = formatDate(t.date()) +
                           (chinese() ? QStringLiteral(" ") : QStringLiteral(", ")) +
                           hoursAndMinutes(t.time());
            } else if (f == QLatin1String("maskid")) {
                text = privacy::maskIdNumber(text);
            } else if (f == QLatin1String("maskphone")) {
                text = privacy::maskPhone(text);
            } else if (f == QLatin1String("maskname")) {
                text = privacy::maskName(text);
            } else if (f == QLatin1String("label")) {
                if (text.isEmpty())
                    continue;
                if (!m_env.labels.contains(text))
                    return badValue(n, DocumentTemplate::tr("one of the codes the document "
                                                            "knows, not \"%1\"")
                                           .arg(text));
                text = m_env.labels.value(text).toString();
            } else if (f == QLatin1String("lines")) {
                text = htmlEscaped(text).replace(QLatin1Char('\n'), QLatin1String("<br>"));
                escaped = true;
            }
        }
        if (!m_html)
            return QString();
        return escaped ? text : htmlEscaped(text);
    }

    // QString::toHtmlEscaped copies every text; most need no escape and are kept as they are.
    static QString htmlEscaped(const QString& text)
    {
        const bool plain = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
            return c == u'<' || c == u'>' || c == u'&' || c == u'"';
        });
        return plain ? text : text.toHtmlEscaped();
    }

    QString m_name;
    const TemplateEnvironment& m_env;
    bool m_html = true;
};

} // namespace

Result<std::shared_ptr<const DocumentTemplate>>
DocumentTemplate::parse(const QString& text, const QString& name, const PartialLoader& loadPartial)
{
    Parser parser(name, loadPartial, 0);
    auto nodes = parser.parse(text);
    if (!nodes)
        return nodes.error();
    auto t = std::make_shared<DocumentTemplate>();
    t->m_name = name;
    t->m_nodes = std::make_shared<const QVector<Node>>(nodes.take());
    return std::shared_ptr<const DocumentTemplate>(std::move(t));
}

Result<std::shared_ptr<const DocumentTemplate>> DocumentTemplate::load(const QString& folder,
                                                                       const QString& name)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const DocumentTemplate>> cache;
    const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".html");
    {
        QMutexLocker lock(&mutex);
        auto it = cache.constFind(path);
        if (it != cache.constEnd())
            return it.value();
    }
    auto read = [](const QString& file) -> Result<QString> {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorKind::NotFound,
                         tr("The document template %1 is missing from the program. Nothing was "
                            "printed; reinstall CivicDesk.")
                             .arg(file),
                         QStringLiteral("cannot open %1").arg(file));
        return QString::fromUtf8(f.readAll());
    };
    auto text = read(path);
    if (!text)
        return text.error();
    auto parsed = parse(text.value(), name, [&](const QString& partial) {
        return read(folder + QStringLiteral("/_") + partial + QStringLiteral(".html"));
    });
    if (!parsed)
        return parsed.error();
    QMutexLocker lock(&mutex);
    cache.insert(path, parsed.value());
    return parsed.value();
}

Result<TemplateOutput> DocumentTemplate::render(const QJsonObject& data,
                                                const TemplateEnvironment& env) const
{
    Renderer renderer(m_name, env, Renderer::Output::Html);
    QVector<Frame> stack = {{data, -1}};
    TemplateOutput out;
    CIVICDESK_TRY(renderer.render(*m_nodes, stack, out));
    return out;
}

Status DocumentTemplate::check(const QJsonObject& data, const TemplateEnvironment& env) const
{
    Renderer renderer(m_name, env, Renderer::Output::None);
    QVector<Frame> stack = {{data, -1}};
    TemplateOutput unused;
    return renderer.render(*m_nodes, stack, unused);
}

} // namespace civicdesk
