// Printed documents: every kind, filled from fixture data, read back from its PDF and compared
// with the expected text; the QR code read back from the picture; the 80 mm roll's width.

#include "DocumentFixtures.h"
#include "TestDatabase.h"

#include "documents/DocumentRenderer.h"
#include "documents/DocumentTemplate.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QRegularExpression>

#include <qrencode.h>

#include <algorithm>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

QString outputDir()
{
    const QString dir = QStringLiteral(CIVICDESK_BUILD_DIR "/documents");
    QDir().mkpath(dir);
    return dir;
}

QString baseName(DocumentKind kind, Paper paper, const QString& language)
{
    return DocumentKinds::key(kind) + QLatin1Char('.') + DocumentKinds::paperKey(paper) +
           QLatin1Char('.') + language;
}

QString writePdf(const DocumentRequest& request, const QString& name)
{
    auto rendered = DocumentRenderer::render(request);
    INFO(rendered.message().toStdString());
    REQUIRE(rendered.isOk());
    const QString file = outputDir() + QLatin1Char('/') + name + QStringLiteral(".pdf");
    Status s = DocumentRenderer::writePdf(rendered.value(), file);
    INFO(s.message().toStdString());
    REQUIRE(s.isOk());
    return file;
}

// Compares with tests/data/documents/<name>.txt. CIVICDESK_UPDATE_GOLDEN=1 writes the file
// instead (then read it, and commit it only if it is right).
void checkGolden(const QString& name, const QString& actual)
{
    const QString expectedFile =
        QStringLiteral(CIVICDESK_TEST_DATA "/documents/") + name + QStringLiteral(".txt");
    if (qEnvironmentVariableIsSet("CIVICDESK_UPDATE_GOLDEN")) {
        QFile out(expectedFile);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8() + '\n');
        WARN("wrote " << expectedFile.toStdString());
        return;
    }
    QFile in(expectedFile);
    INFO("expected text " << expectedFile.toStdString());
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QString expected = foldWhitespace(QString::fromUtf8(in.readAll()));
    if (expected != actual) {
        QDir().mkpath(outputDir() + QStringLiteral("/actual"));
        QFile out(outputDir() + QStringLiteral("/actual/") + name + QStringLiteral(".txt"));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(actual.toUtf8() + '\n');
    }
    CHECK(actual.toStdString() == expected.toStdString());
}

bool isDark(QRgb pixel)
{
    return qGray(pixel) < 128;
}

// Reads a QR code's module matrix back from a picture: the dark pixels inside `area` span the
// code from its first to its last module; each module is sampled at its centre.
QVector<bool> readQr(const QImage& image, const QRect& area, int modules)
{
    QRect box;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.rect().contains(x, y) && isDark(image.pixel(x, y)))
                box |= QRect(x, y, 1, 1);
    INFO("dark area " << box.x() << "," << box.y() << " " << box.width() << " x " << box.height()
                      << " in " << area.x() << "," << area.y() << " " << area.width() << " x "
                      << area.height());
    REQUIRE(box.isValid());
    const double module = double(box.width()) / modules;
    REQUIRE(std::abs(box.width() - box.height()) <= module / 2);
    REQUIRE(module >= 2.5);
    QVector<bool> read;
    for (int y = 0; y < modules; ++y)
        for (int x = 0; x < modules; ++x)
            read << isDark(image.pixel(box.left() + int((x + 0.5) * module),
                                       box.top() + int((y + 0.5) * module)));
    return read;
}

QVector<bool> libqrencodeModules(const QString& text, int* size)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    REQUIRE(code);
    *size = code->width;
    QVector<bool> modules;
    for (int i = 0; i < code->width * code->width; ++i)
        modules << ((code->data[i] & 1) != 0);
    QRcode_free(code);
    return modules;
}

QRect toPixels(const QRectF& mm, double dpi, double growMm)
{
    const QRectF r = mm.adjusted(-growMm, -growMm, growMm, growMm);
    return QRect(QPoint(int(r.left() / 25.4 * dpi), int(r.top() / 25.4 * dpi)),
                 QPoint(int(r.right() / 25.4 * dpi), int(r.bottom() / 25.4 * dpi)));
}

