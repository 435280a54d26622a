// The documents of each intake decision, printed to PDF by the headless command and read back.

#include "IntakeFixture.h"

#include "CatchQt.h"

#include <QDir>
#include <QFileInfo>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

QString pdfText(const QString& file)
{
    const ProcessResult r = runProcess(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                        QStringLiteral("UTF-8"), file, QStringLiteral("-")},
                                       60000);
    REQUIRE(r.exitCode == 0);
    return r.out.simplified();
}

ProcessResult print(IntakeFixture& f, const QString& number, const QString& document,
                    const QString& file, const QString& paper = {})
{
    QStringList args = f.testDb().cliArgs();
    args << QStringLiteral("print") << number << QStringLiteral("--document") << document
         << QStringLiteral("--pdf") << file;
    if (!paper.isEmpty())
        args << QStringLiteral("--paper") << paper;
    return runCivicDesk(args);
}

} // namespace

TEST_CASE("each intake decision's document prints to a PDF that reads back", "[db]")
{
    IntakeFixture f;
    const QString dir = f.testDb().dir();
    const Matter matter = f.matter(QStringLiteral("RS-002"));

    IntakeRequest accept = f.request(IntakeOutcome::Accept, matter.code,
                                     IntakeFixture::person(1, QString::fromUtf8("张三丰")));
    accept.documentLanguage = QStringLiteral("zh_CN");
    const IntakeResult accepted = f.decide(accept);

    SECTION("the receipt on A4 and on the 80 mm roll, then a duplicate")
    {
        const QString a4 = dir + QStringLiteral("/receipt.pdf");
        ProcessResult run =
            print(f, accepted.record.number, QStringLiteral("receipt"), a4, QStringLiteral("a4"));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QString text = pdfText(a4);
        CHECK(text.contains(QString::fromUtf8("受理回执")));
        CHECK(text.contains(accepted.record.number));
        CHECK(text.contains(QString::fromUtf8("张三丰")));
        CHECK((text.contains(QStringLiteral("2026-11-27")) ||
               text.contains(QString::fromUtf8("2026年11月27日"))));
        CHECK_FALSE(text.contains(QString::fromUtf8("副本")));

        const QString roll = dir + QStringLiteral("/receipt80.pdf");
        run = print(f, accepted.record.number, QStringLiteral("receipt"), roll,
                    QStringLiteral("80mm"));
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("duplicate")));
        text = pdfText(roll);
        CHECK(text.contains(accepted.record.number));
        CHECK(text.contains(QString::fromUtf8("副本")));
    }
    SECTION("the notice, the promise and the refusal")
    {
        IntakeRequest notice = f.request(IntakeOutcome::NoticeCorrection, matter.code,
                                         IntakeFixture::person(2, QString::fromUtf8("李四")));
        notice.documentLanguage = QStringLiteral("zh_CN");
        notice.materials = {{matter.materials.first().id, MaterialState::Defective,
                             QString::fromUtf8("复印件不清晰")}};
        const IntakeResult noticed = f.decide(notice);

        IntakeRequest promise = f.request(IntakeOutcome::AcceptWithDeficiency, matter.code,
                                          IntakeFixture::person(3, QString::fromUtf8("王五")));
        promise.documentLanguage = QStringLiteral("zh_CN");
        promise.materials = {{mayFollowMaterial(matter), MaterialState::Deferred,
                              QString::fromUtf8("银行卡正在办理")}};
        promise.promiseDue = QDate(2026, 11, 25);
        const IntakeResult promised = f.decide(promise);

        IntakeRequest refuse = f.request(IntakeOutcome::Refuse, matter.code,
                                         IntakeFixture::person(4, QString::fromUtf8("赵六")));
        refuse.documentLanguage = QStringLiteral("zh_CN");
        refuse.reason = QString::fromUtf8("申请人不属于失业保险参保人员");
        refuse.competentAuthority = QString::fromUtf8("示范市民政局");
        const IntakeResult refused = f.decide(refuse);

        struct Expect {
            QString number;
            QString document;
            QStringList texts;
        };
        const QVector<Expect> expectations = {
            {noticed.record.number,
             QStringLiteral("notice"),
             {QString::fromUtf8("一次性告知书"), QString::fromUtf8("复印件不清晰"),
              matter.materials.first().nameZh}},
            {promised.record.number,
             QStringLiteral("promise"),
             {QString::fromUtf8("容缺受理承诺书"), QString::fromUtf8("银行卡正在办理"),
              QString::fromUtf8("王五")}},
            {refused.record.number,
             QStringLiteral("refusal"),
             {QString::fromUtf8("不予受理通知书"), QString::fromUtf8("示范市民政局"),
              QString::fromUtf8("申请人不属于失业保险参保人员")}},
            {promised.record.number, QStringLiteral("receipt"), {QString::fromUtf8("受理回执")}},
        };
        for (const Expect& e : expectations) {
            const QString file = dir + QStringLiteral("/%1-%2.pdf").arg(e.document, e.number);
            const ProcessResult run = print(f, e.number, e.document, file);
            INFO(e.document.toStdString() << ": " << run.err.toStdString());
            REQUIRE(run.exitCode == 0);
            // Chinese lines break anywhere: compare without the breaks.
            const QString text = pdfText(file).remove(QLatin1Char(' '));
            for (const QString& t : e.texts) {
                INFO(t.toStdString());
                CHECK(text.contains(QString(t).remove(QLatin1Char(' '))));
            }
        }
    }
    SECTION("a document the case does not have is named in the refusal")
    {
        const ProcessResult run = print(f, accepted.record.number, QStringLiteral("refusal"),
                                        dir + QStringLiteral("/none.pdf"));
        CHECK(run.exitCode != 0);
        CHECK_FALSE(run.err.isEmpty());
        CHECK_FALSE(QFileInfo::exists(dir + QStringLiteral("/none.pdf")));
        const ProcessResult unknown = print(f, accepted.record.number, QStringLiteral("ticket"),
                                            dir + QStringLiteral("/none.pdf"));
        CHECK(unknown.exitCode == 64);
    }
}
