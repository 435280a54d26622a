#pragma once

// A statement as Database::exec returns it: a QSqlQuery whose prepared statement goes back to
// its connection's pool when this object goes away (finished first, so that it holds no read
// lock), and is reused the next time the same SQL runs. That saves a parse in SQLite and two
// round trips (PREPARE, DEALLOCATE) to a PostgreSQL server on every statement. Its database
// counts the statements alive: while one is, it uses the connection, so writes may not run on
// another thread (see Database::setPipelinedWrites).

#include <QSqlQuery>
#include <QString>

namespace civicdesk {

class Database;

class Query : public QSqlQuery {
public:
    // An empty sql: the statement is not reused.
    Query(QSqlQuery&& query, const Database* db, QString sql);
    Query(Query&& other) noexcept;
    Query& operator=(Query&&) = delete;
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    ~Query();

private:
    const Database* m_db; // null once moved from
    QString m_sql;        // empty: not pooled
};

} // namespace civicdesk
