#include "PrintService.h"

#include "Services.h"
#include "reports/ReportDocument.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPaintEngine>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolBar>

namespace civicdesk {

namespace {

// A preview pass paints into QPrintPreviewWidget's picture engine; the Print button of the
// preview paints the same QPrinter with its real engine.
bool isPreviewPass(QPrinter* printer)
{
    return printer->paintEngine() && printer->paintEngine()->type() == QPaintEngine::Picture;
}

} // namespace

PrintService::PrintService(Services& services, Config& config, QObject* parent)
    : QObject(parent), m_services(services), m_config(config)
{}

Config::Key PrintService::configKey(Paper paper)
{
    return paper == Paper::Receipt80 ? Config::Key::ReceiptPrinter : Config::Key::DocumentPrinter;
}

QString PrintService::printerFor(Paper paper) const
{
    const QString chosen = m_config.getString(configKey(paper));
    return chosen.isEmpty() ? QPrinterInfo::defaultPrinterName() : chosen;
}

void PrintService::setPrinterFor(Paper paper, const QString& printerName)
{
    m_config.set(configKey(paper), printerName);
}

QString PrintService::describe(const IssuedDocument& document) const
{
    return tr("The %1 %2").arg(DocumentKinds::name(document.kind), document.number);
}

Status PrintService::checkPrinter(Paper paper, const QString& printerName) const
{
    if (printerName.isEmpty())
        return Error(ErrorKind::NotFound,
                     tr("No printer for %1 is set up on this PC; choose one in the print dialog of "
                        "the print "
                        "preview.")
                         .arg(DocumentKinds::paperName(paper)),
                     QStringLiteral("no printer for %1").arg(DocumentKinds::paperKey(paper)));
    const QPrinterInfo info = QPrinterInfo::printerInfo(printerName);
    if (info.isNull())
        return Error(ErrorKind::NotFound,
                     tr("The printer \"%1\" is not known on this PC; it may have been removed or "
                        "renamed.")
                         .arg(printerName),
                     QStringLiteral("unknown printer %1").arg(printerName));
    if (info.state() == QPrinter::Error || info.state() == QPrinter::Aborted)
        return Error(
            ErrorKind::Io,
            tr("The printer \"%1\" reports a problem: it may be offline, out of paper or "
               "jammed.")
                .arg(printerName),
            QStringLiteral("printer %1 in state %2").arg(printerName).arg(int(info.state())));
    return {};
}

Result<DocumentCopy> PrintService::printOn(QPrinter& printer, const IssuedDocument& document,
                                           Paper paper)
{
    const bool toFile = printer.outputFormat() == QPrinter::PdfFormat;
    const QString destination = toFile ? printer.outputFileName() : printer.printerName();
    auto copy = DocumentRegister::makeCopy(
        m_services.context(), document, paper, toFile ? CopyOutput::Pdf : CopyOutput::Printer,
        destination, [&](const RenderedDocument& rendered) -> Status {
            if (!printer.isValid())
                return Error(ErrorKind::Io,
                             tr("The printer \"%1\" cannot be used.").arg(destination),
                             QStringLiteral("QPrinter invalid: %1").arg(destination));
            printer.setFullPage(true);
            printer.setDocName(document.number);
            printer.setCreator(QStringLiteral("CivicDesk"));
            Status s = rendered.paint(printer);
            if (!s)
                return s;
            if (printer.printerState() == QPrinter::Error ||
                printer.printerState() == QPrinter::Aborted)
                return Error(ErrorKind::Io,
                             tr("The printer \"%1\" did not take the document.").arg(destination),
                             QStringLiteral("printer %1 state %2 after printing")
                                 .arg(destination)
                                 .arg(int(printer.printerState())));
            return {};
        });
    if (copy)
        emit copyMade(document.id, copy->copyNo, copy->duplicate);
    return copy;
}

Result<DocumentCopy> PrintService::printTo(const IssuedDocument& document, Paper paper,
                                           const QString& printerName)
{
    const QString name = printerName.isEmpty() ? printerFor(paper) : printerName;
    CIVICDESK_TRY(checkPrinter(paper, name));
    QPrinter printer(QPrinterInfo::printerInfo(name), QPrinter::HighResolution);
    return printOn(printer, document, paper);
}

bool PrintService::print(const IssuedDocument& document, Paper paper, QWidget* parent)
{
    auto copy = printTo(document, paper);
    if (copy)
        return true;
    return offerPdf(document, paper, copy.error(), parent);
}

bool PrintService::offerPdf(const IssuedDocument& document, Paper paper, const Error& error,
                            QWidget* parent)
{
    QMessageBox box(QMessageBox::Warning, tr("Printing failed"),
                    tr("%1 was not printed: %2").arg(describe(document), error.message),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("printFailedBox"));
    box.setInformativeText(tr("It is saved in CivicDesk and can be printed again at any time. "
                              "Save it as a PDF now, to print elsewhere or hand over on a USB "
                              "stick?"));
    QPushButton* pdf = box.addButton(tr("Save as PDF…"), QMessageBox::AcceptRole);
    pdf->setObjectName(QStringLiteral("saveAsPdfButton"));
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(pdf);
    box.exec();
    if (box.clickedButton() != pdf)
        return false;
    return saveAsPdf(document, paper, parent);
}

bool PrintService::saveAsPdf(const IssuedDocument& document, Paper paper, QWidget* parent)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(document.number + QStringLiteral(".pdf"));
    for (;;) {
        QString file =
            QFileDialog::getSaveFileName(parent, tr("Save %1 as PDF").arg(document.number),
                                         suggested, tr("PDF documents (*.pdf)"));
        if (file.isEmpty())
            return false;
        if (QFileInfo(file).suffix().isEmpty())
            file += QStringLiteral(".pdf");
        auto copy = DocumentRegister::saveAsPdf(m_services.context(), document, paper, file);
        if (copy) {
            emit copyMade(document.id, copy->copyNo, copy->duplicate);
            return true;
        }
        // Another folder may work (a full or read-only one did not); the dialog opens again.
        QMessageBox::warning(parent, tr("Saving the PDF failed"), copy.message());
        if (copy.kind() != ErrorKind::Io)
            return false;
    }
}

