#include "ReportExport.h"

#include "Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace civicdesk {

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void csvLine(QByteArray& out, const QStringList& fields)
{
    QStringList escaped;
    for (const QString& f : fields)
        escaped << csvField(f);
    out += escaped.join(QLatin1Char(',')).toUtf8();
    out += "\r\n";
}

// The value written to CSV: like the screen, but with a plain "." decimal point and no
// thousands separators, so that every spreadsheet reads it as a number.
QString csvValue(const ReportCell& cell)
{
    if (cell.isNull())
        return {};
    switch (cell.kind) {
    case CellKind::Text:
        return cell.value.toString();
    case CellKind::Count:
        return QString::number(cell.value.toLongLong());
    case CellKind::Minutes:
    case CellKind::Days:
        return QString::number(cell.value.toDouble(), 'f', 1);
    case CellKind::Percent:
        return QString::number(cell.value.toDouble() * 100, 'f', 1) + QLatin1Char('%');
    }
    return {};
}

QByteArray withBom(const QByteArray& body)
{
    return QByteArray("\xEF\xBB\xBF") + body;
}

// An Excel sheet name: at most 31 characters, none of []:*?/\, unique in the workbook.
QString sheetName(const QString& title, QSet<QString>& used)
{
    QString name = title;
    for (QChar c : {QLatin1Char('['), QLatin1Char(']'), QLatin1Char(':'), QLatin1Char('*'),
                    QLatin1Char('?'), QLatin1Char('/'), QLatin1Char('\\')})
        name.replace(c, QLatin1Char(' '));
    name = name.simplified().left(31);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString candidate = name;
    for (int i = 2; used.contains(candidate.toLower()); ++i) {
        const QString suffix = QStringLiteral(" (%1)").arg(i);
        candidate = name.left(31 - suffix.size()) + suffix;
    }
    used.insert(candidate.toLower());
    return candidate;
}

} // namespace

std::optional<ReportFormat> ReportExport::formatFor(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (suffix == QLatin1String("xlsx"))
        return ReportFormat::Xlsx;
    return std::nullopt;
}

QString ReportExport::cellText(const ReportCell& cell)
{
    if (cell.isNull())
        return QStringLiteral("—");
    const QLocale locale;
    switch (cell.kind) {
    case CellKind::Text:
        return cell.value.toString();
    case CellKind::Count:
        return locale.toString(cell.value.toLongLong());
    case CellKind::Minutes:
    case CellKind::Days:
        return locale.toString(cell.value.toDouble(), 'f', 1);
    case CellKind::Percent:
        return locale.toString(cell.value.toDouble() * 100, 'f', 1) + QLatin1Char('%');
    }
    return {};
}

