// The register of issued documents: numbers, copies, reprints, and what the audit trail says.

#include "DocumentFixtures.h"
#include "TestDatabase.h"

#include "Clock.h"
#include "demo/DemoData.h"
#include "documents/DocumentRegister.h"
#include "security/AuditLog.h"
#include "security/Session.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

struct Fixture {
    TestDatabase t;
    ManualClock clock{testNow()};
    Session session = Session::forStaff({QStringLiteral("staff-1"),
                                         QStringLiteral("lixm"),
                                         QStringLiteral("李晓梅"),
                                         {},
                                         {},
                                         {Role::Clerk}});
    Context ctx{t.db(), clock, session};

    DocumentIssueRequest request(DocumentKind kind,
                                 const QString& caseId = QStringLiteral("case-1"))
    {
        DocumentIssueRequest r;
        r.kind = kind;
        r.subject = {QStringLiteral("case"), caseId};
        r.fields = documentFields(kind, QStringLiteral("zh_CN"));
        r.language = QStringLiteral("zh_CN");
        return r;
    }

    IssuedDocument issue(DocumentKind kind, const QString& caseId = QStringLiteral("case-1"))
    {
        auto d = DocumentRegister::issue(ctx, request(kind, caseId));
        INFO(d.message().toStdString());
        REQUIRE(d.isOk());
        return d.take();
    }

    int count(const QString& table)
    {
        return t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).value().toInt();
    }

    QVector<AuditEntry> audit(const QString& actionPrefix)
    {
        AuditFilter f;
        f.actionPrefix = actionPrefix;
        f.newestFirst = false;
        auto rows = AuditLog::query(t.db(), f);
        REQUIRE(rows.isOk());
        return rows.value();
    }
};

QString pdfPath(const QString& name)
{
    const QString dir = QStringLiteral(CIVICDESK_BUILD_DIR "/documents/register");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name + QStringLiteral(".pdf");
}

} // namespace

TEST_CASE("document numbers are gap-free per kind and year and exist before anything is printed",
          "[db]")
{
    Fixture f;
    CHECK(f.issue(DocumentKind::AcceptanceReceipt).number == QStringLiteral("SL-ZX01-2026-000001"));
    const IssuedDocument second =
        f.issue(DocumentKind::AcceptanceReceipt, QStringLiteral("case-2"));
    CHECK(second.number == QStringLiteral("SL-ZX01-2026-000002"));
    CHECK(f.issue(DocumentKind::RefusalNotice).number == QStringLiteral("BS-ZX01-2026-000001"));

    // In the database, with everything it will be printed from, before any copy exists.
    auto found = DocumentRegister::findByNumber(f.t.db(), QStringLiteral("sl-zx01-2026-000002"));
    REQUIRE(found.isOk());
    CHECK(found->id == second.id);
    CHECK(found->subject.id == QStringLiteral("case-2"));
    CHECK(found->copiesMade == 0);
    CHECK(f.count(QStringLiteral("document_copies")) == 0);
    const QJsonObject stamp = found->content.value(QLatin1String("document")).toObject();
    CHECK(stamp.value(QLatin1String("number")).toString() == second.number);
    CHECK(stamp.value(QLatin1String("staff")).toString() == QStringLiteral("李晓梅"));
    CHECK(found->content.value(QLatin1String("center"))
              .toObject()
              .value(QLatin1String("name"))
              .toString() == QStringLiteral("政务服务中心"));
    CHECK(f.audit(QStringLiteral("document.issued")).size() == 3);

    SECTION("a decision that rolls back takes its document's number with it")
    {
        Status s = f.t.db().write([&](Transaction&) -> Status {
            auto d = DocumentRegister::issue(f.ctx, f.request(DocumentKind::AcceptanceReceipt));
            REQUIRE(d.isOk());
            CHECK(d->number == QStringLiteral("SL-ZX01-2026-000003"));
            return Error(ErrorKind::Conflict, QStringLiteral("the case changed meanwhile"));
        });
        REQUIRE_FALSE(s.isOk());
        CHECK(f.count(QStringLiteral("issued_documents")) == 3);
        CHECK(f.issue(DocumentKind::AcceptanceReceipt).number ==
              QStringLiteral("SL-ZX01-2026-000003"));
    }
    SECTION("data the template cannot be filled from gets no number")
    {
        DocumentIssueRequest bad = f.request(DocumentKind::AcceptanceReceipt);
        QJsonObject c = bad.fields.value(QLatin1String("case")).toObject();
        c.remove(QStringLiteral("promised_date"));
        bad.fields.insert(QStringLiteral("case"), c);
        auto refused = DocumentRegister::issue(f.ctx, bad);
        REQUIRE_FALSE(refused.isOk());
        CHECK(refused.message().contains(QStringLiteral("case.promised_date")));
        CHECK(f.issue(DocumentKind::AcceptanceReceipt).number ==
              QStringLiteral("SL-ZX01-2026-000003"));
    }
    SECTION("a new year starts again at 1")
    {
        f.clock.set(QDateTime(QDate(2027, 1, 4), QTime(8, 30)));
        CHECK(f.issue(DocumentKind::AcceptanceReceipt).number ==
              QStringLiteral("SL-ZX01-2027-000001"));
    }
    SECTION("a document belongs to a case or ticket")
    {
        DocumentIssueRequest orphan = f.request(DocumentKind::AcceptanceReceipt);
        orphan.subject = {};
        CHECK_FALSE(DocumentRegister::issue(f.ctx, orphan).isOk());
    }
}

