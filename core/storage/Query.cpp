#include "Query.h"

#include "Database.h"

#include <utility>

namespace civicdesk {

Query::Query(QSqlQuery&& query, const Database* pool, QString sql)
    : QSqlQuery(std::move(query)), m_pool(pool), m_sql(std::move(sql))
{
}

Query::Query(Query&& other) noexcept
    : QSqlQuery(std::move(static_cast<QSqlQuery&>(other))),
      m_pool(std::exchange(other.m_pool, nullptr)), m_sql(std::move(other.m_sql))
{
}

Query::~Query()
{
    if (!m_pool)
        return;
    finish();
    m_pool->recycle(m_sql, std::move(static_cast<QSqlQuery&>(*this)));
}

} // namespace civicdesk
