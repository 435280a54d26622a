#include "DocumentRenderer.h"

#include "DocumentTemplate.h"
#include "QrCode.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <QTextTable>

#include <cmath>
#include <optional>

namespace civicdesk {

namespace {

// Layout units: 96 per inch, so that "px" in a template's CSS means what it means on the web.
constexpr qreal kUnitsPerInch = 96.0;
constexpr qreal kSealLead = 0.35; // the seal's space above the lines it covers, per diameter

qreal mm(qreal millimetres)
{
    return millimetres * kUnitsPerInch / 25.4;
}

qreal toMm(qreal units)
{
    return units * 25.4 / kUnitsPerInch;
}

// Every document is laid out against this device, whatever it is painted on later.
QPaintDevice* layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        const int dotsPerMeter = qRound(kUnitsPerInch / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

struct PaperGeometry {
    qreal widthMm;
    qreal heightMm; // 0: as long as the content
    QMarginsF marginsMm;
    qreal baseFontPt;
};

PaperGeometry geometry(Paper paper)
{
    if (paper == Paper::A4)
        return {210, 297, QMarginsF(25, 20, 25, 22), 12};
    // 80 mm roll, 72 mm printable; the bottom margin leaves room above the cutter.
    return {80, 0, QMarginsF(4, 4, 4, 10), 9};
}

constexpr qreal kReceiptDuplicateBandMm = 17;

QFont documentFont(qreal pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei")});
    font.setPointSizeF(pointSize);
    font.setHintingPreference(QFont::PreferNoHinting);
    // No shaping for Latin text: no "fi" ligatures, so that the PDF's text layer reads back
    // as typed (and a search for "file" finds it).
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}

void prepare(QTextDocument& doc, const QFont& font)
{
    doc.documentLayout()->setPaintDevice(layoutDevice());
    doc.setUseDesignMetrics(true);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font);
    QTextOption option = doc.defaultTextOption();
    // A long matter name or an unbroken code wraps instead of running off the paper.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
}

QAbstractTextDocumentLayout::PaintContext blackInk(const QRectF& clip)
{
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = clip;
    // Not the desktop's palette: a dark theme must not print grey text.
    ctx.palette.setColor(QPalette::Text, Qt::black);
    return ctx;
}

// A few lines of HTML painted at a place of the page: marks and labels outside the flow.
void paintHtml(QPainter& painter, const QString& html, const QRectF& rect, const QFont& font)
{
    QTextDocument doc;
    prepare(doc, font);
    doc.setHtml(html);
    doc.setTextWidth(rect.width());
    painter.save();
    painter.translate(rect.left(),
                      rect.top() + qMax<qreal>(0, (rect.height() - doc.size().height()) / 2));
    doc.documentLayout()->draw(&painter, blackInk(QRectF(QPointF(0, 0), doc.size())));
    painter.restore();
}

Result<QString> readResource(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorKind::NotFound,
                     DocumentRenderer::tr("The document resource %1 is missing from the program. "
                                          "Nothing was printed; reinstall CivicDesk.")
                         .arg(path),
                     QStringLiteral("cannot open %1").arg(path));
    return QString::fromUtf8(f.readAll());
}

QString cachedResource(const QString& path)
{
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(path);
    if (it != cache.constEnd())
        return it.value();
    auto text = readResource(path);
    const QString value = text ? text.value() : QString();
    cache.insert(path, value);
    return value;
}

const QString kResourceRoot = QStringLiteral(":/civicdesk/documents");
const QString kObjectScheme = QStringLiteral("civicdesk-object:");

// Draws what a template places that is not text: QR codes and seal areas.
class ObjectHandler : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    QVector<TemplateObject> objects;
    QVector<std::optional<QrCode>> codes;
    QString sealLabel;
    QFont font;