TEST_CASE("every copy after the first is marked as a duplicate and audited as a reprint", "[db]")
{
    Fixture f;
    const IssuedDocument d = f.issue(DocumentKind::AcceptanceReceipt);

    auto first = DocumentRegister::saveAsPdf(f.ctx, d, Paper::A4, pdfPath(QStringLiteral("first")));
    INFO(first.message().toStdString());
    REQUIRE(first.isOk());
    CHECK(first->copyNo == 1);
    CHECK_FALSE(first->duplicate);
    CHECK_FALSE(pdfText(pdfPath(QStringLiteral("first"))).contains(QStringLiteral("副本")));
    CHECK(pdfText(pdfPath(QStringLiteral("first"))).contains(d.number));

    f.clock.advanceDays(3);
    auto again =
        DocumentRegister::saveAsPdf(f.ctx, d, Paper::Receipt80, pdfPath(QStringLiteral("again")));
    REQUIRE(again.isOk());
    CHECK(again->copyNo == 2);
    CHECK(again->duplicate);
    const QString text = pdfText(pdfPath(QStringLiteral("again")));
    CHECK(text.contains(QStringLiteral("副本")));
    CHECK(text.contains(QStringLiteral("2026-11-23 10:00")));
    CHECK(text.contains(d.number)); // the same number, the same date of issue
    CHECK(text.contains(QStringLiteral("2026年11月20日")));

    auto copies = DocumentRegister::copies(f.t.db(), d.id);
    REQUIRE(copies.isOk());
    REQUIRE(copies->size() == 2);
    CHECK(copies->at(0).state == QStringLiteral("made"));
    CHECK(copies->at(1).state == QStringLiteral("made"));
    CHECK(copies->at(1).paper == Paper::Receipt80);
    CHECK(copies->at(1).output == CopyOutput::Pdf);
    CHECK(DocumentRegister::find(f.t.db(), d.id)->copiesMade == 2);

    const auto printed = f.audit(QStringLiteral("document.printed"));
    REQUIRE(printed.size() == 1);
    const auto reprinted = f.audit(QStringLiteral("document.reprinted"));
    REQUIRE(reprinted.size() == 1);
    CHECK(reprinted.at(0).subject.type == QStringLiteral("case"));
    CHECK(reprinted.at(0).subject.id == QStringLiteral("case-1"));
    CHECK(reprinted.at(0).staffLogin == QStringLiteral("lixm"));
    CHECK(reprinted.at(0).details.value(QLatin1String("document")).toString() == d.number);
    CHECK(reprinted.at(0).details.value(QLatin1String("copy")).toInt() == 2);
    CHECK(AuditLog::verify(f.t.db())->ok);

    auto preview = DocumentRegister::previewRequest(f.t.db(), d, Paper::A4, f.clock.now());
    REQUIRE(preview.isOk());
    CHECK(preview->duplicate);
}

