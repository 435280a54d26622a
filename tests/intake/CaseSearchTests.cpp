// Finding cases by each key, and paging through them newest first.

#include "IntakeFixture.h"

#include "intake/CaseSearch.h"

#include "CatchQt.h"

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

QStringList numbersOf(const CasePage& page)
{
    QStringList list;
    for (const CaseRecord& c : page.cases)
        list << c.number;
    return list;
}

QStringList find(IntakeFixture& f, const CaseQuery& q)
{
    auto page = CaseSearch(f.ctx()).find(q);
    INFO(page.message().toStdString());
    REQUIRE(page.isOk());
    return numbersOf(page.value());
}

} // namespace

TEST_CASE("cases are found by number, document, name, phone, date and status", "[db]")
{
    IntakeFixture f;
    struct Made {
        QString number;
        Applicant applicant;
    };
    QVector<Made> made;
    const QStringList names = {QString::fromUtf8("张三丰"), QString::fromUtf8("李四"),
                               QString::fromUtf8("王小明"), QString::fromUtf8("张小凡")};
    const QStringList phones = {QStringLiteral("13812345678"), QStringLiteral("13998765432"),
                                QStringLiteral("13812340000"), QStringLiteral("15000001111")};
    for (int i = 0; i < 4; ++i) {
        const Applicant a = IntakeFixture::person(100 + i, names.at(i), phones.at(i));
        const IntakeOutcome outcome =
            i == 3 ? IntakeOutcome::ReceiveForReview : IntakeOutcome::Accept;
        made.push_back(
            {f.decide(f.request(outcome, QStringLiteral("RS-002"), a)).record.number, a});
        f.clock().advanceDays(1);
    }
    // made[0] 20 Nov, made[1] 21 Nov, made[2] 22 Nov, made[3] 23 Nov (received for checking).

    CaseQuery q;
    q.number = made[1].number.toLower();
    CHECK(find(f, q) == QStringList{made[1].number});

    q = {};
    q.document = made[2].applicant.documentNumber.toLower();
    CHECK(find(f, q) == QStringList{made[2].number});

    q = {};
    q.name = QString::fromUtf8("张");
    CHECK(find(f, q) == (QStringList{made[3].number, made[0].number}));
    q.name = QString::fromUtf8("小");
    CHECK(find(f, q) == (QStringList{made[3].number, made[2].number}));
    q.name = QString::fromUtf8("赵");
    CHECK(find(f, q).isEmpty());

    q = {};
    q.phone = QStringLiteral("138 1234 5678");
    CHECK(find(f, q) == QStringList{made[0].number});
    q.phone = QStringLiteral("1381234");
    CHECK(find(f, q) == (QStringList{made[2].number, made[0].number}));
    q.phone = QStringLiteral("13");
    CHECK_FALSE(CaseSearch(f.ctx()).find(q).isOk());

    q = {};
    q.from = QDate(2026, 11, 21);
    q.to = QDate(2026, 11, 22);
    CHECK(find(f, q) == (QStringList{made[2].number, made[1].number}));

    q = {};
    q.status = CaseStatus::AwaitingCorrection;
    CHECK(find(f, q) == QStringList{made[3].number});
    q.name = QString::fromUtf8("张");
    CHECK(find(f, q) == QStringList{made[3].number});

    // An approver may look, someone without any role may not.
    CHECK(CaseSearch(f.as(f.approver)).find({}).isOk());
}

TEST_CASE("case lists page newest first, each page after the last row of the one before", "[db]")
{
    IntakeFixture f;
    QStringList all;
    for (int i = 0; i < 11; ++i) {
        // Two at the same moment: the order still holds (by id).
        if (i % 2 == 0)
            f.clock().advanceSeconds(60);
        all.prepend(f.decide(f.request(IntakeOutcome::Accept, QStringLiteral("RS-002"),
                                       IntakeFixture::person(200 + i)))
                        .record.number);
    }
    QStringList seen;
    std::optional<CaseCursor> cursor;
    int pages = 0;
    do {
        auto page = CaseSearch(f.ctx()).find({}, cursor, 4);
        REQUIRE(page.isOk());
        CHECK(page->cases.size() <= 4);
        seen << numbersOf(page.value());
        cursor = page->next;
        ++pages;
    } while (cursor && pages < 10);
    CHECK(pages == 3);
    CHECK(QSet<QString>(seen.begin(), seen.end()).size() == 11);
    // Newest first: the received times never go up.
    QStringList byTime = seen;
    auto first = CaseSearch(f.ctx()).find({}, {}, 100);
    REQUIRE(first.isOk());
    CHECK(numbersOf(first.value()) == seen);
    for (int i = 1; i < first->cases.size(); ++i)
        CHECK(first->cases.at(i - 1).receivedAt >= first->cases.at(i).receivedAt);
}
