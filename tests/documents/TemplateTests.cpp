// The placeholder language of document templates, and that every template of every kind,
// paper and language exists and fills from the fixture data. Every template filled here is
// also checked (DocumentTemplate::check), which must come to the same verdict.

#include "DocumentFixtures.h"

#include "documents/DocumentKind.h"
#include "documents/DocumentTemplate.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

Result<TemplateOutput> fill(const QString& text, const QJsonObject& data,
                            const QString& language = QStringLiteral("zh_CN"))
{
    auto t = DocumentTemplate::parse(
        text, QStringLiteral("test"), [](const QString& name) -> Result<QString> {
            if (name == QLatin1String("greeting"))
                return QStringLiteral("<p>{{name}}：</p>");
            return Error(ErrorKind::NotFound, QStringLiteral("no partial %1").arg(name));
        });
    if (!t)
        return t.error();
    TemplateEnvironment env;
    env.language = language;
    env.labels = {{QStringLiteral("copy"), QStringLiteral("复印件")}};
    auto rendered = t.value()->render(data, env);
    // The check before a document number is taken refuses exactly what filling refuses.
    const Status checked = t.value()->check(data, env);
    REQUIRE(checked.isOk() == rendered.isOk());
    REQUIRE(checked.message() == rendered.message());
    return rendered;
}

QString html(const QString& text, const QJsonObject& data,
             const QString& language = QStringLiteral("zh_CN"))
{
    auto r = fill(text, data, language);
    INFO(r.message().toStdString());
    REQUIRE(r.isOk());
    return r->html;
}

} // namespace

TEST_CASE("template fields are filled escaped and formatted", "[unit]")
{
    const QJsonObject data = {
        {QStringLiteral("name"), QStringLiteral("张<三>&")},
        {QStringLiteral("case"),
         QJsonObject{{QStringLiteral("number"), QStringLiteral("ZX01-1")},
                     {QStringLiteral("days"), 20},
                     {QStringLiteral("at"), QStringLiteral("2026-11-20 09:05:00.000")}}},
        {QStringLiteral("id"), QStringLiteral("11010519491231002X")},
        {QStringLiteral("form"), QStringLiteral("copy")},
        {QStringLiteral("note"), QStringLiteral("line one\nline <two>")},
        {QStringLiteral("day"), QStringLiteral("2026-11-09")},
        {QStringLiteral("iso"), QStringLiteral("2026-11-20T17:30:00")},
        {QStringLiteral("seconds"), QStringLiteral("2026-11-20 17:30:45")},
    };
    CHECK(html(QStringLiteral("{{name}}"), data) == QStringLiteral("张&lt;三&gt;&amp;"));
    CHECK(html(QStringLiteral("{{case.number}} / {{case.days}}"), data) ==
          QStringLiteral("ZX01-1 / 20"));
    CHECK(html(QStringLiteral("{{case.at|date}}"), data) == QStringLiteral("2026年11月20日"));
    CHECK(html(QStringLiteral("{{case.at|datetime}}"), data) ==
          QStringLiteral("2026年11月20日 09:05"));
    CHECK(html(QStringLiteral("{{case.at|date}}"), data, QStringLiteral("en")) ==
          QStringLiteral("20 November 2026"));
    CHECK(html(QStringLiteral("{{ case.at | time }}"), data) == QStringLiteral("09:05"));
    CHECK(html(QStringLiteral("{{day|date}} {{day|datetime}}"), data) ==
          QStringLiteral("2026年11月9日 2026年11月9日 00:00"));
    CHECK(html(QStringLiteral("{{iso|datetime}} / {{seconds|datetime}}"), data,
               QStringLiteral("en")) ==
          QStringLiteral("20 November 2026, 17:30 / 20 November 2026, 17:30"));
    CHECK(html(QStringLiteral("{{id|maskid}}"), data) == QStringLiteral("110105********002X"));
    CHECK(html(QStringLiteral("{{form|label}}"), data) == QStringLiteral("复印件"));
    CHECK(html(QStringLiteral("{{note|lines}}"), data) ==
          QStringLiteral("line one<br>line &lt;two&gt;"));
    CHECK(html(QStringLiteral("a{{! a comment }}b"), data) == QStringLiteral("ab"));
    CHECK(html(QStringLiteral("{{>greeting}}"), data) ==
          QStringLiteral("<p>张&lt;三&gt;&amp;：</p>"));
}

TEST_CASE("template sections repeat lists and show or hide what is optional", "[unit]")
{
    const QJsonObject data = {
        {QStringLiteral("items"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("甲")}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("乙")}}}},
        {QStringLiteral("reasons"), QJsonArray{QStringLiteral("r1"), QStringLiteral("r2")}},
        {QStringLiteral("none"), QJsonArray{}},
        {QStringLiteral("zero"), 0},
        {QStringLiteral("who"), QStringLiteral("外层")},
        {QStringLiteral("authority"), QStringLiteral("卫健委")},
    };
    CHECK(html(QStringLiteral("{{#items}}[{{@index}}:{{name}}/{{who}}]{{/items}}"), data) ==
          QStringLiteral("[1:甲/外层][2:乙/外层]"));
    CHECK(html(QStringLiteral("{{#reasons}}{{@index}}.{{.}} {{/reasons}}"), data) ==
          QStringLiteral("1.r1 2.r2 "));
    CHECK(html(QStringLiteral("{{#none}}x{{/none}}{{^none}}empty{{/none}}"), data) ==
          QStringLiteral("empty"));
    CHECK(html(QStringLiteral("{{#zero}}x{{/zero}}{{^zero}}nobody{{/zero}}"), data) ==
          QStringLiteral("nobody"));
    CHECK(html(QStringLiteral("{{#missing}}x{{/missing}}{{^missing}}-{{/missing}}"), data) ==
          QStringLiteral("-"));
    CHECK(html(QStringLiteral("{{#authority}}向{{authority}}申请{{/authority}}"), data) ==
          QStringLiteral("向卫健委申请"));
}