TEST_CASE("a copy that fails to come out is recorded and does not count", "[db]")
{
    Fixture f;
    const IssuedDocument d = f.issue(DocumentKind::DenialDecision);
    auto failed = DocumentRegister::makeCopy(
        f.ctx, d, Paper::A4, CopyOutput::Printer, QStringLiteral("Counter-8"),
        [](const RenderedDocument&) {
            return Status(Error(ErrorKind::Io, QStringLiteral("The printer is offline."),
                                QStringLiteral("printer Counter-8 offline")));
        });
    REQUIRE_FALSE(failed.isOk());
    CHECK(failed.message() == QStringLiteral("The printer is offline."));
    auto copies = DocumentRegister::copies(f.t.db(), d.id);
    REQUIRE(copies->size() == 1);
    CHECK(copies->at(0).state == QStringLiteral("failed"));
    CHECK(copies->at(0).problem == QStringLiteral("printer Counter-8 offline"));
    REQUIRE(f.audit(QStringLiteral("document.print_failed")).size() == 1);

    // The PDF made instead is the original: nothing came out before it.
    auto pdf = DocumentRegister::saveAsPdf(f.ctx, d, Paper::A4, pdfPath(QStringLiteral("instead")));
    REQUIRE(pdf.isOk());
    CHECK(pdf->copyNo == 2);
    CHECK_FALSE(pdf->duplicate);
    CHECK_FALSE(pdfText(pdfPath(QStringLiteral("instead"))).contains(QStringLiteral("副本")));
}

TEST_CASE("a reprint shows the document as it was issued", "[db]")
{
    Fixture f;
    REQUIRE(f.t.db()
                .write([](Transaction& tx) -> Status {
                    return tx
                        .exec(QStringLiteral("INSERT INTO center_settings (key, value) VALUES "
                                             "('center.name', '示范市政务服务中心'), "
                                             "('center.phone', '0571-12345678')"))
                        .status();
                })
                .isOk());
    const IssuedDocument d = f.issue(DocumentKind::RefusalNotice);
    CHECK(d.content.value(QLatin1String("center"))
              .toObject()
              .value(QLatin1String("name"))
              .toString() == QStringLiteral("示范市政务服务中心"));
    REQUIRE(f.t.db()
                .write([](Transaction& tx) -> Status {
                    return tx
                        .exec(
                            QStringLiteral("UPDATE center_settings SET value = '新区政务服务中心' "
                                           "WHERE key = 'center.name'"))
                        .status();
                })
                .isOk());
    auto reloaded = DocumentRegister::find(f.t.db(), d.id);
    REQUIRE(reloaded.isOk());
    REQUIRE(DocumentRegister::saveAsPdf(f.ctx, reloaded.value(), Paper::A4,
                                        pdfPath(QStringLiteral("as-issued")))
                .isOk());
    const QString text = pdfText(pdfPath(QStringLiteral("as-issued")));
    CHECK(text.contains(QStringLiteral("示范市政务服务中心")));
    CHECK_FALSE(text.contains(QStringLiteral("新区政务服务中心")));
    CHECK(text.contains(QStringLiteral("医疗机构执业登记")));
    auto forCase =
        DocumentRegister::forSubject(f.t.db(), {QStringLiteral("case"), QStringLiteral("case-1")});
    REQUIRE(forCase.isOk());
    CHECK(forCase->size() == 1);
}

