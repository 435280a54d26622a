#include "DocumentFixtures.h"

#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QRegularExpression>

namespace civicdesk::test {

namespace {

struct Lang {
    bool zh;
    QString operator()(const char* chinese, const char* english) const
    {
        return QString::fromUtf8(zh ? chinese : english);
    }
};

QJsonObject caseData(const Lang& t)
{
    return {
        {QStringLiteral("number"), QStringLiteral("ZX01-20261120-0017")},
        {QStringLiteral("matter"), t("食品经营许可（新办）", "Food business licence (new)")},
        {QStringLiteral("department"),
         t("示范市市场监督管理局", "Shifan Market Regulation Bureau")},
        {QStringLiteral("received_at"), QStringLiteral("2026-11-20 09:48:00")},
        {QStringLiteral("accepted_at"), QStringLiteral("2026-11-20 10:05:00")},
        {QStringLiteral("promised_days"), 10},
        {QStringLiteral("promised_date"), QStringLiteral("2026-12-04")},
        {QStringLiteral("statutory_days"), 20},
        {QStringLiteral("statutory_date"), QStringLiteral("2026-12-18")},
        {QStringLiteral("due_date"), QStringLiteral("2026-12-18")},
        {QStringLiteral("window"), t("8号窗口", "window 8")},
    };
}

QJsonObject applicant(const Lang& t)
{
    return {{QStringLiteral("name"), t("张三", "Zhang San")},
            {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")},
            {QStringLiteral("phone"), QStringLiteral("13812345678")}};
}

QJsonObject remedy(const Lang& t)
{
    return {{QStringLiteral("reconsideration_body"),
             t("示范市人民政府", "Shifan City People's Government")},
            {QStringLiteral("court"),
             t("示范市西湖区人民法院", "Xihu District People's Court of Shifan")}};
}

// When each document is made in the life of the fixture case, accepted on 20 November 2026.
QString issuedAt(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::QueueTicket:
        return QStringLiteral("2026-11-20 10:00:00");
    case DocumentKind::SuspensionNotice:
        return QStringLiteral("2026-11-27 09:30:00");
    case DocumentKind::ApprovalDecision:
    case DocumentKind::DenialDecision:
        return QStringLiteral("2026-12-02 16:00:00");
    case DocumentKind::HandoverReceipt:
        return QStringLiteral("2026-12-03 14:20:00");
    case DocumentKind::ExtensionNotice:
        return QStringLiteral("2026-12-16 15:00:00");
    default:
        return QStringLiteral("2026-11-20 10:05:00");
    }
}

} // namespace

QJsonObject documentFields(DocumentKind kind, const QString& language)
{
    const Lang t{language.startsWith(QLatin1String("zh"))};
    QJsonObject d;
    switch (kind) {
    case DocumentKind::QueueTicket:
        d.insert(QStringLiteral("ticket"),
                 QJsonObject{{QStringLiteral("number"), QStringLiteral("A023")},
                             {QStringLiteral("category"), t("企业开办", "Starting a business")},
                             {QStringLiteral("issued_at"), QStringLiteral("2026-11-20 10:00:00")},
                             {QStringLiteral("waiting_ahead"), 5},
                             {QStringLiteral("estimated_wait_minutes"), 25}});
        break;
    case DocumentKind::AcceptanceReceipt:
        d.insert(QStringLiteral("case"), caseData(t));
        d.insert(QStringLiteral("applicant"), applicant(t));
        d.insert(QStringLiteral("materials"),
                 QJsonArray{
                     QJsonObject{
                         {QStringLiteral("name"),
                          t("食品经营许可申请书", "Application form for a food business licence")},
                         {QStringLiteral("form"), QStringLiteral("original")},
                         {QStringLiteral("count"), 1}},
                     QJsonObject{{QStringLiteral("name"), t("营业执照", "Business licence")},
                                 {QStringLiteral("form"), QStringLiteral("copy")},
                                 {QStringLiteral("count"), 1}},
                     QJsonObject{{QStringLiteral("name"),
                                  t("法定代表人身份证明", "Identity of the legal representative")},
                                 {QStringLiteral("form"), QStringLiteral("original_and_copy")},
                                 {QStringLiteral("count"), 2}},
                     QJsonObject{{QStringLiteral("name"),
                                  t("食品安全管理制度", "Food safety management rules")},
                                 {QStringLiteral("form"), QStringLiteral("original")},
                                 {QStringLiteral("count"), 1}}});
        break;
    case DocumentKind::CorrectionNotice:
        d.insert(QStringLiteral("case"), caseData(t));
        d.insert(QStringLiteral("applicant"), applicant(t));
        d.insert(
            QStringLiteral("corrections"),
            QJsonArray{
                QJsonObject{{QStringLiteral("material"), t("营业执照", "Business licence")},
                            {QStringLiteral("problem"),
                             t("复印件不清晰，无法辨认统一社会信用代码",
                               "The copy is illegible; the credit code cannot be read")},
                            {QStringLiteral("wanted"),
                             t("提交清晰的营业执照复印件1份，加盖公章",
                               "One legible copy, stamped with the company seal")}},
                QJsonObject{
                    {QStringLiteral("material"),
                     t("食品安全管理制度", "Food safety management rules")},
                    {QStringLiteral("problem"), t("未提交", "Missing")},
                    {QStringLiteral("wanted"), t("提交食品安全管理制度文本原件1份",
                                                 "The original text of the rules, one copy")}},
                QJsonObject{
                    {QStringLiteral("material"), t("经营场所平面图", "Floor plan of the premises")},
                    {QStringLiteral("problem"),
                     t("未标明食品处理区布局", "The food handling areas are not marked")},
                    {QStringLiteral("wanted"), t("补充标明各功能区布局及面积的平面图",
                                                 "A plan that marks each area and its size")}}});
        d.insert(QStringLiteral("deadline"), QStringLiteral("2026-12-04"));
        d.insert(QStringLiteral("contact"),
                 QJsonObject{{QStringLiteral("name"), t("李晓梅", "Li Xiaomei")},
                             {QStringLiteral("phone"), QStringLiteral("0571-87654321")},
                             {QStringLiteral("window"), t("8号窗口", "window 8")}});
        break;
    case DocumentKind::DeficiencyPromise:
        d.insert(QStringLiteral("case"), caseData(t));
        d.insert(QStringLiteral("applicant"), applicant(t));
        d.insert(
            QStringLiteral("owed"),
            QJsonArray{QJsonObject{
                {QStringLiteral("name"),
                 t("食品安全管理人员培训合格证明", "Food safety manager training certificate")},
                {QStringLiteral("note"), t("培训已完成，证明尚未发放",
                                           "Training done; the certificate is not yet issued")}}});
        d.insert(QStringLiteral("deadline"), QStringLiteral("2026-12-04"));
        break;
    case DocumentKind::RefusalNotice: {
        QJsonObject c = caseData(t);
        c.insert(QStringLiteral("matter"),
                 t("医疗机构执业登记", "Registration of a medical institution"));
        d.insert(QStringLiteral("case"), c);
        d.insert(QStringLiteral("applicant"), applicant(t));
        d.insert(QStringLiteral("refusal"),
                 QJsonObject{{QStringLiteral("reason"),
                              t("该申请事项不属于本机关职权范围",
                                "the matter is not within the competence of this authority")},
                             {QStringLiteral("basis"),
                              t("《中华人民共和国行政许可法》第三十二条第一款第（二）项",
                                "Article 32(1)(2) of the Administrative Licensing Law of the "
                                "People's Republic of China")},
                             {QStringLiteral("competent_authority"),
                              t("示范市卫生健康委员会", "the Shifan Health Commission")}});
        d.insert(QStringLiteral("remedy"), remedy(t));
        break;
    }
    case DocumentKind::SuspensionNotice:
        d.insert(QStringLiteral("case"), caseData(t));
        d.insert(QStringLiteral("applicant"), applicant(t));
        d.insert(QStringLiteral("suspension"),
                 QJsonObject{{QStringLiteral("reason"),
                              t("申请项目采用新型食品加工工艺，需评估食品安全风险",
                                "the application uses a new food processing technique whose risks "
                                "must be assessed")},
                             {QStringLiteral("procedure"), t("专家评审", "an expert review")},
                             {QStringLiteral("from"), QStringLiteral("2026-11-27")},
                             {QStringLiteral("until"), QStringLiteral("2026-12-11")},
                             {QStringLiteral("new_due_date"), QStringLiteral("2027-01-05")}});
        break;
    case DocumentKind::ExtensionNotice:
        d.insert(QStringLiteral("case"), caseData(t));
        d.insert(QStringLiteral("applicant"), applicant(t));
        d.insert(QStringLiteral("extension"),
                 QJsonObject{{QStringLiteral("reason"),
                              t("申请事项需多个部门联合现场核查，情况复杂",
                                "the matter needs a joint inspection by several departments")},
                             {QStringLiteral("days"), 10},
                             {QStringLiteral("approved_by"),
                              t("示范市市场监督管理局局长 王建国",
                                "Wang Jianguo, Director of the Shifan Market Regulation Bureau")},
                             {QStringLiteral("new_due_date"), QStringLiteral("2027-01-04")}});
        break;
    case DocumentKind::ApprovalDecision:
        d.insert(QStringLiteral("case"), caseData(t));
        d.insert(QStringLiteral("applicant"), applicant(t));
        d.insert(
            QStringLiteral("decision"),
            QJsonObject{
                {QStringLiteral("content"), t("预包装食品（含冷藏冷冻食品）销售；热食类食品制售",
                                              "Sale of prepackaged food (including chilled and "
                                              "frozen); preparation and sale of hot food")},
                {QStringLiteral("certificate_name"), t("食品经营许可证", "Food business licence")},
                {QStringLiteral("certificate_number"), QStringLiteral("JY13301060012345")},
                {QStringLiteral("valid_from"), QStringLiteral("2026-12-02")},
                {QStringLiteral("valid_until"), QStringLiteral("2031-12-01")},
                {QStringLiteral("pickup"),
                 t("请凭受理回执及身份证件到本中心8号窗口领取，或选择邮寄送达。",
                   "Collect it at window 8 with the acceptance receipt and your identity document, "
                   "or ask for it to be sent by post.")}});
        break;
    case DocumentKind::DenialDecision:
        d.insert(QStringLiteral("case"), caseData(t));
        d.insert(QStringLiteral("applicant"), applicant(t));
        d.insert(QStringLiteral("decision"),
                 QJsonObject{
                     {QStringLiteral("reasons"),
                      QJsonArray{
                          t("经营场所与住宅之间未设置有效隔离，不符合《食品经营许可审查通则》第十二"
                            "条的规定；",
                            "the premises are not effectively separated from homes, as article 12 "
                            "of the General Rules for Reviewing Food Business Licences requires;"),
                          t("现场核查发现食品处理区布局不满足生熟分开的要求。",
                            "the inspection found that raw and cooked food are not kept apart in "
                            "the food handling area.")}},
                     {QStringLiteral("basis"),
                      t("《中华人民共和国食品安全法》第三十五条",
                        "Article 35 of the Food Safety Law of the People's Republic of China")}});
        d.insert(QStringLiteral("remedy"), remedy(t));
        break;
    case DocumentKind::HandoverReceipt:
        d.insert(QStringLiteral("case"), caseData(t));
        d.insert(QStringLiteral("applicant"), applicant(t));
        d.insert(QStringLiteral("recipient"),
                 QJsonObject{{QStringLiteral("name"), t("王五", "Wang Wu")},
                             {QStringLiteral("id_number"), QStringLiteral("330106198805120317")},
                             {QStringLiteral("relation"), QStringLiteral("agent")}});
        d.insert(QStringLiteral("handover"),
                 QJsonObject{{QStringLiteral("method"), QStringLiteral("counter")},
                             {QStringLiteral("at"), QStringLiteral("2026-12-03 14:20:00")}});
        d.insert(QStringLiteral("results"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("name"),
                                  t("食品经营许可证（正本）", "Food business licence (original)")},
                                 {QStringLiteral("number"), QStringLiteral("JY13301060012345")},
                                 {QStringLiteral("count"), 1}},
                     QJsonObject{{QStringLiteral("name"), t("食品经营许可证（副本）",
                                                            "Food business licence (counterpart)")},
                                 {QStringLiteral("number"), QStringLiteral("JY13301060012345")},
                                 {QStringLiteral("count"), 1}}});
        break;
    }
    return d;
}

