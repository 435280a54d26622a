#include "DocumentDemo.h"

#include "storage/Transaction.h"

namespace civicdesk {

Status DocumentDemo::fill(Transaction& tx)
{
    const QList<QPair<QString, QString>> settings = {
        {QStringLiteral("center.name"), QStringLiteral("示范市政务服务中心")},
        {QStringLiteral("center.name_en"), QStringLiteral("Shifan City Civic Service Center")},
        {QStringLiteral("center.address"), QStringLiteral("示范市人民路100号市民中心二楼")},
        {QStringLiteral("center.address_en"),
         QStringLiteral("Civic Center 2F, 100 Renmin Road, Shifan")},
        {QStringLiteral("center.phone"), QStringLiteral("0571-12345678")},
        {QStringLiteral("center.website"), QStringLiteral("zwfw.shifan.gov.cn")},
    };
    for (const auto& [key, value] : settings) {
        CIVICDESK_TRY(
            tx.exec(QStringLiteral("INSERT INTO center_settings (key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO NOTHING"),
                    {key, value}));
    }
    return {};
}

} // namespace civicdesk
