#pragma once

// The one way every document leaves CivicDesk: preview, print or save as PDF. Receipts and
// tickets go to this PC's receipt printer, A4 documents to its document printer (both
// remembered in the settings). A copy is recorded in the register before it is painted; a
// copy after the first is marked 副本 / DUPLICATE. When printing fails, a sentence says why
// and offers the PDF instead: the decision itself is saved and can be printed again any time.

#include "Config.h"
#include "documents/DocumentRegister.h"

#include <QObject>

class QPrinter;
class QWidget;

namespace civicdesk {

class ReportDocument;
class Services;

class PrintService : public QObject {
    Q_OBJECT
public:
    PrintService(Services& services, Config& config, QObject* parent = nullptr);

    // The printer a paper goes to: the one chosen on this PC, else the system's default.
    // Empty when there is none.
    QString printerFor(Paper paper) const;
    void setPrinterFor(Paper paper, const QString& printerName);
    static Config::Key configKey(Paper paper);

    // Is this printer there and ready? The sentence says what is wrong if not.
    Status checkPrinter(Paper paper, const QString& printerName) const;

    // The print preview of the next copy (marked 副本 if a copy was made before). Printing
    // from it, or saving as PDF from it (always offered), makes and records the copy.
    void preview(const IssuedDocument& document, Paper paper, QWidget* parent);
    // Prints the next copy on the paper's printer without a dialog. On failure: the sentence,
    // and the offer to save a PDF instead. True when a copy came out, on paper or as a PDF.
    bool print(const IssuedDocument& document, Paper paper, QWidget* parent);
    // Asks where, then saves the next copy as a PDF. True when it was saved.
    bool saveAsPdf(const IssuedDocument& document, Paper paper, QWidget* parent);

    // Without dialogs: the next copy on the paper's printer (or the one named).
    Result<DocumentCopy> printTo(const IssuedDocument& document, Paper paper,
                                 const QString& printerName = {});
    // The next copy on a printer the caller set up (the preview's, one that prints to a file).
    Result<DocumentCopy> printOn(QPrinter& printer, const IssuedDocument& document, Paper paper);

    // --- reports: laid out by the core (ReportDocument), not numbered and not registered.
    // The print preview of a report on the A4 printer; printing and saving as PDF from it.
    void previewReport(const ReportDocument& report, QWidget* parent);
    // Without dialogs: on the A4 printer (or the one named), or as a PDF file (atomically).
    Status printReport(const ReportDocument& report, const QString& printerName = {});
    Status saveReportAsPdf(const ReportDocument& report, const QString& fileName);

signals:
    // A copy came out (on paper or as a PDF) and is recorded.
    void copyMade(const QString& documentId, int copyNo, bool duplicate);

private:
    // The sentence of a failed print, and the offer of a PDF. True when the PDF was saved.
    bool offerPdf(const IssuedDocument& document, Paper paper, const Error& error, QWidget* parent);
    QString describe(const IssuedDocument& document) const;

    Services& m_services;
    Config& m_config;
};

} // namespace civicdesk
