// The workflow's documents bound to a real case: a passport application suspended for an expert
// review, extended, approved, certified and handed over, and a property transfer denied. Each
// document is printed by the headless command, read back with pdftotext and compared with its
// expected text in tests/data/workflow (exact after folding white space; set
// CIVICDESK_UPDATE_GOLDEN=1 to write the expected files anew after a deliberate change).

#include "WorkflowFixture.h"

#include "../documents/DocumentFixtures.h"

#include "workflow/CaseRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

// Documents are issued in the program's language: Chinese, as at a real window.
struct ChineseDocuments {
    QLocale before;
    ChineseDocuments() { QLocale::setDefault(QLocale(QStringLiteral("zh_CN"))); }
    ~ChineseDocuments() { QLocale::setDefault(before); }
};

void checkGolden(const QString& name, const QString& actual)
{
    const QString expectedFile =
        QStringLiteral(CIVICDESK_TEST_DATA "/workflow/") + name + QStringLiteral(".txt");
    if (qEnvironmentVariableIsSet("CIVICDESK_UPDATE_GOLDEN")) {
        QFile out(expectedFile);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8() + '\n');
        WARN("wrote " << expectedFile.toStdString());
        return;
    }
    QFile in(expectedFile);
    INFO("expected text " << expectedFile.toStdString());
    REQUIRE(in.open(QIODevice::ReadOnly));
    CHECK(actual.toStdString() == foldWhitespace(QString::fromUtf8(in.readAll())).toStdString());
}

// civicdesk print NUMBER --document KIND --pdf FILE, read back.
QString printed(WorkflowFixture& f, const QString& number, const QString& kind,
                const QTemporaryDir& dir)
{
    const QString pdf = dir.filePath(kind + QStringLiteral(".pdf"));
    QFile::remove(pdf);
    const ProcessResult r = runCivicDesk(
        f.t.cliArgs() + QStringList{QStringLiteral("print"), number, QStringLiteral("--document"),
                                    kind, QStringLiteral("--pdf"), pdf});
    INFO(kind.toStdString() << ": " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return foldWhitespace(pdfText(pdf));
}

} // namespace

TEST_CASE("the suspension and extension notices, the decisions and the handover receipt print "
          "from the case as their expected text",
          "[db]")
{
    WorkflowFixture f;
    const ChineseDocuments chinese;
    const QString ga = QStringLiteral("approver.ga");

    // A passport: accepted Friday 20 November 2026, suspended Tuesday 24 for an expert review,
    // resumed Thursday 26, extended by 10 working days, decided, certified and collected.
    const QString passport = f.accept(QStringLiteral("GA-004"), QStringLiteral("欧阳娜娜"));
    f.setDay(QDate(2026, 11, 24));
    REQUIRE(f.service(ga)
                .suspend(passport, {SuspensionKind::ExpertReview,
                                    QStringLiteral("申请材料涉及新的签注类别，需组织专家评审。"), 5})
                .isOk());
    f.setDay(QDate(2026, 11, 26));
    REQUIRE(f.service(ga).resume(passport).isOk());
    REQUIRE(f.service(ga)
                .requestExtension(passport,
                                  {QStringLiteral("需向出入境管理部门核实申请人的出境记录。"), 0})
                .isOk());
    const QString extension = f.load(passport).pendingExtension()->id;
    REQUIRE(f.service(QStringLiteral("supervisor"))
                .decideExtension(extension, true, QStringLiteral("同意延长"))
                .isOk());
    f.setDay(QDate(2026, 11, 27));
    REQUIRE(f.service(ga).approveStep(f.openStep(passport, ga)).isOk());
    ApprovalDetails details;
    details.certificateName = QStringLiteral("普通护照");
    details.validFrom = QDate(2026, 11, 27);
    details.validUntil = QDate(2036, 11, 26);
    REQUIRE(f.service(ga).approveStep(f.openStep(passport, ga), details).isOk());
    f.setDay(QDate(2026, 11, 30));
    ApprovalDetails made;
    made.certificateNumber = QStringLiteral("E12345678");
    REQUIRE(f.service(ga).approveStep(f.openStep(passport, ga), made).isOk());
    f.setDay(QDate(2026, 12, 1));
    Handover collected;
    collected.recipientName = QStringLiteral("欧阳娜娜");
    collected.relation = RecipientRelation::Self;
    collected.recipientDocumentNumber = QStringLiteral("11010519491231002X");
    collected.identityChecked = true;
    REQUIRE(f.service(QStringLiteral("clerk1")).handOver(passport, collected).isOk());
    const QString number = CaseRepository(f.db()).byId(passport)->number;

    // A property transfer the tax office denies with its reasons.
    const QString transfer = f.accept(QStringLiteral("ZR-001"), QStringLiteral("李四"));
    REQUIRE(f.service(QStringLiteral("approver.sw"))
                .denyStep(f.openStep(transfer, QStringLiteral("approver.sw")),
                          {{QStringLiteral("契税尚未缴纳。"),
                            QStringLiteral("房屋买卖合同未办理网签备案。")},
                           QString()})
                .isOk());
    const QString denied = CaseRepository(f.db()).byId(transfer)->number;

    QTemporaryDir dir;
    const QString suspension = printed(f, number, QStringLiteral("suspension"), dir);
    CHECK(suspension.contains(number));
    CHECK(suspension.contains(QStringLiteral("专家评审")));
    checkGolden(QStringLiteral("suspension_notice.zh_CN"), suspension);

    const QString extended = printed(f, number, QStringLiteral("extension"), dir);
    CHECK(extended.contains(QStringLiteral("需向出入境管理部门核实申请人的出境记录。")));
    checkGolden(QStringLiteral("extension_notice.zh_CN"), extended);

    const QString approval = printed(f, number, QStringLiteral("decision"), dir);
    CHECK(approval.contains(QStringLiteral("普通护照")));
    checkGolden(QStringLiteral("approval_decision.zh_CN"), approval);

    const QString handover = printed(f, number, QStringLiteral("handover"), dir);
    CHECK(handover.contains(QStringLiteral("E12345678")));
    CHECK_FALSE(handover.contains(QStringLiteral("11010519491231002X")));
    checkGolden(QStringLiteral("handover_receipt.zh_CN"), handover);

    const QString denial = printed(f, denied, QStringLiteral("decision"), dir);
    CHECK(denial.contains(QStringLiteral("契税尚未缴纳。")));
    CHECK(denial.contains(QStringLiteral("六十日")));
    CHECK(denial.contains(QStringLiteral("六个月")));
    checkGolden(QStringLiteral("denial_decision.zh_CN"), denial);
}
