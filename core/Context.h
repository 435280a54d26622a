#pragma once

// Who acts, when, and on which database: what every core operation that changes something
// is given. Owned elsewhere (Services in the program, the test in a test).

namespace civicdesk {

class Clock;
class Database;
class Session;

struct Context {
    Database& db;
    const Clock& clock;
    const Session& session;
};

} // namespace civicdesk