    int indexOf(const QTextFormat& format) const
    {
        const QString name = format.toImageFormat().name();
        if (!name.startsWith(kObjectScheme))
            return -1;
        bool ok = false;
        const int i = name.mid(kObjectScheme.size()).toInt(&ok);
        return ok && i >= 0 && i < objects.size() ? i : -1;
    }

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        const int i = indexOf(format);
        if (i < 0)
            return {};
        const TemplateObject& o = objects.at(i);
        if (o.type == TemplateObject::Type::QrCode)
            return {mm(o.sizeMm), mm(o.sizeMm)};
        return {mm(o.sizeMm), mm(o.sizeMm * kSealLead)};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override
    {
        const int i = indexOf(format);
        if (i < 0)
            return;
        const TemplateObject& o = objects.at(i);
        if (o.type == TemplateObject::Type::QrCode) {
            if (codes.at(i))
                codes.at(i)->paint(*painter, rect);
            return;
        }
        // The seal is pressed over the issuing organ's name and the date below this place
        // (居中下压署名和日期): a dashed circle marks where, a faint word says what.
        const qreal radius = mm(o.sizeMm) / 2;
        const QPointF centre(rect.center().x(), rect.top() + radius);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        QPen pen(QColor(150, 150, 150), mm(0.35), Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(centre, radius, radius);
        painter->restore();
        QFont small = font;
        small.setPointSizeF(font.pointSizeF() * 0.7);
        paintHtml(*painter,
                  QStringLiteral("<p align=\"center\" style=\"color: #969696;\">%1</p>")
                      .arg(sealLabel.toHtmlEscaped()),
                  QRectF(centre.x() - radius, rect.top() + mm(2.5), 2 * radius, mm(5)), small);
    }
};

// A seal never parts from the organ's name and the date it covers: a table holding a seal that
// a page break would split starts on the next page instead.
void keepSealTablesWhole(QTextDocument& doc, const ObjectHandler& handler, qreal pageHeight)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int i = handler.indexOf(fragment.charFormat());
            if (i < 0 || handler.objects.at(i).type != TemplateObject::Type::Seal)
                continue;
            QTextCursor cursor(&doc);
            cursor.setPosition(fragment.position());
            QTextTable* table = cursor.currentTable();
            if (!table)
                continue;
            QTextTableFormat format = table->format();
            // The margin below may run into the page's own margin; the seal's circle does too.
            const QRectF r = doc.documentLayout()->frameBoundingRect(table);
            const qreal bottom = r.bottom() - format.bottomMargin() - 1;
            if (int(r.top() / pageHeight) == int(bottom / pageHeight))
                continue;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        }
    }
}

// Where the last line with something on it ends: the space a closing margin asks for must not
// make a page of its own.
qreal contentBottom(QTextDocument& doc)
{
    for (QTextBlock block = doc.lastBlock(); block.isValid(); block = block.previous()) {
        if (!block.text().trimmed().isEmpty())
            return doc.documentLayout()->blockBoundingRect(block).bottom();
    }
    return 0;
}

} // namespace

struct RenderedDocument::Impl {
    DocumentRequest request;
    PaperGeometry paper;
    std::unique_ptr<QTextDocument> doc;
    ObjectHandler* handler = nullptr; // owned by doc
    QJsonObject strings;
    qreal contentWidth = 0;  // layout units
    qreal contentHeight = 0; // per page (A4) or in all (receipt)
    qreal topMm = 0;         // top margin, with the duplicate band on a receipt
    int pages = 1;

    qreal pageHeightMm() const
    {
        if (paper.heightMm > 0)
            return paper.heightMm;
        return std::ceil(topMm + toMm(contentHeight) + paper.marginsMm.bottom());
    }
};

RenderedDocument::RenderedDocument() : d(std::make_unique<Impl>()) {}
RenderedDocument::~RenderedDocument() = default;
RenderedDocument::RenderedDocument(RenderedDocument&&) noexcept = default;
RenderedDocument& RenderedDocument::operator=(RenderedDocument&&) noexcept = default;

Paper RenderedDocument::paper() const
{
    return d->request.paper;
}

int RenderedDocument::pageCount() const
{
    return d->pages;
}

QSizeF RenderedDocument::pageSizeMm() const
{
    return {d->paper.widthMm, d->pageHeightMm()};
}