void PrintService::preview(const IssuedDocument& document, Paper paper, QWidget* parent)
{
    // What the next copy looks like; nothing is recorded until it is printed or saved.
    auto request = DocumentRegister::previewRequest(m_services.db(), document, paper,
                                                    m_services.clock().now());
    auto rendered = request ? DocumentRenderer::render(request.value())
                            : Result<RenderedDocument>(request.error());
    if (!rendered) {
        QMessageBox::warning(parent, tr("Print preview"), rendered.message());
        return;
    }

    const QString printerName = printerFor(paper);
    std::unique_ptr<QPrinter> printer;
    if (checkPrinter(paper, printerName).isOk())
        printer = std::make_unique<QPrinter>(QPrinterInfo::printerInfo(printerName),
                                             QPrinter::HighResolution);
    else // a PDF printer: the preview works without any printer
        printer = std::make_unique<QPrinter>(QPrinter::HighResolution);

    QPrintPreviewDialog dialog(printer.get(), parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(tr("Print preview: %1").arg(describe(document)));
    std::optional<Error> failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* p) {
        if (isPreviewPass(p)) {
            (void)rendered->paint(*p);
            return;
        }
        auto copy = printOn(*p, document, paper);
        if (!copy) {
            failure = copy.error();
            return;
        }
        // The printer chosen in the print dialog is the one for this paper from now on.
        if (p->outputFormat() == QPrinter::NativeFormat && !p->printerName().isEmpty())
            setPrinterFor(paper, p->printerName());
    });
    // PDF is always offered, printer or not.
    if (auto* bar = dialog.findChild<QToolBar*>()) {
        bar->addSeparator();
        QAction* pdf = bar->addAction(tr("Save as PDF…"));
        pdf->setObjectName(QStringLiteral("saveAsPdfAction"));
        pdf->setToolTip(tr("Save this document as a PDF file"));
        connect(pdf, &QAction::triggered, &dialog, [&] {
            if (saveAsPdf(document, paper, &dialog))
                dialog.accept();
        });
    }
    dialog.exec();
    if (failure)
        offerPdf(document, paper, *failure, parent);
}

Status PrintService::saveReportAsPdf(const ReportDocument& report, const QString& fileName)
{
    return report.writePdf(fileName);
}

Status PrintService::printReport(const ReportDocument& report, const QString& printerName)
{
    const QString name = printerName.isEmpty() ? printerFor(Paper::A4) : printerName;
    CIVICDESK_TRY(checkPrinter(Paper::A4, name));
    QPrinter printer(QPrinterInfo::printerInfo(name), QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setDocName(report.title());
    printer.setCreator(QStringLiteral("CivicDesk"));
    return report.paint(printer);
}

void PrintService::previewReport(const ReportDocument& report, QWidget* parent)
{
    const QString printerName = printerFor(Paper::A4);
    std::unique_ptr<QPrinter> printer;
    if (checkPrinter(Paper::A4, printerName).isOk())
        printer = std::make_unique<QPrinter>(QPrinterInfo::printerInfo(printerName),
                                             QPrinter::HighResolution);
    else
        printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setFullPage(true);
    printer->setDocName(report.title());
    QPrintPreviewDialog dialog(printer.get(), parent);
    dialog.setObjectName(QStringLiteral("reportPreview"));
    dialog.setWindowTitle(tr("Print preview: %1").arg(report.title()));
    std::optional<Error> failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* p) {
        Status s = report.paint(*p);
        if (!s && !isPreviewPass(p))
            failure = s.error();
        if (s && !isPreviewPass(p) && p->outputFormat() == QPrinter::NativeFormat &&
            !p->printerName().isEmpty())
            setPrinterFor(Paper::A4, p->printerName());
    });
    dialog.exec();
    if (failure)
        QMessageBox::warning(parent, tr("Printing failed"),
                             tr("%1 was not printed: %2").arg(report.title(), failure->message));
}

} // namespace civicdesk
