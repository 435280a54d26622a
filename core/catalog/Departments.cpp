#include "Departments.h"

#include "storage/Database.h"

#include <QLocale>

namespace civicdesk {

QString Department::name() const
{
    return QLocale().language() == QLocale::Chinese || nameEn.isEmpty() ? nameZh : nameEn;
}

Result<QVector<Department>> listDepartments(const Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT id, code, name_zh, name_en, active FROM departments "
                                    "ORDER BY sort_order, code"));
    if (!q)
        return q.error();
    QVector<Department> list;
    while (q.value().next())
        list.push_back({q.value().value(0).toString(), q.value().value(1).toString(),
                        q.value().value(2).toString(), q.value().value(3).toString(),
                        q.value().value(4).toInt() != 0});
    return list;
}

} // namespace civicdesk