TEST_CASE("staff without the printing permission may not issue or print documents", "[db]")
{
    Fixture f;
    const IssuedDocument d = f.issue(DocumentKind::AcceptanceReceipt);
    Session admin = Session::forStaff({QStringLiteral("staff-2"),
                                       QStringLiteral("admin"),
                                       QStringLiteral("王管理"),
                                       {},
                                       {},
                                       {Role::Admin}});
    Context ctx{f.t.db(), f.clock, admin};
    auto issued = DocumentRegister::issue(ctx, f.request(DocumentKind::AcceptanceReceipt));
    REQUIRE_FALSE(issued.isOk());
    CHECK(issued.kind() == ErrorKind::Denied);
    auto copy = DocumentRegister::saveAsPdf(ctx, d, Paper::A4, pdfPath(QStringLiteral("denied")));
    REQUIRE_FALSE(copy.isOk());
    CHECK(copy.kind() == ErrorKind::Denied);
    CHECK(f.count(QStringLiteral("document_copies")) == 0);
    CHECK(f.audit(QStringLiteral("permission.denied")).size() == 2);
}

TEST_CASE("an issued document is listed and saved as a PDF from the command line", "[db]")
{
    Fixture f;
    const IssuedDocument d = f.issue(DocumentKind::ApprovalDecision, QStringLiteral("case-9"));
    const QString file = pdfPath(QStringLiteral("from-cli"));
    QFile::remove(file);

    ProcessResult first =
        runCivicDesk(QStringList{QStringLiteral("document-pdf"), d.number, file} + f.t.cliArgs());
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("Saved copy 1 of ") + d.number));
    CHECK(pdfText(file).contains(QStringLiteral("准予行政许可决定书")));

    ProcessResult second =
        runCivicDesk(QStringList{QStringLiteral("document-pdf"), d.number, file} + f.t.cliArgs());
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("a duplicate")));
    CHECK(pdfText(file).contains(QStringLiteral("副本")));
    const auto reprints = f.audit(QStringLiteral("document.reprinted"));
    REQUIRE(reprints.size() == 1);
    CHECK(reprints.at(0).staffLogin == QStringLiteral("system:cli"));

    ProcessResult list = runCivicDesk(
        QStringList{QStringLiteral("documents"), QStringLiteral("case-9")} + f.t.cliArgs());
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(d.number));
    CHECK(list.out.contains(QStringLiteral("copies made: 2")));

    ProcessResult unknown = runCivicDesk(
        QStringList{QStringLiteral("document-pdf"), QStringLiteral("SL-ZX01-2026-999999"), file} +
        f.t.cliArgs());
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("No document SL-ZX01-2026-999999 was issued here.")));
}

TEST_CASE("the demonstration center names itself on its documents", "[db]")
{
    Fixture f;
    REQUIRE(DemoData::fill(f.t.db(), f.clock).isOk());
    auto zh = DocumentRegister::centerDetails(f.t.db(), QStringLiteral("zh_CN"));
    REQUIRE(zh.isOk());
    CHECK(zh->value(QLatin1String("name")).toString() == QStringLiteral("示范市政务服务中心"));
    CHECK(zh->value(QLatin1String("phone")).toString() == QStringLiteral("0571-12345678"));
    auto en = DocumentRegister::centerDetails(f.t.db(), QStringLiteral("en"));
    CHECK(en->value(QLatin1String("name")).toString() ==
          QStringLiteral("Shifan City Civic Service Center"));
    const IssuedDocument d = f.issue(DocumentKind::QueueTicket);
    CHECK(d.content.value(QLatin1String("center"))
              .toObject()
              .value(QLatin1String("name"))
              .toString() == QStringLiteral("示范市政务服务中心"));
}
