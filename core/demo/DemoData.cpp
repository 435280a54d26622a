#include "DemoData.h"

#include "Clock.h"
#include "documents/DocumentDemo.h"
#include "storage/Database.h"
#include "storage/Meta.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace civicdesk {

Result<bool> DemoData::isPresent(const Database& db)
{
    auto demo = Meta::get(db, MetaKey::Demo);
    if (!demo)
        return demo.error();
    return demo.value() == QLatin1String("1");
}

Result<DemoSummary> DemoData::fill(Database& db, const Clock& clock)
{
    Q_UNUSED(clock);
    auto present = isPresent(db);
    if (!present)
        return present.error();
    if (present.value())
        return Error(ErrorKind::Conflict,
                     tr("This database already holds the demonstration data; nothing was added."));
    auto departments = db.scalar(QStringLiteral("SELECT COUNT(*) FROM departments"));
    if (!departments)
        return departments.error();
    if (departments.value().toInt() > 0)
        return Error(ErrorKind::Conflict,
                     tr("This database already holds real data; demonstration data is only added "
                        "to a new, empty database."));

    QFile file(QStringLiteral(":/civicdesk/catalog/default_catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Internal, tr("The built-in catalog is missing from the program."));
    const QJsonObject catalog = QJsonDocument::fromJson(file.readAll()).object();

    DemoSummary summary;
    Status s = db.write([&](Transaction& tx) -> Status {
        int order = 0;
        for (const QJsonValue& v : catalog.value(QLatin1String("departments")).toArray()) {
            const QJsonObject d = v.toObject();
            CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO departments (id, code, name_zh, "
                                                 "name_en, active, sort_order) VALUES (?, ?, ?, "
                                                 "?, 1, ?)"),
                                  {newId(), d.value(QLatin1String("code")).toString(),
                                   d.value(QLatin1String("name_zh")).toString(),
                                   d.value(QLatin1String("name_en")).toString(), ++order})
                              .status());
        }
        summary.lines << tr("%n department(s)", nullptr, order);
        CIVICDESK_TRY(DocumentDemo::fill(tx));
        return Meta::set(tx, MetaKey::Demo, QStringLiteral("1"));
    });
    if (!s)
        return s.error();
    return summary;
}

} // namespace civicdesk
