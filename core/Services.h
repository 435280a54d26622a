#pragma once

// What the program has open while it runs: the database and the clock, and (as the areas of
// the program arrive) the services built on them. The UI and the headless commands get one
// Services object and reach everything through it.

#include "Clock.h"
#include "storage/Database.h"

#include <memory>

namespace civicdesk {

class Services {
public:
    Services(std::unique_ptr<Database> db, std::shared_ptr<const Clock> clock);
    ~Services();

    Database& db() const { return *m_db; }
    const Clock& clock() const { return *m_clock; }

private:
    std::unique_ptr<Database> m_db;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace civicdesk