PlacedObject placedQr(const RenderedDocument& doc)
{
    for (const PlacedObject& p : doc.placedObjects())
        if (p.type == QLatin1String("qr"))
            return p;
    FAIL("the document has no QR code");
    return {};
}

QString withoutSpaces(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

TEST_CASE("every document prints as its expected text in Chinese and in English", "[unit]")
{
    for (DocumentKind kind : DocumentKinds::all()) {
        for (Paper paper : DocumentKinds::papers(kind)) {
            for (const QString& language : DocumentKinds::languages()) {
                const QString name = baseName(kind, paper, language);
                DYNAMIC_SECTION(name.toStdString())
                {
                    const DocumentRequest request = fixtureRequest(kind, paper, language);
                    const QString pdf = writePdf(request, name);
                    const QString text = pdfText(pdf);
                    checkGolden(name, foldWhitespace(text));

                    // The seal's circle, below its place, stays whole on the printable page.
                    auto rendered = DocumentRenderer::render(request);
                    REQUIRE(rendered.isOk());
                    CHECK(rendered->pageCount() == 1);
                    int seals = 0;
                    for (const PlacedObject& p : rendered->placedObjects()) {
                        if (p.type != QLatin1String("seal"))
                            continue;
                        ++seals;
                        const double diameter = p.rectMm.width();
                        CHECK(p.rectMm.top() + diameter <=
                              rendered->printableRectMm().bottom() + 0.5);
                        CHECK(p.rectMm.left() >= rendered->printableRectMm().left());
                        CHECK(p.rectMm.right() <= rendered->printableRectMm().right());
                    }
                    // Every document the law wants sealed has its place (art. 32: receipts and
                    // notices of acceptance, corrections and refusal; decisions).
                    CHECK(seals == (kind == DocumentKind::QueueTicket ? 0 : 1));
                    // The page pictures, to look at.
                    const QString shots =
                        QStringLiteral(CIVICDESK_BUILD_DIR "/screenshots/documents");
                    QDir().mkpath(shots);
                    runProcess(QStringLiteral("pdftoppm"),
                               {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
                                pdf, shots + QLatin1Char('/') + name});
                }
            }
        }
    }
}

TEST_CASE("the applicant's ID number and phone are masked on paper", "[unit]")
{
    for (Paper paper : {Paper::A4, Paper::Receipt80}) {
        const QString pdf = writePdf(
            fixtureRequest(DocumentKind::AcceptanceReceipt, paper, QStringLiteral("zh_CN")),
            QStringLiteral("masking-") + DocumentKinds::paperKey(paper));
        const QString text = withoutSpaces(pdfText(pdf));
        CHECK_FALSE(text.contains(QStringLiteral("11010519491231002X")));
        CHECK(text.contains(QStringLiteral("110105********002X")));
        CHECK_FALSE(text.contains(QStringLiteral("13812345678")));
    }
}

TEST_CASE("dates are printed the Chinese way on Chinese documents", "[unit]")
{
    const QString text = withoutSpaces(pdfText(
        writePdf(fixtureRequest(DocumentKind::DenialDecision, Paper::A4, QStringLiteral("zh_CN")),
                 QStringLiteral("dates-zh"))));
    CHECK(text.contains(QStringLiteral("2026年11月20日")));
    CHECK_FALSE(text.contains(QStringLiteral("2026-11-20")));
    const QString english = pdfText(
        writePdf(fixtureRequest(DocumentKind::DenialDecision, Paper::A4, QStringLiteral("en")),
                 QStringLiteral("dates-en")));
    CHECK(withoutSpaces(english).contains(QStringLiteral("20November2026")));
}

TEST_CASE("the PDF's text layer reads back as typed without ligatures", "[unit]")
{
    const QString english = pdfText(
        writePdf(fixtureRequest(DocumentKind::DenialDecision, Paper::A4, QStringLiteral("en")),
                 QStringLiteral("ligatures-en")));
    CHECK(english.contains(QStringLiteral("effectively")));
    CHECK(english.contains(QStringLiteral("for the file")));
    CHECK_FALSE(english.contains(QRegularExpression(QStringLiteral("[\\x{FB00}-\\x{FB06}]"))));
    // Chinese and the digits between it survive (TOOLCHAIN.md: not so with Noto CJK).
    const QString chinese = withoutSpaces(pdfText(
        writePdf(fixtureRequest(DocumentKind::ExtensionNotice, Paper::A4, QStringLiteral("zh_CN")),
                 QStringLiteral("digits-zh"))));
    CHECK(chinese.contains(QStringLiteral("延长后办结期限2027年1月4日")));
}

TEST_CASE("the QR code on the acceptance receipt reads back as the case number", "[unit]")
{
    const QString caseNumber = QStringLiteral("ZX01-20261120-0017");
    int size = 0;
    const QVector<bool> expected = libqrencodeModules(caseNumber, &size);

    SECTION("on the A4 receipt, read from the PDF")
    {
        auto rendered = DocumentRenderer::render(
            fixtureRequest(DocumentKind::AcceptanceReceipt, Paper::A4, QStringLiteral("zh_CN")));
        REQUIRE(rendered.isOk());
        const PlacedObject qr = placedQr(rendered.value());
        CHECK(qr.payload == caseNumber);
        CHECK(qr.page == 0);
        const QString pdf = outputDir() + QStringLiteral("/qr-a4.pdf");
        REQUIRE(DocumentRenderer::writePdf(rendered.value(), pdf).isOk());
        const QString png = outputDir() + QStringLiteral("/qr-a4");
        REQUIRE(runProcess(QStringLiteral("pdftoppm"),
                           {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"),
                            QStringLiteral("-singlefile"), pdf, png})
                    .exitCode == 0);
        const QImage image(png + QStringLiteral(".png"));
        REQUIRE_FALSE(image.isNull());
        // 1 mm inside the placed square: within the quiet zone, so only the code is dark,
        // and the whole code only if it landed where the layout says.
        CHECK(readQr(image, toPixels(qr.rectMm, 300, -1), size) == expected);
    }
    SECTION("on the 80 mm receipt, at the thermal printer's 203 dpi")
    {
        auto rendered = DocumentRenderer::render(fixtureRequest(
            DocumentKind::AcceptanceReceipt, Paper::Receipt80, QStringLiteral("en")));
        REQUIRE(rendered.isOk());
        const PlacedObject qr = placedQr(rendered.value());
        const QImage image = rendered->pageImage(0, 203);
        CHECK(readQr(image, toPixels(qr.rectMm, 203, -1), size) == expected);
    }
}

TEST_CASE("the 80 mm receipt stays inside the printable width and wraps long text", "[unit]")
{
    const QString longMatter = QString::fromUtf8(
        "跨境电子商务零售进口商品质量安全风险监测与追溯体系建设专项资金申请（含多个子项目联合申报材"
        "料审核及现场核验）"
        "SUPERCALIFRAGILISTICEXPIALIDOCIOUS-UNBROKEN-IDENTIFIER-0123456789ABCDEF");
    const int dpi = 203; // an 80 mm thermal head
    for (DocumentKind kind : DocumentKinds::all()) {
        if (!DocumentKinds::supports(kind, Paper::Receipt80))
            continue;
        for (bool duplicate : {false, true}) {
            DYNAMIC_SECTION(DocumentKinds::key(kind).toStdString()
                            << (duplicate ? " duplicate" : ""))
            {
                DocumentRequest request =
                    fixtureRequest(kind, Paper::Receipt80, QStringLiteral("zh_CN"));
                QJsonObject c = request.data.value(QLatin1String("case")).toObject();
                c.insert(QStringLiteral("matter"), longMatter);
                request.data.insert(QStringLiteral("case"), c);
                QJsonObject t = request.data.value(QLatin1String("ticket")).toObject();
                if (!t.isEmpty()) {
                    t.insert(QStringLiteral("category"), longMatter);
                    request.data.insert(QStringLiteral("ticket"), t);
                }
                request.duplicate = duplicate;
                request.printedAt = testNow();
                auto rendered = DocumentRenderer::render(request);
                REQUIRE(rendered.isOk());
                CHECK(rendered->pageSizeMm().width() == 80);
                CHECK(rendered->pageCount() == 1);
                const QRectF printable = rendered->printableRectMm();
                CHECK(printable.left() == Approx(4));
                CHECK(printable.right() == Approx(76));

                const QImage image = rendered->pageImage(0, dpi);
                CHECK(image.width() == qRound(80 / 25.4 * dpi));
                const int left = int(printable.left() / 25.4 * dpi);
                const int right = int(std::ceil(printable.right() / 25.4 * dpi));
                int darkOutside = 0;
                int darkInside = 0;
                for (int y = 0; y < image.height(); ++y)
                    for (int x = 0; x < image.width(); ++x)
                        if (qGray(image.pixel(x, y)) < 200)
                            ++((x < left || x >= right) ? darkOutside : darkInside);
                CHECK(darkOutside == 0);
                CHECK(darkInside > 1000);
                image.save(outputDir() + QLatin1Char('/') + DocumentKinds::key(kind) +
                           (duplicate ? QStringLiteral("-long-duplicate.png")
                                      : QStringLiteral("-long.png")));

                // Wrapped, not cut: the whole name is there, over several lines.
                const QString pdf = outputDir() + QStringLiteral("/long-") +
                                    DocumentKinds::key(kind) + QStringLiteral(".pdf");
                REQUIRE(DocumentRenderer::writePdf(rendered.value(), pdf).isOk());
                const QString text = pdfText(pdf);
                CHECK(withoutSpaces(text).contains(withoutSpaces(longMatter)));
                // The copy mark, once; a result may itself be called 副本 (a counterpart).
                DocumentRequest original = request;
                original.duplicate = false;
                const QString originalText =
                    pdfText(writePdf(original, QStringLiteral("long-original")));
                CHECK(text.count(QStringLiteral("副本")) ==
                      originalText.count(QStringLiteral("副本")) + (duplicate ? 1 : 0));

                // One continuous page that grows with the content.
                auto shortOne = DocumentRenderer::render(
                    fixtureRequest(kind, Paper::Receipt80, QStringLiteral("zh_CN")));
                REQUIRE(shortOne.isOk());
                CHECK(rendered->pageSizeMm().height() > shortOne->pageSizeMm().height());
            }
        }
    }
}

TEST_CASE("a reprinted copy is marked as a duplicate on every page", "[unit]")
{
    for (const QString& language : DocumentKinds::languages()) {
        DocumentRequest request = fixtureRequest(DocumentKind::RefusalNotice, Paper::A4, language);
        const QString original = pdfText(writePdf(request, QStringLiteral("original-") + language));
        request.duplicate = true;
        request.printedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 12));
        const QString duplicate =
            pdfText(writePdf(request, QStringLiteral("duplicate-") + language));
        const QString mark = language == QLatin1String("zh_CN") ? QStringLiteral("副本")
                                                                : QStringLiteral("DUPLICATE");
        CHECK_FALSE(original.contains(mark));
        CHECK(duplicate.contains(mark));
        CHECK(duplicate.contains(QStringLiteral("2026-11-23 09:12")));
    }
}

