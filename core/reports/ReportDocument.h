#pragma once

// A report laid out on A4 pages for the PDF and the printer: the header (center, title,
// period, filters), the charts (painted as vectors) and every table, with its header row
// repeated on each page it runs over, and "page n of m" at the foot. Laid out once at 96 units
// per inch and scaled to any device, like the documents (DocumentRenderer.h): the PDF, the
// preview and the paper break their pages in the same places. Works headless.

#include "ReportTypes.h"
#include "Result.h"

#include <QCoreApplication>
#include <QPageLayout>

#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace civicdesk {

class ReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    explicit ReportDocument(const Report& report);
    ~ReportDocument();
    ReportDocument(ReportDocument&&) noexcept;
    ReportDocument& operator=(ReportDocument&&) noexcept;

    QString title() const;
    int pageCount() const;
    // A4 portrait, no device margins (the document keeps its own).
    QPageLayout pageLayout() const;
    // Sets the device's page layout and paints every page.
    Status paint(QPagedPaintDevice& device) const;
    // One page with its top left corner at the painter's origin; scale: device dpi / 96.
    void paintPage(QPainter& painter, int page, qreal scale) const;

    Result<QByteArray> pdf() const;
    Status writePdf(const QString& fileName) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace civicdesk