QRectF RenderedDocument::printableRectMm() const
{
    const QMarginsF& m = d->paper.marginsMm;
    return QRectF(m.left(), m.top(), d->paper.widthMm - m.left() - m.right(),
                  d->pageHeightMm() - m.top() - m.bottom());
}

QPageLayout RenderedDocument::pageLayout() const
{
    const QPageSize size = d->request.paper == Paper::A4
                               ? QPageSize(QPageSize::A4)
                               : QPageSize(pageSizeMm(), QPageSize::Millimeter,
                                           QStringLiteral("Receipt 80 mm"), QPageSize::ExactMatch);
    QPageLayout layout(size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

void RenderedDocument::paintPage(QPainter& painter, int page, qreal scale) const
{
    const QMarginsF& m = d->paper.marginsMm;
    const bool a4 = d->request.paper == Paper::A4;
    painter.save();
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    // The copy mark: in the top margin of an A4 page, in a band of its own above a receipt,
    // where nothing of the document covers it.
    if (d->request.duplicate) {
        const QString when = d->request.printedAt.isValid()
                                 ? d->request.printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                 : QString();
        const QString html =
            QStringLiteral(
                "<p align=\"center\" style=\"font-size: 15pt; font-weight: bold;\">%1</p>"
                "<p align=\"center\" style=\"font-size: 7pt;\">%2</p>")
                .arg(d->strings.value(QLatin1String("duplicate")).toString().toHtmlEscaped(),
                     d->strings.value(QLatin1String("duplicate_note"))
                         .toString()
                         .arg(when)
                         .toHtmlEscaped());
        const QRectF box = a4 ? QRectF(mm(d->paper.widthMm - m.right() - 42), mm(4), mm(42), mm(13))
                              : QRectF(mm(d->paper.widthMm / 2 - 21), mm(m.top()), mm(42), mm(13));
        painter.save();
        painter.setPen(QPen(Qt::black, mm(0.5)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        painter.restore();
        paintHtml(painter, html, box, d->doc->defaultFont());
    }

    painter.save();
    painter.translate(mm(m.left()), mm(d->topMm));
    const qreal pageHeight = a4 ? d->contentHeight : d->contentHeight + 1;
    const QRectF view(0, page * pageHeight, d->contentWidth, pageHeight);
    painter.translate(0, -view.top());
    painter.setClipRect(view);
    d->doc->documentLayout()->draw(&painter, blackInk(view));
    painter.restore();

    if (a4 && d->pages > 1) {
        QFont small = d->doc->defaultFont();
        small.setPointSizeF(9);
        const QString text =
            d->strings.value(QLatin1String("page")).toString().arg(page + 1).arg(d->pages);
        paintHtml(
            painter, QStringLiteral("<p align=\"center\">%1</p>").arg(text.toHtmlEscaped()),
            QRectF(mm(m.left()), mm(d->paper.heightMm - m.bottom() + 6), d->contentWidth, mm(8)),
            small);
    }
    painter.restore();
}

Status RenderedDocument::paint(QPagedPaintDevice& device) const
{
    if (!device.setPageLayout(pageLayout()))
        return Error(ErrorKind::Io,
                     DocumentRenderer::tr("The printer or file did not accept the paper size of "
                                          "the document (%1 × %2 mm). Nothing was printed.")
                         .arg(pageSizeMm().width())
                         .arg(pageSizeMm().height()),
                     QStringLiteral("setPageLayout refused"));
    QPainter painter;
    if (!painter.begin(&device))
        return Error(ErrorKind::Io,
                     DocumentRenderer::tr("The printer or file could not be opened for the "
                                          "document. Nothing was printed."),
                     QStringLiteral("QPainter::begin failed"));
    const qreal scale = device.logicalDpiX() / kUnitsPerInch;
    for (int page = 0; page < d->pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error(ErrorKind::Io,
                         DocumentRenderer::tr("The printer stopped after page %1 of %2.")
                             .arg(page)
                             .arg(d->pages),
                         QStringLiteral("newPage failed"));
        }
        paintPage(painter, page, scale);
    }
    if (!painter.end())
        return Error(ErrorKind::Io,
                     DocumentRenderer::tr("The printer or file did not take the whole document."),
                     QStringLiteral("QPainter::end failed"));
    return {};
}

QImage RenderedDocument::pageImage(int page, int dpi) const
{
    const QSizeF sizeMm = pageSizeMm();
    QImage image(qRound(sizeMm.width() / 25.4 * dpi), qRound(sizeMm.height() / 25.4 * dpi),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(painter, page, dpi / kUnitsPerInch);
    painter.end();
    return image;
}

QVector<PlacedObject> RenderedDocument::placedObjects() const
{
    QVector<PlacedObject> placed;
    QAbstractTextDocumentLayout* layout = d->doc->documentLayout();
    for (QTextBlock block = d->doc->begin(); block.isValid(); block = block.next()) {
        QTextLayout* tl = block.layout();
        if (!tl)
            continue;
        const QPointF origin =
            layout->blockBoundingRect(block).topLeft() - tl->boundingRect().topLeft();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int i = d->handler->indexOf(fragment.charFormat());
            if (i < 0)
                continue;
            const int pos = fragment.position() - block.position();
            const QTextLine line = tl->lineForTextPosition(pos);
            if (!line.isValid())
                continue;
            const QSizeF size =
                d->handler->intrinsicSize(d->doc.get(), fragment.position(), fragment.charFormat());
            const QPointF topLeft =
                origin + QPointF(line.cursorToX(pos), line.y() + line.ascent() - size.height());
            const TemplateObject& o = d->handler->objects.at(i);
            PlacedObject p;
            p.type = o.type == TemplateObject::Type::QrCode ? QStringLiteral("qr")
                                                            : QStringLiteral("seal");
            p.payload = o.payload;
            qreal y = topLeft.y();
            if (d->request.paper == Paper::A4) {
                p.page = int(y / d->contentHeight);
                y -= p.page * d->contentHeight;
            }
            p.rectMm = QRectF(d->paper.marginsMm.left() + toMm(topLeft.x()), d->topMm + toMm(y),
                              toMm(size.width()), toMm(size.height()));
            placed << p;
        }
    }
    return placed;
}

QJsonObject DocumentRenderer::strings(const QString& language)
{
    // Parsed once per language: every document issued is checked against its layouts first.
    static QMutex mutex;
    static QHash<QString, QJsonObject> parsed;
    QMutexLocker lock(&mutex);
    auto it = parsed.constFind(language);
    if (it == parsed.constEnd()) {
        const QString text = cachedResource(kResourceRoot + QLatin1Char('/') + language +
                                            QStringLiteral("/strings.json"));
        it = parsed.insert(language, QJsonDocument::fromJson(text.toUtf8()).object());
    }
    return it.value();
}

namespace {

// The template of the request and what it is filled from: the data, and the copy it is for.
struct TemplateInput {
    std::shared_ptr<const DocumentTemplate> tmpl;
    QJsonObject data;
    TemplateEnvironment env;
};

Result<TemplateInput> templateInput(const DocumentRequest& request, const QJsonObject& strings)
{
    if (!DocumentKinds::supports(request.kind, request.paper))
        return Error(ErrorKind::Invalid, DocumentRenderer::tr("A %1 has no layout for %2.")
                                             .arg(DocumentKinds::name(request.kind),
                                                  DocumentKinds::paperName(request.paper)));
    if (!DocumentKinds::languages().contains(request.language))
        return Error(ErrorKind::Invalid,
                     DocumentRenderer::tr("Documents are not written in the language \"%1\".")
                         .arg(request.language));

    const QString folder = kResourceRoot + QLatin1Char('/') + request.language;
    const QString name = DocumentKinds::key(request.kind) + QLatin1Char('.') +
                         DocumentKinds::paperKey(request.paper);
    auto tmpl = DocumentTemplate::load(folder, name);
    if (!tmpl)
        return tmpl.error();

    TemplateInput in;
    in.tmpl = tmpl.take();
    in.data = request.data;
    QJsonObject document = in.data.value(QLatin1String("document")).toObject();
    document.insert(QStringLiteral("duplicate"), request.duplicate);
    in.data.insert(QStringLiteral("document"), document);
    in.env.language = request.language;
    in.env.labels = strings.value(QLatin1String("labels")).toObject();
    return in;
}

// The template of the request filled with its data: the HTML and the objects it places.
Result<TemplateOutput> fillTemplate(const DocumentRequest& request, const QJsonObject& strings)
{
    auto in = templateInput(request, strings);
    if (!in)
        return in.error();
    return in->tmpl->render(in->data, in->env);
}

} // namespace

Status DocumentRenderer::check(const DocumentRequest& request)
{
    auto in = templateInput(request, strings(request.language));
    if (!in)
        return in.error();
    return in->tmpl->check(in->data, in->env);
}

Result<RenderedDocument> DocumentRenderer::render(const DocumentRequest& request)
{
    RenderedDocument rendered;
    RenderedDocument::Impl& d = *rendered.d;
    d.request = request;
    d.paper = geometry(request.paper);
    d.strings = strings(request.language);
    auto output = fillTemplate(request, d.strings);
    if (!output)
        return output.error();

    d.doc = std::make_unique<QTextDocument>();
    d.handler = new ObjectHandler;
    d.handler->setParent(d.doc.get());
    d.handler->objects = output->objects;
    d.handler->sealLabel = d.strings.value(QLatin1String("seal")).toString();
    for (const TemplateObject& o : output->objects) {
        if (o.type != TemplateObject::Type::QrCode) {
            d.handler->codes.push_back(std::nullopt);
            continue;
        }
        auto code = QrCode::encode(o.payload);
        if (!code)
            return code.error();
        d.handler->codes.push_back(code.take());
    }

    const QFont font = documentFont(d.paper.baseFontPt);
    d.handler->font = font;
    prepare(*d.doc, font);
    d.doc->documentLayout()->registerHandler(QTextFormat::ImageObject, d.handler);
    d.doc->setDefaultStyleSheet(cachedResource(kResourceRoot + QLatin1Char('/') +
                                               DocumentKinds::paperKey(request.paper) +
                                               QStringLiteral(".css")));
    d.doc->setHtml(output->html);

    const QMarginsF& m = d.paper.marginsMm;
    d.contentWidth = mm(d.paper.widthMm - m.left() - m.right());
    d.topMm = m.top();
    if (request.paper == Paper::A4) {
        d.contentHeight = mm(d.paper.heightMm - m.top() - m.bottom());
        d.doc->setPageSize(QSizeF(d.contentWidth, d.contentHeight));
        keepSealTablesWhole(*d.doc, *d.handler, d.contentHeight);
        d.pages = qMax(1, int(std::ceil(contentBottom(*d.doc) / d.contentHeight)));
    } else {
        d.doc->setTextWidth(d.contentWidth);
        d.contentHeight = d.doc->size().height();
        if (request.duplicate)
            d.topMm += kReceiptDuplicateBandMm;
        d.pages = 1;
    }
    return rendered;
}

namespace {

Status paintPdf(QIODevice& out, const RenderedDocument& document, const QString& title)
{
    QPdfWriter writer(&out);
    writer.setCreator(QStringLiteral("CivicDesk"));
    writer.setTitle(title);
    return document.paint(writer);
}

} // namespace

Result<QByteArray> DocumentRenderer::pdf(const RenderedDocument& document, const QString& title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CIVICDESK_TRY(paintPdf(buffer, document, title));
    return bytes;
}

Status DocumentRenderer::writePdf(const RenderedDocument& document, const QString& fileName,
                                  const QString& title)
{
    QSaveFile file(fileName);
    auto failed = [&](const QString& why) {
        return Error(ErrorKind::Io,
                     tr("The PDF could not be saved as %1: %2. The document itself is kept in "
                        "CivicDesk; choose another folder and save it again.")
                         .arg(fileName, why),
                     QStringLiteral("writing %1: %2").arg(fileName, why));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    Status s = paintPdf(file, document, title);
    if (!s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace civicdesk

#include "DocumentRenderer.moc"