TEST_CASE("a long A4 document continues on numbered pages", "[unit]")
{
    DocumentRequest request =
        fixtureRequest(DocumentKind::AcceptanceReceipt, Paper::A4, QStringLiteral("zh_CN"));
    QJsonArray materials;
    for (int i = 1; i <= 45; ++i)
        materials.append(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("补充材料第%1项").arg(i)},
                        {QStringLiteral("form"), QStringLiteral("copy")},
                        {QStringLiteral("count"), 1}});
    request.data.insert(QStringLiteral("materials"), materials);
    request.duplicate = true;
    auto rendered = DocumentRenderer::render(request);
    REQUIRE(rendered.isOk());
    const int pages = rendered->pageCount();
    CHECK(pages >= 2);
    const QString pdf = outputDir() + QStringLiteral("/long-a4.pdf");
    REQUIRE(DocumentRenderer::writePdf(rendered.value(), pdf).isOk());
    const QString text = pdfText(pdf);
    for (int p = 1; p <= pages; ++p)
        CHECK(withoutSpaces(text).contains(QStringLiteral("第%1页共%2页").arg(p).arg(pages)));
    CHECK(text.count(QStringLiteral("副本")) == pages);
    CHECK(withoutSpaces(text).contains(QStringLiteral("补充材料第45项")));
}

