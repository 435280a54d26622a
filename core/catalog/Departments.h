#pragma once

// The departments of the center (公安局, 市场监督管理局, …), as the other areas read them.

#include "Result.h"

#include <QString>
#include <QVector>

namespace civicdesk {

class Database;

struct Department {
    QString id;
    QString code;
    QString nameZh;
    QString nameEn;
    bool active = true;
    // The name in the language of the user interface.
    QString name() const;
};

Result<QVector<Department>> listDepartments(const Database& db);

} // namespace civicdesk
