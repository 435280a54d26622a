// The print service with real widgets on the offscreen platform: the preview, saving as PDF
// from it, a printer that is not there, and printing on a QPrinter that writes a file.

#include "DocumentFixtures.h"
#include "TestDatabase.h"

#include "Config.h"
#include "Services.h"
#include "printing/PrintService.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

struct Desk {
    std::unique_ptr<TestDatabase> db = std::make_unique<TestDatabase>();
    QTemporaryDir configDir;
    Config config{QDir(configDir.path()).filePath(QStringLiteral("civicdesk.ini"))};
    Services services{db->openAnother(), std::make_shared<ManualClock>(testNow()),
                      Session::forStaff({QStringLiteral("staff-1"),
                                         QStringLiteral("lixm"),
                                         QStringLiteral("李晓梅"),
                                         {},
                                         {},
                                         {Role::Clerk}})};
    PrintService printing{services, config};

    IssuedDocument issue(DocumentKind kind)
    {
        DocumentIssueRequest r;
        r.kind = kind;
        r.subject = {QStringLiteral("case"), QStringLiteral("case-7")};
        r.fields = documentFields(kind, QStringLiteral("zh_CN"));
        r.language = QStringLiteral("zh_CN");
        auto d = DocumentRegister::issue(services.context(), r);
        REQUIRE(d.isOk());
        return d.take();
    }

    QVector<DocumentCopy> copies(const IssuedDocument& d)
    {
        auto c = DocumentRegister::copies(services.db(), d.id);
        REQUIRE(c.isOk());
        return c.value();
    }
};

QString outDir()
{
    const QString dir = QStringLiteral(CIVICDESK_BUILD_DIR "/documents/printing");
    QDir().mkpath(dir);
    return dir;
}

void saveScreenshot(QWidget* w, const QString& name)
{
    const QString dir = QStringLiteral(CIVICDESK_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    CHECK(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// Runs answer on the next modal dialog of type T once it shows, the way a person would answer
// it; gives up after ten seconds.
template <typename T> void whenModal(std::function<void(T*)> answer)
{
    auto* timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, answer] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            if (++*tries > 500)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start(20);
}

void answerFileDialog(const QString& file)
{
    whenModal<QFileDialog>([file](QFileDialog* dialog) {
        // Typed into the name field, as a person would (selectFile leaves a focused field alone).
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        REQUIRE(name);
        name->setText(file);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept checks the name, as OK does
    });
}

// The page width of a PDF in millimetres, from pdfinfo.
double pdfPageWidthMm(const QString& file)
{
    const ProcessResult r = runProcess(QStringLiteral("pdfinfo"), {file});
    REQUIRE(r.exitCode == 0);
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x")).match(r.out);
    REQUIRE(m.hasMatch());
    return m.captured(1).toDouble() / 72 * 25.4;
}

int colourCount(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return colours.size();
}

} // namespace

TEST_CASE("the print preview shows the document and saves it as a PDF", "[gui]")
{
    Desk desk;
    const IssuedDocument d = desk.issue(DocumentKind::AcceptanceReceipt);
    const QString pdf = outDir() + QStringLiteral("/from-preview.pdf");
    QFile::remove(pdf);
    bool previewShown = false;
    whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog* preview) {
        previewShown = true;
        preview->resize(900, 1000);
        QTest::qWait(300); // the preview widget draws its pages
        CHECK(preview->windowTitle().contains(d.number));
        const QImage shot = preview->grab().toImage();
        CHECK(colourCount(shot) > 20);
        saveScreenshot(preview, QStringLiteral("print-preview"));
        auto* saveAsPdf = preview->findChild<QAction*>(QStringLiteral("saveAsPdfAction"));
        REQUIRE(saveAsPdf);
        answerFileDialog(pdf);
        saveAsPdf->trigger();
    });
    desk.printing.preview(d, Paper::A4, nullptr);
    CHECK(previewShown);

    REQUIRE(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(d.number));
    CHECK(text.contains(QStringLiteral("受理回执")));
    CHECK_FALSE(text.contains(QStringLiteral("副本")));
    CHECK(pdfPageWidthMm(pdf) == Approx(210).margin(0.5));
    const auto copies = desk.copies(d);
    REQUIRE(copies.size() == 1);
    CHECK(copies.at(0).output == CopyOutput::Pdf);
    CHECK(copies.at(0).destination == pdf);
    CHECK(copies.at(0).state == QStringLiteral("made"));
}