TEST_CASE("data that lacks a field the template needs is refused with a sentence", "[unit]")
{
    DocumentRequest request =
        fixtureRequest(DocumentKind::AcceptanceReceipt, Paper::A4, QStringLiteral("zh_CN"));
    QJsonObject c = request.data.value(QLatin1String("case")).toObject();
    c.remove(QStringLiteral("number"));
    request.data.insert(QStringLiteral("case"), c);
    auto rendered = DocumentRenderer::render(request);
    REQUIRE_FALSE(rendered.isOk());
    CHECK(rendered.kind() == ErrorKind::Invalid);
    CHECK(rendered.message().contains(QStringLiteral("\"case.number\"")));
    CHECK(rendered.message().contains(QStringLiteral("Nothing was printed")));

    request = fixtureRequest(DocumentKind::AcceptanceReceipt, Paper::A4, QStringLiteral("zh_CN"));
    QJsonArray materials = request.data.value(QLatin1String("materials")).toArray();
    QJsonObject m = materials.at(0).toObject();
    m.insert(QStringLiteral("form"), QStringLiteral("fax"));
    materials[0] = m;
    request.data.insert(QStringLiteral("materials"), materials);
    rendered = DocumentRenderer::render(request);
    REQUIRE_FALSE(rendered.isOk());
    CHECK(rendered.message().contains(QStringLiteral("fax")));

    request = fixtureRequest(DocumentKind::QueueTicket, Paper::A4, QStringLiteral("zh_CN"));
    rendered = DocumentRenderer::render(request);
    REQUIRE_FALSE(rendered.isOk());
    CHECK(rendered.message().contains(QStringLiteral("A4")));
}

