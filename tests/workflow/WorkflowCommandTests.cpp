// The headless commands of the workflow, run as the real program: print a case's documents
// again (or as a PDF), the supervision summary, the public list of approvals.

#include "WorkflowFixture.h"

#include "../documents/DocumentFixtures.h"

#include "workflow/CaseRepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace civicdesk;
using namespace civicdesk::test;

TEST_CASE("civicdesk print makes another copy of a case's decision, notice or receipt", "[db]")
{
    WorkflowFixture f;
    const QString id = f.accept(QStringLiteral("GA-003"), QStringLiteral("李四")); // birth registration
    REQUIRE(f.service(QStringLiteral("approver.ga")).approveStep(f.openStep(id, QStringLiteral("approver.ga"))).isOk());
    const QString number = CaseRepository(f.db()).byId(id)->number;
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("decision.pdf"));

    ProcessResult r = runCivicDesk(f.t.cliArgs() + QStringList{QStringLiteral("print"), number,
                                                               QStringLiteral("--document"),
                                                               QStringLiteral("decision"),
                                                               QStringLiteral("--pdf"), first});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Saved copy 1 of")));
    const QString text = foldWhitespace(pdfText(first));
    CHECK(text.contains(QStringLiteral("Decision to Grant the Licence")));
    CHECK(text.contains(number));
    CHECK(text.contains(QStringLiteral("李四")));
    CHECK_FALSE(text.contains(QStringLiteral("DUPLICATE")));

    // The second copy is marked, and recorded.
    const QString second = dir.filePath(QStringLiteral("again.pdf"));
    r = runCivicDesk(f.t.cliArgs() + QStringList{QStringLiteral("print"), number,
                                                 QStringLiteral("--document"), QStringLiteral("decision"),
                                                 QStringLiteral("--pdf"), second});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("a duplicate")));
    CHECK(foldWhitespace(pdfText(second)).contains(QStringLiteral("DUPLICATE")));
    CHECK(f.auditRows(id, QStringLiteral("document.reprinted")) == 1);

    // What was never issued is said so, and nothing is written.
    r = runCivicDesk(f.t.cliArgs() + QStringList{QStringLiteral("print"), number,
                                                 QStringLiteral("--document"), QStringLiteral("suspension"),
                                                 QStringLiteral("--pdf"),
                                                 dir.filePath(QStringLiteral("none.pdf"))});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("has no suspension notice")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));

    r = runCivicDesk(f.t.cliArgs() + QStringList{QStringLiteral("print"), number,
                                                 QStringLiteral("--document"), QStringLiteral("licence"),
                                                 QStringLiteral("--pdf"), dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(QStringLiteral("handover")));
    CHECK(r.err.contains(QStringLiteral("suspension")));
}

TEST_CASE("civicdesk supervision and civicdesk decisions report without a window", "[db]")
{
    WorkflowFixture f;
    const QString id = f.accept(QStringLiteral("GA-003"), QStringLiteral("李四"));
    f.accept(QStringLiteral("GA-004"));
    REQUIRE(f.service(QStringLiteral("approver.ga")).approveStep(f.openStep(id, QStringLiteral("approver.ga"))).isOk());
    const QString number = CaseRepository(f.db()).byId(id)->number;

    ProcessResult r = runCivicDesk(f.t.cliArgs() + QStringList{QStringLiteral("supervision"),
                                                               QStringLiteral("--yellow-days"),
                                                               QStringLiteral("3")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Open cases: 2")));
    CHECK(r.out.contains(QStringLiteral("at most 3 working days")));
    CHECK(r.out.contains(QStringLiteral("Public Security Bureau")));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("approvals.csv"));
    r = runCivicDesk(f.t.cliArgs() + QStringList{QStringLiteral("decisions"), QStringLiteral("--from"),
                                                 QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                                                 QStringLiteral("2026-11-30"), QStringLiteral("--csv"), csv});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("1 approval written")));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString content = QString::fromUtf8(bytes);
    CHECK(content.contains(number));
    CHECK(content.contains(QStringLiteral("李*")));
    CHECK_FALSE(content.contains(QStringLiteral("李四")));
    CHECK_FALSE(content.contains(QStringLiteral("11010519491231002X")));
}
