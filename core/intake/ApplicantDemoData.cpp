#include "ApplicantDemoData.h"

#include "ApplicantRepository.h"
#include "Validators.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace civicdesk {

namespace {

QString residentId(const QString& first17)
{
    return first17 + Validators::residentIdCheckCharacter(first17);
}

QString creditCode(const QString& first17)
{
    return first17 + Validators::creditCodeCheckCharacter(first17);
}

} // namespace

Status addDemoApplicants(Transaction& tx, const Context& ctx, QStringList& summary)
{
    ApplicantRepository repository(ctx);
    using D = DocumentType;
    const QVector<Applicant> applicants = {
        Applicant::person(QStringLiteral("张伟"), D::ResidentId, residentId(QStringLiteral("11010519850312003")),
                          QStringLiteral("13800138000"), QStringLiteral("北京市朝阳区建国路88号")),
        Applicant::person(QStringLiteral("王芳"), D::ResidentId, residentId(QStringLiteral("31010419900607002")),
                          QStringLiteral("13912345678"), QStringLiteral("上海市徐汇区漕溪北路201号")),
        Applicant::person(QStringLiteral("李娜"), D::ResidentId, residentId(QStringLiteral("44030519921120004")),
                          QStringLiteral("0755-26543210"), QStringLiteral("深圳市南山区科技园南路12号")),
        Applicant::person(QStringLiteral("刘洋"), D::ResidentId, residentId(QStringLiteral("51010719780405001")),
                          QStringLiteral("18602810001"), QStringLiteral("成都市武侯区人民南路四段9号")),
        Applicant::person(QStringLiteral("陈静"), D::ResidentId, residentId(QStringLiteral("33010619880817006")),
                          QStringLiteral("15700571234"), QStringLiteral("杭州市西湖区文三路478号")),
        Applicant::person(QStringLiteral("欧阳娜娜"), D::ResidentId, residentId(QStringLiteral("35020319960101008")),
                          QStringLiteral("13606001234"), QStringLiteral("厦门市思明区鹭江道2号")),
        Applicant::person(QStringLiteral("张三丰"), D::ResidentId, residentId(QStringLiteral("42010619620224005")),
                          QStringLiteral("027-87654321"), QStringLiteral("武汉市武昌区中南路7号")),
        Applicant::person(QStringLiteral("买买提·艾力"), D::ResidentId, residentId(QStringLiteral("65010219800909003")),
                          QStringLiteral("13999112233"), QStringLiteral("乌鲁木齐市天山区解放南路50号")),
        Applicant::person(QStringLiteral("陈家豪"), D::HkMacaoPermit, QStringLiteral("H60123457"),
                          QStringLiteral("13422223333"), QStringLiteral("香港九龙弥敦道100号")),
        Applicant::person(QStringLiteral("林志明"), D::TaiwanPermit, QStringLiteral("01234567"),
                          QStringLiteral("13559281234"), QStringLiteral("厦门市湖里区台湾街6号")),
        Applicant::person(QStringLiteral("John Smith"), D::Passport, QStringLiteral("533380006"),
                          QStringLiteral("010-65321234-801"), QStringLiteral("北京市朝阳区亮马桥路50号")),
        Applicant::organisation(QStringLiteral("北京示范科技有限公司"), creditCode(QStringLiteral("91110105MA01ABCD1")),
                                QStringLiteral("赵明"), QStringLiteral("孙丽"), QStringLiteral("010-84561234"),
                                QStringLiteral("北京市朝阳区望京街10号")),
        Applicant::organisation(QStringLiteral("深圳市前海示范贸易有限公司"), creditCode(QStringLiteral("91440300MA5DEFGH2")),
                                QStringLiteral("黄国强"), QStringLiteral("何敏"), QStringLiteral("13510001000"),
                                QStringLiteral("深圳市前海深港合作区前湾一路1号")),
        Applicant::organisation(QStringLiteral("杭州市西湖区爱心志愿者协会"), creditCode(QStringLiteral("51330106MJ9876543")),
                                QStringLiteral("周红"), QStringLiteral("周红"), QStringLiteral("0571-87001234"),
                                QStringLiteral("杭州市西湖区北山街32号")),
        Applicant::organisation(QStringLiteral("成都市武侯区张记小吃店"), creditCode(QStringLiteral("92510107MA6C12345")),
                                QStringLiteral("张德才"), QStringLiteral("张德才"), QStringLiteral("18980001234"),
                                QStringLiteral("成都市武侯区武侯祠大街8号")),
    };
    int persons = 0;
    int organisations = 0;
    for (const Applicant& a : applicants) {
        auto saved = repository.save(tx, a);
        if (!saved)
            return saved.error();
        (a.isPerson() ? persons : organisations) += 1;
    }
    summary << QCoreApplication::translate("civicdesk::DemoData",
                                           "%n applicant(s): %1 persons and %2 organisations",
                                           nullptr, persons + organisations)
                   .arg(persons)
                   .arg(organisations);
    return {};
}

} // namespace civicdesk