TEST_CASE("a center without a phone or website set up prints no empty labels", "[unit]")
{
    for (DocumentKind kind : {DocumentKind::AcceptanceReceipt, DocumentKind::QueueTicket,
                              DocumentKind::RefusalNotice}) {
        DocumentRequest request =
            fixtureRequest(kind, DocumentKinds::defaultPaper(kind), QStringLiteral("zh_CN"));
        request.data.insert(QStringLiteral("center"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("政务服务中心")},
                                        {QStringLiteral("phone"), QString()},
                                        {QStringLiteral("website"), QString()},
                                        {QStringLiteral("address"), QString()}});
        const QString text = withoutSpaces(
            pdfText(writePdf(request, QStringLiteral("bare-center-") + DocumentKinds::key(kind))));
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(QStringLiteral("电话：")));
        CHECK_FALSE(text.contains(QStringLiteral("地址：")));
        CHECK_FALSE(text.contains(QStringLiteral("登录、")));
        CHECK_FALSE(text.contains(QStringLiteral("拨打或")));
    }
}

TEST_CASE("a priority ticket says so under its category", "[unit]")
{
    DocumentRequest request =
        fixtureRequest(DocumentKind::QueueTicket, Paper::Receipt80, QStringLiteral("zh_CN"));
    const QString plain = pdfText(writePdf(request, QStringLiteral("ticket-plain")));
    QJsonObject ticket = request.data.value(QLatin1String("ticket")).toObject();
    ticket.insert(QStringLiteral("priority"), QStringLiteral("老年人优先"));
    ticket.insert(QStringLiteral("waiting_ahead"), 0);
    request.data.insert(QStringLiteral("ticket"), ticket);
    const QString priority = pdfText(writePdf(request, QStringLiteral("ticket-priority")));
    CHECK_FALSE(plain.contains(QStringLiteral("老年人优先")));
    CHECK(priority.contains(QStringLiteral("老年人优先")));
    CHECK(withoutSpaces(priority).contains(QStringLiteral("您前面没有等候的人")));
    CHECK_FALSE(priority.contains(QStringLiteral("预计等候")));
}
