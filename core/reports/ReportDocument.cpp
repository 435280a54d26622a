#include "ReportDocument.h"

#include "ReportBuilder.h"
#include "ReportChartPainter.h"
#include "ReportExport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

namespace civicdesk {

namespace {

constexpr qreal kUnitsPerMm = 96.0 / 25.4;
constexpr qreal kMarginMm = 15;
constexpr qreal kFooterMm = 8;
constexpr int kChartObject = QTextFormat::UserObject + 11;
constexpr int kChartIndex = QTextFormat::UserProperty + 11;

const QSizeF kA4Mm(210, 297);

QPaintDevice* layoutDevice()
{
    // 96 dots per inch: the units the document is laid out in.
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(96 / 0.0254));
        image.setDotsPerMeterY(qRound(96 / 0.0254));
        return image;
    }();
    return &device;
}

// For text that the document lays out (at 96 units per inch).
QFont reportFont(qreal pointSize)
{
    QFont font;
    // As the documents: WenQuanYi for Chinese so that it prints and the PDF's text reads back.
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei")});
    font.setPointSizeF(pointSize);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}

// For text painted directly: sized in layout units, so that it scales with the painter to any
// device like the laid-out text does (a point size would be resolved against the device).
QFont paintFont(qreal pointSize)
{
    QFont font = reportFont(pointSize);
    font.setPixelSize(qRound(pointSize * 96.0 / 72.0));
    return font;
}

class ChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    ChartObject(const QVector<ReportChart>& charts, QFont font, QSizeF size)
        : m_charts(charts), m_font(std::move(font)), m_size(size)
    {}
    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat&) override { return m_size; }
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override
    {
        const int index = format.property(kChartIndex).toInt();
        if (index >= 0 && index < m_charts.size())
            ReportChartPainter::paint(*painter, rect.adjusted(0, 6, 0, -6), m_charts.at(index),
                                      m_font);
    }

private:
    QVector<ReportChart> m_charts;
    QFont m_font;
    QSizeF m_size;
};

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString tableHtml(const ReportTable& t)
{
    QString html =
        QStringLiteral(
            "<h3 style=\"margin-top: 10px; margin-bottom: 4px; font-size: 11pt;\">%1</h3>")
            .arg(esc(t.title));
    html +=
        QStringLiteral("<table border=\"0.5\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
                       "style=\"border-color: #999999; border-style: solid; border-collapse: "
                       "collapse; font-size: 8pt;\">");
    html += QStringLiteral("<thead><tr>");
    for (int c = 0; c < t.headers.size(); ++c)
        html += QStringLiteral("<th bgcolor=\"#dce6f0\" align=\"%1\">%2</th>")
                    .arg(c == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                         esc(t.headers.at(c)));
    html += QStringLiteral("</tr></thead><tbody>");
    for (const auto& row : t.rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c) {
            const ReportCell& cell = row.at(c);
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(cell.kind == CellKind::Text ? QStringLiteral("left")
                                                         : QStringLiteral("right"),
                             esc(ReportExport::cellText(cell)));
        }
        html += QStringLiteral("</tr>");
    }
    if (t.rows.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>")
                    .arg(t.headers.size())
                    .arg(esc(ReportDocument::tr("Nothing in this period.")));
    html += QStringLiteral("</tbody></table>");
    if (!t.note.isEmpty())
        html +=
            QStringLiteral("<p style=\"font-size: 7pt; color: #444444; margin-top: 2px;\">%1</p>")
                .arg(esc(t.note));
    return html;
}

