#include "Query.h"

#include "Database.h"

#include <utility>

namespace civicdesk {

Query::Query(QSqlQuery&& query, const Database* db, QString sql)
    : QSqlQuery(std::move(query)), m_db(db), m_sql(std::move(sql))
{
    ++m_db->m_liveQueries;
}

Query::Query(Query&& other) noexcept
    : QSqlQuery(std::move(static_cast<QSqlQuery&>(other))),
      m_db(std::exchange(other.m_db, nullptr)), m_sql(std::move(other.m_sql))
{
}

Query::~Query()
{
    if (!m_db)
        return;
    finish();
    if (!m_sql.isEmpty())
        m_db->recycle(m_sql, std::move(static_cast<QSqlQuery&>(*this)));
    else
        static_cast<QSqlQuery&>(*this) = QSqlQuery(); // its statement goes before the count does
    --m_db->m_liveQueries;
}

} // namespace civicdesk
