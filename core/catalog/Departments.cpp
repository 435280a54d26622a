#include "Departments.h"

#include "CatalogRepository.h"

namespace civicdesk {

Result<QVector<Department>> listDepartments(const Database& db)
{
    return CatalogRepository(db).departments(true);
}

} // namespace civicdesk
