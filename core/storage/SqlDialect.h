#pragma once

// The one place that knows how SQLite and PostgreSQL differ. Everything else writes the
// common subset: parameterised statements, TEXT/INTEGER/BIGINT columns, ISO timestamps as
// text, "INSERT … ON CONFLICT … DO UPDATE … RETURNING" (both have it).

#include <QString>
#include <QStringList>

namespace civicdesk {

enum class SqlBackend { Sqlite, Postgres };

class SqlDialect {
public:
    explicit SqlDialect(SqlBackend backend) : m_backend(backend) {}

    SqlBackend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == SqlBackend::Sqlite; }

    // Opens a write transaction that takes the write lock up front.
    QString beginWrite() const;
    // Appended to a SELECT that claims rows for update without waiting on rows that
    // another connection is claiming (PostgreSQL); SQLite's write lock already serialises.
    QString forUpdateSkipLocked() const;
    // Appended to a SELECT that locks the rows it reads until the transaction ends.
    QString forUpdate() const;
    // A case-insensitive LIKE.
    QString likeOperator() const;

    // Turns a migration script into statements for this backend:
    //  - lines between "-- @sqlite" / "-- @postgres" and "-- @end" are kept only for that
    //    backend;
    //  - {{AUTO_ID}}, {{BLOB}}, {{DOUBLE}} become the backend's column types;
    //  - statements end with ";" at the end of a line; a CREATE TRIGGER ends at "END;" and a
    //    $$-quoted body at its closing $$.
    QStringList scriptStatements(const QString& script) const;

private:
    SqlBackend m_backend;
};

} // namespace civicdesk