// The figures a director reads first, as tiles above the tables: a large number, its label.
QString keyFiguresHtml(const Report& report)
{
    namespace K = ReportKeys;
    auto minutes = [&](const QString& key) {
        const auto v = report.figure(key);
        return ReportCell::number(CellKind::Minutes,
                                  v ? std::optional<double>(*v / 60) : std::nullopt);
    };
    auto count = [&](const QString& key) {
        return ReportCell::count(qint64(report.figure(key).value_or(0)));
    };
    auto share = [&](const QString& key) {
        return ReportCell::number(CellKind::Percent, report.figure(key));
    };
    struct Tile {
        QString label;
        ReportCell cell;
        bool alarm = false;
    };
    const qint64 red = qint64(report.figure(K::CasesRed).value_or(0));
    const QVector<Tile> tiles = {
        {ReportDocument::tr("Queue numbers issued"), count(K::TicketsIssued)},
        {ReportDocument::tr("Served"), count(K::TicketsServed)},
        {ReportDocument::tr("Mean wait, minutes"), minutes(K::WaitMean)},
        {ReportDocument::tr("90 % waited at most, minutes"), minutes(K::WaitP90)},
        {ReportDocument::tr("Applications received"), count(K::CasesReceived)},
        {ReportDocument::tr("Cases completed"), count(K::CasesCompleted)},
        {ReportDocument::tr("Completed within the promised limit"), share(K::OnTimePromisedRate)},
        {ReportDocument::tr("Overdue now (red)"), count(K::CasesRed), red > 0},
        {ReportDocument::tr("Satisfaction rate"), share(K::SatisfactionRate)},
        {ReportDocument::tr("Poor ratings"), count(K::RatingsPoor)},
    };
    constexpr int kColumns = 5;
    QString html = QStringLiteral("<table cellspacing=\"3\" cellpadding=\"4\" width=\"100%\">");
    for (int i = 0; i < tiles.size(); ++i) {
        if (i % kColumns == 0)
            html += QStringLiteral("<tr>");
        const Tile& t = tiles.at(i);
        html += QStringLiteral(
                    "<td width=\"20%\" bgcolor=\"#eef3f8\" align=\"center\">"
                    "<span style=\"font-size: 15pt; font-weight: bold; color: %1;\">%2</span><br/>"
                    "<span style=\"font-size: 7.5pt; color: #333333;\">%3</span></td>")
                    .arg(t.alarm ? QStringLiteral("#b3261e") : QStringLiteral("#1f3f60"),
                         esc(ReportExport::cellText(t.cell)), esc(t.label));
        if (i % kColumns == kColumns - 1)
            html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

// A short table that runs over a page break starts on the next page instead: a reader should
// not turn the page for its last two rows. Long tables break and repeat their header row.
void keepShortTablesTogether(QTextDocument& doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    const QList<QTextFrame*> frames = doc.rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        // The table's title is the text block just before it.
        QTextBlock title = table->firstCursorPosition().block().previous();
        while (title.isValid() && title.text().isEmpty())
            title = title.previous();
        if (!title.isValid())
            continue;
        const QRectF r = layout->frameBoundingRect(table);
        auto page = [&](qreal y) { return int(y / pageHeight); };
        const bool split = page(r.top()) != page(r.bottom() - 1) && r.height() < pageHeight / 3;
        // The layout moves a table whose header and first row do not fit: its title goes along.
        const bool orphan = page(layout->blockBoundingRect(title).top()) != page(r.top() + 1);
        if (!split && !orphan)
            continue;
        QTextCursor c(title);
        QTextBlockFormat f = title.blockFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        c.setBlockFormat(f);
    }
}

} // namespace

struct ReportDocument::Impl {
    QString title;
    QString footer;
    QTextDocument doc;
    std::unique_ptr<ChartObject> charts;
    QSizeF page;    // A4 in layout units
    QRectF content; // the text area in layout units
};

