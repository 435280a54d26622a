// The report as files: CSV with a byte order mark, an XLSX workbook read back with unzip, the
// PDF read back with pdftotext, and the headless command a scheduled task runs at night.

#include "ReportFixture.h"

#include "reports/ReportBuilder.h"
#include "reports/ReportDocument.h"
#include "reports/ReportExport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

void seedSmallDay(ReportFixture& f)
{
    const QString done = QStringLiteral("done");
    const QString s1 = f.clerk1.staffId();
    f.roster(QStringLiteral("2026-11-20"), QStringLiteral("morning"), f.win1, s1);
    for (int i = 1; i <= 8; ++i) {
        const QString number = QStringLiteral("A%1").arg(i, 3, 10, QLatin1Char('0'));
        const QString issued = QStringLiteral("09:%1:00").arg(i * 5, 2, 10, QLatin1Char('0'));
        const QString called = QStringLiteral("09:%1:30").arg(i * 5 + 2, 2, 10, QLatin1Char('0'));
        const QString finished = QStringLiteral("09:%1:30").arg(i * 5 + 4, 2, 10, QLatin1Char('0'));
        f.ticket({number, f.catA, done, issued, called, called, finished, f.win1, s1});
    }
    CaseSpec c{QStringLiteral("ZX012026112000001"), f.matterGA,
               QStringLiteral("accepted"),          QStringLiteral("2026-11-20 09:30:00.000"),
               QStringLiteral("2026-11-20"),        QStringLiteral("2026-11-27"),
               QStringLiteral("2026-12-18")};
    f.caseRow(c);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString run(const QString& program, const QStringList& args)
{
    const ProcessResult r = runProcess(program, args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

} // namespace

TEST_CASE("The CSV export starts with a byte order mark and carries every table", "[sqlite]")
{
    ReportFixture f;
    seedSmallDay(f);
    const Report r = f.run(ReportRequest::daily(QDate(2026, 11, 20)));
    const QString file = QDir(f.testDb().dir()).filePath(QStringLiteral("daily.csv"));
    REQUIRE(ReportExport::writeCsv(r, file).isOk());
    const QByteArray bytes = readAll(file);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines.at(0) == QStringLiteral("Daily report 2026-11-20"));
    CHECK(lines.contains(QStringLiteral("Figure,Value")));
    CHECK(lines.contains(QStringLiteral("Tickets issued (visits),8")));
    CHECK(lines.contains(QStringLiteral("Queue"))); // a table's title line
    CHECK(lines.contains(QStringLiteral("\"Waiting time, mean (min)\",2.5")));
    CHECK(lines.contains(
        QStringLiteral("Window,Served,Mean service (min),Busy (min),Rostered (min),Idle share")));
    CHECK(lines.contains(QStringLiteral("1 综合窗口 1,8,2.0,16.0,210.0,92.4%")));
}

TEST_CASE("The XLSX export is a workbook with one sheet per table and numbers as numbers",
          "[sqlite]")
{
    ReportFixture f;
    seedSmallDay(f);
    const Report r = f.run(ReportRequest::daily(QDate(2026, 11, 20)));
    const QString file = QDir(f.testDb().dir()).filePath(QStringLiteral("daily.xlsx"));
    REQUIRE(ReportExport::writeXlsx(r, file).isOk());
    CHECK(readAll(file).startsWith("PK"));
    const QString listing = run(QStringLiteral("unzip"), {QStringLiteral("-l"), file});
    CHECK(listing.contains(QStringLiteral("xl/workbook.xml")));
    const QString workbook = run(QStringLiteral("unzip"),
                                 {QStringLiteral("-p"), file, QStringLiteral("xl/workbook.xml")});
    QStringList sheets;
    const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]+)\""));
    for (auto it = sheet.globalMatch(workbook); it.hasNext();)
        sheets << it.next().captured(1);
    CHECK(sheets.size() == r.tables.size());
    CHECK(sheets.mid(0, 3) == QStringList{QStringLiteral("Queue"),
                                          QStringLiteral("Arrivals and served by hour"),
                                          QStringLiteral("Queue by ticket category")});
    const QString first =
        run(QStringLiteral("unzip"),
            {QStringLiteral("-p"), file, QStringLiteral("xl/worksheets/sheet1.xml")});
    // Row 5 is "Tickets issued": B5 holds the number 8, not a text.
    const QRegularExpression issued(QStringLiteral("<c r=\"B5\"([^>]*)><v>8</v></c>"));
    const auto match = issued.match(first);
    REQUIRE(match.hasMatch());
    CHECK_FALSE(match.captured(1).contains(QStringLiteral("t=\"s\"")));
    // The waiting time is a number of minutes too (2.5).
    CHECK(first.contains(QRegularExpression(QStringLiteral("<c r=\"B11\"[^>]*><v>2.5</v></c>"))));
    const QString strings = run(QStringLiteral("unzip"), {QStringLiteral("-p"), file,
                                                          QStringLiteral("xl/sharedStrings.xml")});
    CHECK(strings.contains(QStringLiteral("综合窗口 1")));
}

