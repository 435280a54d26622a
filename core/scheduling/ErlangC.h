#pragma once

// The M/M/c queue (Erlang C): how likely an arriving applicant has to wait, and how long on
// average, when arrivals are random at a steady rate and c windows serve them.

namespace civicdesk::erlang {

// Offered load in Erlangs: arrivals per hour × mean service time in hours.
double offeredLoad(double arrivalsPerHour, double serviceMinutes);
// The probability that an arrival has to wait, for `servers` windows and `load` Erlangs;
// 1 when the windows cannot keep up (load ≥ servers).
double waitProbability(double load, int servers);
// The mean wait in minutes before service starts; infinity when the queue grows without end.
double meanWaitMinutes(double arrivalsPerHour, double serviceMinutes, int servers);
// The fewest windows whose mean wait is at most targetMinutes (0 when nobody arrives).
int serversForTarget(double arrivalsPerHour, double serviceMinutes, double targetMinutes);

} // namespace civicdesk::erlang
