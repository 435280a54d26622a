#pragma once

// What the program has open while it runs: the database, the clock and the signed-in staff
// member. The UI and the headless commands get one Services object and build each core
// operation's Context from it.

#include "Clock.h"
#include "Context.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <memory>

namespace civicdesk {

class Services {
public:
    Services(std::unique_ptr<Database> db, std::shared_ptr<const Clock> clock,
             Session session = Session::system());
    ~Services();

    Database& db() const { return *m_db; }
    const Clock& clock() const { return *m_clock; }
    const Session& session() const { return m_session; }
    Session& session() { return m_session; }
    void setSession(Session session) { m_session = std::move(session); }
    Context context() const { return {*m_db, *m_clock, m_session}; }

private:
    std::unique_ptr<Database> m_db;
    std::shared_ptr<const Clock> m_clock;
    Session m_session;
};

} // namespace civicdesk
