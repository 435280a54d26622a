#pragma once

// The departments of the center (公安局, 市场监督管理局, …), as the other areas read them.
// Department itself is part of the catalog (CatalogTypes.h); CatalogRepository has the other
// reads and CatalogService the edits.

#include "CatalogTypes.h"
#include "Result.h"

namespace civicdesk {

class Database;

// Every department, deactivated ones included, in the center's order.
Result<QVector<Department>> listDepartments(const Database& db);

} // namespace civicdesk