TEST_CASE("a printer that is not there gives a sentence and the PDF instead", "[gui]")
{
    Desk desk;
    const IssuedDocument d = desk.issue(DocumentKind::AcceptanceReceipt);
    desk.config.set(Config::Key::ReceiptPrinter, QStringLiteral("Counter 8 thermal (removed)"));
    CHECK(desk.printing.printerFor(Paper::Receipt80) ==
          QStringLiteral("Counter 8 thermal (removed)"));

    SECTION("the clerk takes the PDF")
    {
        const QString pdf = outDir() + QStringLiteral("/instead-of-printer.pdf");
        QFile::remove(pdf);
        QString said;
        whenModal<QMessageBox>([&](QMessageBox* box) {
            said = box->text() + QLatin1Char(' ') + box->informativeText();
            saveScreenshot(box, QStringLiteral("print-failed"));
            auto* button = box->findChild<QPushButton*>(QStringLiteral("saveAsPdfButton"));
            REQUIRE(button);
            answerFileDialog(pdf);
            button->click();
        });
        CHECK(desk.printing.print(d, Paper::Receipt80, nullptr));
        CHECK(said.contains(QStringLiteral("The acceptance receipt ") + d.number +
                            QStringLiteral(" was not printed")));
        CHECK(said.contains(
            QStringLiteral("\"Counter 8 thermal (removed)\" is not known on this PC")));
        CHECK(said.contains(QStringLiteral("can be printed again at any time")));
        INFO("saved as " << desk.copies(d).value(0).destination.toStdString());
        REQUIRE(QFile::exists(pdf));
        CHECK(pdfPageWidthMm(pdf) == Approx(80).margin(0.5));
        const auto copies = desk.copies(d);
        REQUIRE(copies.size() == 1);
        CHECK(copies.at(0).output == CopyOutput::Pdf);
        CHECK_FALSE(copies.at(0).duplicate);
    }
    SECTION("the clerk closes the message: nothing is lost, nothing is counted")
    {
        whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Close)->click(); });
        CHECK_FALSE(desk.printing.print(d, Paper::Receipt80, nullptr));
        CHECK(desk.copies(d).isEmpty());
        CHECK(DocumentRegister::find(desk.services.db(), d.id).isOk());
    }
    SECTION("without any printer the sentence says so")
    {
        desk.config.set(Config::Key::DocumentPrinter, QString());
        if (desk.printing.printerFor(Paper::A4).isEmpty()) {
            auto copy = desk.printing.printTo(d, Paper::A4);
            REQUIRE_FALSE(copy.isOk());
            CHECK(copy.message().startsWith(
                QStringLiteral("No printer for A4 paper is set up on this PC")));
        }
    }
}

TEST_CASE("printing on a QPrinter lays the receipt out on 80 mm paper and marks the reprint",
          "[gui]")
{
    Desk desk;
    const IssuedDocument d = desk.issue(DocumentKind::QueueTicket);
    for (int copy = 1; copy <= 2; ++copy) {
        const QString file = outDir() + QStringLiteral("/ticket-%1.pdf").arg(copy);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file);
        auto made = desk.printing.printOn(printer, d, Paper::Receipt80);
        INFO(made.message().toStdString());
        REQUIRE(made.isOk());
        CHECK(made->copyNo == copy);
        CHECK(pdfPageWidthMm(file) == Approx(80).margin(0.5));
        const QString text = pdfText(file);
        CHECK(text.contains(QStringLiteral("A023")));
        CHECK(text.contains(QStringLiteral("副本")) == (copy == 2));
    }
}

TEST_CASE("the printer for each paper is remembered on this PC", "[gui]")
{
    Desk desk;
    desk.printing.setPrinterFor(Paper::A4, QStringLiteral("Office A4"));
    desk.printing.setPrinterFor(Paper::Receipt80, QStringLiteral("Counter thermal"));
    CHECK(desk.config.getString(Config::Key::DocumentPrinter) == QStringLiteral("Office A4"));
    CHECK(desk.config.getString(Config::Key::ReceiptPrinter) == QStringLiteral("Counter thermal"));
    CHECK(desk.printing.printerFor(Paper::A4) == QStringLiteral("Office A4"));
    CHECK(desk.printing.printerFor(Paper::Receipt80) == QStringLiteral("Counter thermal"));
    CHECK(PrintService::configKey(DocumentKinds::defaultPaper(DocumentKind::QueueTicket)) ==
          Config::Key::ReceiptPrinter);
    CHECK(PrintService::configKey(DocumentKinds::defaultPaper(DocumentKind::DenialDecision)) ==
          Config::Key::DocumentPrinter);
}
