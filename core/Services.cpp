#include "Services.h"

namespace civicdesk {

Services::Services(std::unique_ptr<Database> db, std::shared_ptr<const Clock> clock,
                   Session session)
    : m_db(std::move(db)), m_clock(std::move(clock)), m_session(std::move(session))
{
}

Services::~Services() = default;

} // namespace civicdesk