QJsonObject documentFixture(DocumentKind kind, const QString& language)
{
    const Lang t{language.startsWith(QLatin1String("zh"))};
    QJsonObject d = documentFields(kind, language);
    d.insert(QStringLiteral("center"),
             QJsonObject{{QStringLiteral("name"),
                          t("示范市政务服务中心", "Shifan City Civic Service Center")},
                         {QStringLiteral("address"), t("示范市人民路100号市民中心二楼",
                                                       "Civic Center 2F, 100 Renmin Road, Shifan")},
                         {QStringLiteral("phone"), QStringLiteral("0571-12345678")},
                         {QStringLiteral("website"), QStringLiteral("zwfw.shifan.gov.cn")}});
    d.insert(QStringLiteral("document"),
             QJsonObject{{QStringLiteral("number"),
                          DocumentKinds::numberPrefix(kind) + QStringLiteral("-ZX01-2026-000017")},
                         {QStringLiteral("issued_at"), issuedAt(kind)},
                         {QStringLiteral("staff"), t("李晓梅", "Li Xiaomei")}});
    return d;
}

DocumentRequest fixtureRequest(DocumentKind kind, Paper paper, const QString& language)
{
    DocumentRequest r;
    r.kind = kind;
    r.paper = paper;
    r.language = language;
    r.data = documentFixture(kind, language);
    return r;
}

QString pdfText(const QString& pdfFile)
{
    const ProcessResult r = runProcess(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                        QStringLiteral("UTF-8"), pdfFile, QStringLiteral("-")},
                                       60000);
    REQUIRE(r.exitCode == 0);
    return r.out;
}

QString foldWhitespace(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString folded = line.simplified();
        if (!folded.isEmpty())
            lines << folded;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace civicdesk::test