TEST_CASE("The PDF of the daily report reads back with its figures and charts' titles", "[sqlite]")
{
    ReportFixture f;
    seedSmallDay(f);
    const Report r = f.run(ReportRequest::daily(QDate(2026, 11, 20)));
    const QString file = QDir(f.testDb().dir()).filePath(QStringLiteral("daily.pdf"));
    const ReportDocument document(r);
    CHECK(document.pageCount() >= 2);
    REQUIRE(document.writePdf(file).isOk());
    const QString text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("Daily report 2026-11-20")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("Tickets issued \\(visits\\)\\s+8"))));
    CHECK(text.contains(QStringLiteral("Arrivals and served by hour")));
    CHECK(text.contains(QStringLiteral("Cases under way by department and light")));
    CHECK(text.contains(QStringLiteral("综合窗口 1")));
    CHECK(text.contains(QStringLiteral("Public Security Bureau")));
    CHECK(text.contains(QStringLiteral("page 1 of %1").arg(document.pageCount())));

    // The first page opens with the key figures, before any table: visits issued, then served.
    const QString first =
        run(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
             QStringLiteral("-layout"), file, QStringLiteral("-")});
    const int tiles = first.indexOf(QStringLiteral("Queue numbers issued"));
    CHECK(tiles > 0);
    CHECK(tiles < first.indexOf(QStringLiteral("Tickets issued (visits)")));
    CHECK(first.contains(
        QRegularExpression(QStringLiteral("\\b%1\\s+%2\\b")
                               .arg(r.figure(ReportKeys::TicketsIssued).value_or(-1))
                               .arg(r.figure(ReportKeys::TicketsServed).value_or(-1)))));
    CHECK(first.contains(QStringLiteral("Satisfaction rate")));
    // Signed off at the end.
    CHECK(text.contains(QStringLiteral("Checked by:")));
}

TEST_CASE("A failed export leaves the file that was there untouched", "[sqlite]")
{
    ReportFixture f;
    const Report r = f.run(ReportRequest::daily(QDate(2026, 11, 20)));
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no such folder/daily.csv"));
    Status s = ReportExport::writeCsv(r, missing);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral("could not be saved")));
    CHECK_FALSE(QFile::exists(missing));
    const QString existing = dir.filePath(QStringLiteral("daily.xlsx"));
    REQUIRE(ReportExport::writeXlsx(r, existing).isOk());
    const QByteArray before = readAll(existing);
    REQUIRE(ReportExport::writeXlsx(r, existing).isOk());
    CHECK(readAll(existing).size() == before.size());
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("daily.xlsx")});
}

TEST_CASE("civicdesk report daily and monthly write PDF, CSV and Excel for a scheduled task",
          "[sqlite]")
{
    ReportFixture f;
    seedSmallDay(f);
    QTemporaryDir dir;
    for (const QString& name :
         {QStringLiteral("daily.pdf"), QStringLiteral("daily.csv"), QStringLiteral("daily.xlsx")}) {
        const QString out = dir.filePath(name);
        const ProcessResult r = runCivicDesk(
            f.testDb().cliArgs() +
            QStringList{QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                        QStringLiteral("2026-11-20"), QStringLiteral("--out"), out});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("Daily report 2026-11-20")));
        CHECK(QFileInfo(out).size() > 100);
    }
    const QString monthly = dir.filePath(QStringLiteral("monthly.csv"));
    const ProcessResult m = runCivicDesk(
        f.testDb().cliArgs() + QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                           QStringLiteral("report"), QStringLiteral("monthly"),
                                           QStringLiteral("--month"), QStringLiteral("2026-11"),
                                           QStringLiteral("--window"), QStringLiteral("1"),
                                           QStringLiteral("--out"), monthly});
    INFO(m.err.toStdString());
    REQUIRE(m.exitCode == 0);
    const QByteArray bytes = readAll(monthly);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.startsWith(QStringLiteral("月报 2026-11")));
    CHECK(text.contains(QStringLiteral("窗口：1 综合窗口 1")));
    CHECK(text.contains(QStringLiteral("2026-11-20,")));

    const ProcessResult wrong =
        runCivicDesk(f.testDb().cliArgs() +
                     QStringList{QStringLiteral("report"), QStringLiteral("daily"),
                                 QStringLiteral("--out"), dir.filePath(QStringLiteral("r.txt"))});
    CHECK(wrong.exitCode == 64);
    CHECK(wrong.err.contains(QStringLiteral(".xlsx")));
    const ProcessResult noWindow =
        runCivicDesk(f.testDb().cliArgs() +
                     QStringList{QStringLiteral("report"), QStringLiteral("daily"),
                                 QStringLiteral("--window"), QStringLiteral("99"),
                                 QStringLiteral("--out"), dir.filePath(QStringLiteral("r.csv"))});
    CHECK(noWindow.exitCode == 1);
    CHECK(noWindow.err.contains(QStringLiteral("99")));
}
