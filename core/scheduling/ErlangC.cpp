#include "ErlangC.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace civicdesk::erlang {

double offeredLoad(double arrivalsPerHour, double serviceMinutes)
{
    return arrivalsPerHour * serviceMinutes / 60.0;
}

double waitProbability(double load, int servers)
{
    if (load <= 0)
        return 0;
    if (servers <= 0 || load >= servers)
        return 1;
    // Erlang B by its stable recursion, then C from B: no factorials, no overflow.
    double b = 1;
    for (int k = 1; k <= servers; ++k)
        b = load * b / (k + load * b);
    return servers * b / (servers - load * (1 - b));
}

double meanWaitMinutes(double arrivalsPerHour, double serviceMinutes, int servers)
{
    const double load = offeredLoad(arrivalsPerHour, serviceMinutes);
    if (load <= 0)
        return 0;
    if (servers <= 0 || load >= servers)
        return std::numeric_limits<double>::infinity();
    return waitProbability(load, servers) * serviceMinutes / (servers - load);
}

int serversForTarget(double arrivalsPerHour, double serviceMinutes, double targetMinutes)
{
    const double load = offeredLoad(arrivalsPerHour, serviceMinutes);
    if (load <= 0)
        return 0;
    int c = std::max(1, int(std::floor(load)) + 1);
    while (meanWaitMinutes(arrivalsPerHour, serviceMinutes, c) > targetMinutes && c < 10000)
        ++c;
    return c;
}

} // namespace civicdesk::erlang