ReportDocument::ReportDocument(const Report& report) : d(std::make_unique<Impl>())
{
    d->title = report.title;
    d->footer = tr("%1 · %2 · made %3")
                    .arg(report.centerName, report.title,
                         report.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    d->page = kA4Mm * kUnitsPerMm;
    const qreal margin = kMarginMm * kUnitsPerMm;
    d->content = QRectF(margin, margin, d->page.width() - 2 * margin,
                        d->page.height() - 2 * margin - kFooterMm * kUnitsPerMm);

    QTextDocument& doc = d->doc;
    doc.documentLayout()->setPaintDevice(layoutDevice());
    doc.setUseDesignMetrics(true);
    doc.setDocumentMargin(0);
    const QFont font = reportFont(9);
    doc.setDefaultFont(font);
    doc.setPageSize(d->content.size());
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    d->charts = std::make_unique<ChartObject>(report.charts, paintFont(8),
                                              QSizeF(d->content.width(), 62 * kUnitsPerMm));
    doc.documentLayout()->registerHandler(kChartObject, d->charts.get());

    QTextCursor cursor(&doc);
    QString head =
        QStringLiteral("<p style=\"font-size: 9pt; color: #444444;\">%1</p>"
                       "<h1 style=\"font-size: 17pt; margin-top: 2px; margin-bottom: 2px;\">%2</h1>"
                       "<p style=\"font-size: 10pt;\">%3</p>")
            .arg(esc(report.centerName), esc(report.title), esc(report.periodText));
    if (!report.filterText.isEmpty())
        head += QStringLiteral("<p style=\"font-size: 9pt;\"><b>%1</b></p>")
                    .arg(esc(report.filterText));
    cursor.insertHtml(head);
    cursor.insertBlock();
    cursor.insertHtml(keyFiguresHtml(report));

    auto insertChart = [&](const QString& key) {
        for (int i = 0; i < report.charts.size(); ++i) {
            if (report.charts.at(i).key != key)
                continue;
            cursor.insertBlock();
            QTextCharFormat f;
            f.setObjectType(kChartObject);
            f.setProperty(kChartIndex, i);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
        }
    };
    auto insertTable = [&](const QString& key) {
        if (const ReportTable* t = report.table(key)) {
            cursor.insertBlock();
            cursor.insertHtml(tableHtml(*t));
        }
    };
    // Queue, then cases, then ratings: each chart above the tables it sums up.
    insertTable(QStringLiteral("queue_summary"));
    insertChart(QStringLiteral("arrivals_by_hour"));
    insertTable(QStringLiteral("queue_by_hour"));
    insertTable(QStringLiteral("queue_by_category"));
    insertChart(QStringLiteral("served_by_window"));
    insertTable(QStringLiteral("queue_by_window"));
    insertTable(QStringLiteral("queue_by_staff"));
    insertTable(QStringLiteral("cases_summary"));
    insertChart(QStringLiteral("cases_by_department_light"));
    insertTable(QStringLiteral("cases_by_department"));
    insertTable(QStringLiteral("cases_by_matter"));
    insertTable(QStringLiteral("ratings"));
    insertTable(QStringLiteral("by_day"));
    // Signed before it goes up: who made it, who checked it.
    cursor.insertBlock();
    cursor.insertHtml(
        QStringLiteral("<p style=\"font-size: 9pt; margin-top: 18px;\">%1</p>")
            .arg(esc(tr("Prepared by: ____________      Checked by: ____________      "
                        "Date: ____________"))));

    // Tables repeat their header row on every page they run over.
    for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            QTextTableFormat f = table->format();
            f.setHeaderRowCount(1);
            table->setFormat(f);
        }
    }
    keepShortTablesTogether(doc, d->content.height());
}

ReportDocument::~ReportDocument() = default;
ReportDocument::ReportDocument(ReportDocument&&) noexcept = default;
ReportDocument& ReportDocument::operator=(ReportDocument&&) noexcept = default;

QString ReportDocument::title() const
{
    return d->title;
}

int ReportDocument::pageCount() const
{
    return d->doc.pageCount();
}

QPageLayout ReportDocument::pageLayout() const
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

void ReportDocument::paintPage(QPainter& painter, int page, qreal scale) const
{
    painter.save();
    painter.scale(scale, scale);
    const QRectF& content = d->content;
    painter.save();
    painter.translate(content.left(), content.top() - page * content.height());
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = QRectF(0, page * content.height(), content.width(), content.height());
    ctx.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(ctx.clip);
    d->doc.documentLayout()->draw(&painter, ctx);
    painter.restore();

    painter.setFont(paintFont(7));
    painter.setPen(QColor("#555555"));
    const QRectF foot(content.left(), content.bottom() + 3 * kUnitsPerMm, content.width(),
                      (kFooterMm - 2) * kUnitsPerMm);
    painter.drawLine(QPointF(foot.left(), foot.top()), QPointF(foot.right(), foot.top()));
    painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, d->footer);
    painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                     tr("page %1 of %2").arg(page + 1).arg(pageCount()));
    painter.restore();
}

Status ReportDocument::paint(QPagedPaintDevice& device) const
{
    device.setPageLayout(pageLayout());
    QPainter painter;
    if (!painter.begin(&device))
        return Error(ErrorKind::Io, tr("The report could not be painted on this device."),
                     QStringLiteral("QPainter::begin failed"));
    const qreal scale = device.logicalDpiX() / 96.0;
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error(ErrorKind::Io, tr("The report could not be painted on this device."),
                         QStringLiteral("newPage failed"));
        }
        paintPage(painter, page, scale);
    }
    painter.end();
    return {};
}

Result<QByteArray> ReportDocument::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("CivicDesk"));
        writer.setTitle(d->title);
        writer.setResolution(300);
        CIVICDESK_TRY(paint(writer));
    }
    return bytes;
}

Status ReportDocument::writePdf(const QString& fileName) const
{
    auto bytes = pdf();
    if (!bytes)
        return bytes.error();
    return ReportExport::saveFile(fileName, bytes.value());
}

} // namespace civicdesk

#include "ReportDocument.moc"