TEST_CASE("QR codes and seal areas become objects for the renderer", "[unit]")
{
    const QJsonObject data = {{QStringLiteral("case"),
                               QJsonObject{{QStringLiteral("number"), QStringLiteral("ZX01-1")}}}};
    auto r = fill(QStringLiteral("<p>{{qr case.number 26}}</p><p>{{seal 40}}</p>"), data);
    REQUIRE(r.isOk());
    REQUIRE(r->objects.size() == 2);
    CHECK(r->objects.at(0).type == TemplateObject::Type::QrCode);
    CHECK(r->objects.at(0).payload == QStringLiteral("ZX01-1"));
    CHECK(r->objects.at(0).sizeMm == 26);
    CHECK(r->objects.at(1).type == TemplateObject::Type::Seal);
    CHECK(r->html ==
          QStringLiteral(
              "<p><img src=\"civicdesk-object:0\"></p><p><img src=\"civicdesk-object:1\"></p>"));
}

TEST_CASE("a broken template or incomplete data is refused with a sentence", "[unit]")
{
    const QJsonObject data = {{QStringLiteral("name"), QStringLiteral("张三")},
                              {QStringLiteral("list"), QJsonArray{1, 2}},
                              {QStringLiteral("when"), QStringLiteral("next tuesday")}};
    struct Bad {
        const char* text;
        const char* says;
    };
    const Bad bad[] = {
        {"{{#list}}x", "{{#list}} is never closed"},
        {"{{#list}}x{{/lits}}", "closes no open section"},
        {"{{name", "never closed"},
        {"{{name|shout}}", "unknown filter"},
        {"{{qr name}}", "{{qr field SIZE_MM}}"},
        {"{{>nowhere}}", "no partial"},
        {"{{two words}}", "is not a field"},
    };
    for (const Bad& b : bad) {
        auto r = fill(QString::fromUtf8(b.text), data);
        INFO(b.text);
        REQUIRE_FALSE(r.isOk());
        CHECK(r.message().contains(QString::fromUtf8(b.says)));
    }
    auto missing = fill(QStringLiteral("{{case.number}}"), data);
    REQUIRE_FALSE(missing.isOk());
    CHECK(missing.kind() == ErrorKind::Invalid);
    CHECK(missing.message().contains(QStringLiteral("\"case.number\"")));
    CHECK_FALSE(fill(QStringLiteral("{{list}}"), data).isOk());
    auto date = fill(QStringLiteral("{{when|date}}"), data);
    REQUIRE_FALSE(date.isOk());
    CHECK(date.message().contains(QStringLiteral("2026-11-20")));
}

TEST_CASE("every kind has a template for each of its papers in every language", "[unit]")
{
    for (DocumentKind kind : DocumentKinds::all()) {
        CHECK(DocumentKinds::fromKey(DocumentKinds::key(kind)) == kind);
        CHECK(DocumentKinds::numberPrefix(kind).size() == 2);
        for (const QString& language : DocumentKinds::languages()) {
            for (Paper paper : {Paper::A4, Paper::Receipt80}) {
                const QString name =
                    DocumentKinds::key(kind) + QLatin1Char('.') + DocumentKinds::paperKey(paper);
                INFO(language.toStdString() << "/" << name.toStdString());
                const bool exists =
                    QFile::exists(QStringLiteral(":/civicdesk/documents/") + language +
                                  QLatin1Char('/') + name + QStringLiteral(".html"));
                CHECK(exists == DocumentKinds::supports(kind, paper));
                if (!exists)
                    continue;
                auto t = DocumentTemplate::load(QStringLiteral(":/civicdesk/documents/") + language,
                                                name);
                INFO(t.message().toStdString());
                REQUIRE(t.isOk());
                TemplateEnvironment env;
                env.language = language;
                env.labels =
                    DocumentRenderer::strings(language).value(QLatin1String("labels")).toObject();
                auto out = t.value()->render(documentFixture(kind, language), env);
                INFO(out.message().toStdString());
                REQUIRE(out.isOk());
                // Nothing of the other language slipped in (dates, labels, fixed texts).
                const bool hasHan =
                    out->html.contains(QRegularExpression(QStringLiteral("\\p{Han}")));
                CHECK(hasHan == (language == QLatin1String("zh_CN")));
            }
        }
    }
    // The language of the document follows the UI's.
    CHECK(DocumentKinds::languageFor(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    CHECK(DocumentKinds::languageFor(QStringLiteral("en_GB")) == QStringLiteral("en"));
}
