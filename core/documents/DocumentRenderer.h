#pragma once

// Fills a document's template from plain data, lays it out for A4 or the 80 mm thermal
// roll, and paints it on any QPagedPaintDevice: the same code makes the PDF (QPdfWriter),
// the print (QPrinter, in ui/printing) and the preview. Works headless (QGuiApplication on
// the offscreen platform).
//
// The layout is done once, at 96 units per inch with design metrics, and scaled to the
// device: the lines break in the same places on paper, in the PDF and on screen. Fonts are
// DejaVu Sans with WenQuanYi Micro Hei for Chinese, so that Chinese prints and the PDF's text
// layer reads back (TOOLCHAIN.md).

#include "DocumentKind.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QPageLayout>
#include <QRectF>
#include <QString>
#include <QVector>

#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace civicdesk {

struct DocumentRequest {
    DocumentKind kind = DocumentKind::AcceptanceReceipt;
    Paper paper = Paper::A4;
    QString language = QStringLiteral("zh_CN");
    // The fields the template reads (see the templates in resources/documents/): plain
    // values, objects and lists. Dates as "yyyy-MM-dd", times as "yyyy-MM-dd HH:mm:ss".
    QJsonObject data;
    // A copy after the first: marked 副本 / DUPLICATE, with when it was printed.
    bool duplicate = false;
    QDateTime printedAt;
};

// Where a QR code or a seal area landed, for checks: page index and rectangle in millimetres
// from the top left corner of the page.
struct PlacedObject {
    QString type; // "qr" or "seal"
    QString payload;
    int page = 0;
    QRectF rectMm;
};

// A document laid out and ready to paint, as often as needed, on any device.
class RenderedDocument {
public:
    RenderedDocument();
    ~RenderedDocument();
    RenderedDocument(RenderedDocument&&) noexcept;
    RenderedDocument& operator=(RenderedDocument&&) noexcept;

    Paper paper() const;
    int pageCount() const;
    // The page as the device should be set up: A4, or 80 mm wide and as long as the content;
    // no device margins (the document keeps its own).
    QPageLayout pageLayout() const;
    QSizeF pageSizeMm() const;
    // The area text may use, in millimetres from the page's top left corner.
    QRectF printableRectMm() const;

    // Sets the device's page layout and paints every page on it.
    Status paint(QPagedPaintDevice& device) const;
    // Paints one page with the page's top left corner at the painter's origin, `scale` device
    // pixels per layout unit (1/96 inch): deviceDpi / 96.
    void paintPage(QPainter& painter, int page, qreal scale) const;
    // One page as a picture with a white background, at dpi dots per inch.
    QImage pageImage(int page, int dpi) const;

    QVector<PlacedObject> placedObjects() const;

private:
    friend class DocumentRenderer;
    struct Impl;
    std::unique_ptr<Impl> d;
};

class DocumentRenderer {
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)
public:
    static Result<RenderedDocument> render(const DocumentRequest& request);
    // Only fills the template: whether the data has everything the document needs. Cheap,
    // and needs no fonts.
    static Status check(const DocumentRequest& request);
    // Renders and writes a PDF through QSaveFile: the file is whole or not there.
    static Status writePdf(const RenderedDocument& document, const QString& fileName,
                           const QString& title = {});
    static Result<QByteArray> pdf(const RenderedDocument& document, const QString& title = {});

    // The texts the renderer itself paints (副本, page numbers, the seal's label) and the
    // labels of codes ({{form|label}}), from resources/documents/<language>/strings.json.
    static QJsonObject strings(const QString& language);
};

} // namespace civicdesk