Status ReportExport::saveFile(const QString& fileName, const QByteArray& bytes)
{
    QSaveFile file(fileName);
    auto failed = [&](const QString& why) {
        return Error(ErrorKind::Io,
                     tr("The report could not be saved as %1: %2. Nothing was written there; "
                        "choose another folder or file name and save it again.")
                         .arg(QDir::toNativeSeparators(fileName), why),
                     QStringLiteral("writing %1: %2").arg(fileName, why));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failed(why);
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

QByteArray ReportExport::csv(const Report& report)
{
    QByteArray out;
    csvLine(out, {report.title});
    csvLine(out, {report.centerName, report.periodText});
    if (!report.filterText.isEmpty())
        csvLine(out, {report.filterText});
    csvLine(
        out,
        {tr("Made on %1").arg(report.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))});
    for (const ReportTable& t : report.tables) {
        out += "\r\n";
        csvLine(out, {t.title});
        csvLine(out, t.headers);
        for (const auto& row : t.rows) {
            QStringList fields;
            for (const ReportCell& c : row)
                fields << csvValue(c);
            csvLine(out, fields);
        }
    }
    return withBom(out);
}

Status ReportExport::writeCsv(const Report& report, const QString& fileName)
{
    return saveFile(fileName, csv(report));
}

Status ReportExport::writeCsv(const DrillList& list, const QString& fileName)
{
    QByteArray out;
    csvLine(out, list.headers);
    for (const QStringList& row : list.rows)
        csvLine(out, row);
    return saveFile(fileName, withBom(out));
}

Status ReportExport::writeXlsx(const Report& report, const QString& fileName)
{
    // libxlsxwriter writes to a path of its own: a scratch file first, then the bytes go to
    // the destination through QSaveFile, so that a half-written workbook never replaces one.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error(ErrorKind::Io,
                     tr("The workbook could not be prepared: no temporary folder could be made. "
                        "Nothing was written."),
                     scratch.errorString());
    const QByteArray path = scratch.filePath(QStringLiteral("report.xlsx")).toLocal8Bit();
    lxw_workbook* workbook = workbook_new(path.constData());
    if (!workbook)
        return Error(ErrorKind::Io, tr("The workbook could not be prepared. Nothing was written."),
                     QStringLiteral("workbook_new failed"));
    lxw_format* title = workbook_add_format(workbook);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xDCE6F0);
    format_set_text_wrap(header);
    lxw_format* count = workbook_add_format(workbook);
    format_set_num_format(count, "#,##0");
    lxw_format* decimal = workbook_add_format(workbook);
    format_set_num_format(decimal, "0.0");
    lxw_format* percent = workbook_add_format(workbook);
    format_set_num_format(percent, "0.0%");

    QSet<QString> used;
    for (const ReportTable& t : report.tables) {
        const QByteArray name = sheetName(t.title, used).toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.constData());
        if (!sheet)
            continue;
        worksheet_write_string(sheet, 0, 0, report.title.toUtf8().constData(), title);
        const QString subtitle =
            QStringList{report.centerName, report.periodText, report.filterText}
                .filter(QRegularExpression(QStringLiteral("\\S")))
                .join(QStringLiteral(" · "));
        worksheet_write_string(sheet, 1, 0, subtitle.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, 2, 0, t.title.toUtf8().constData(), header);
        const lxw_row_t headerRow = 3;
        for (int c = 0; c < t.headers.size(); ++c)
            worksheet_write_string(sheet, headerRow, lxw_col_t(c),
                                   t.headers.at(c).toUtf8().constData(), header);
        lxw_row_t row = headerRow + 1;
        for (const auto& cells : t.rows) {
            for (int c = 0; c < cells.size(); ++c) {
                const ReportCell& cell = cells.at(c);
                if (cell.isNull())
                    continue;
                const lxw_col_t col = lxw_col_t(c);
                switch (cell.kind) {
                case CellKind::Text:
                    worksheet_write_string(sheet, row, col,
                                           cell.value.toString().toUtf8().constData(), nullptr);
                    break;
                case CellKind::Count:
                    worksheet_write_number(sheet, row, col, cell.value.toDouble(), count);
                    break;
                case CellKind::Minutes:
                case CellKind::Days:
                    worksheet_write_number(sheet, row, col, cell.value.toDouble(), decimal);
                    break;
                case CellKind::Percent:
                    worksheet_write_number(sheet, row, col, cell.value.toDouble(), percent);
                    break;
                }
            }
            ++row;
        }
        if (!t.note.isEmpty())
            worksheet_write_string(sheet, row + 1, 0, t.note.toUtf8().constData(), nullptr);
        worksheet_set_column(sheet, 0, 0, 34, nullptr);
        if (t.headers.size() > 1)
            worksheet_set_column(sheet, 1, lxw_col_t(t.headers.size() - 1), 14, nullptr);
        worksheet_freeze_panes(sheet, headerRow + 1, 1);
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return Error(
            ErrorKind::Io,
            tr("The workbook could not be written: %1. Nothing was saved.")
                .arg(QString::fromUtf8(lxw_strerror(error))),
            QStringLiteral("workbook_close: %1").arg(QString::fromUtf8(lxw_strerror(error))));
    QFile built(QString::fromLocal8Bit(path));
    if (!built.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, tr("The workbook could not be read back. Nothing was saved."),
                     built.errorString());
    return saveFile(fileName, built.readAll());
}

} // namespace civicdesk
