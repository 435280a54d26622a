// Erlang C against figures computed here independently, from the textbook formula with
// factorials (not the recursion the program uses).

#include "TestDatabase.h"
#include "scheduling/ErlangC.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace civicdesk;

namespace {

// P(wait) = (A^c / c!) · c/(c−A)  /  ( Σ_{k<c} A^k/k!  +  (A^c / c!) · c/(c−A) )
double textbookErlangC(double a, int c)
{
    double sum = 0;
    for (int k = 0; k < c; ++k)
        sum += std::pow(a, k) / std::tgamma(k + 1);
    const double top = std::pow(a, c) / std::tgamma(c + 1) * c / (c - a);
    return top / (sum + top);
}

} // namespace

TEST_CASE("Erlang C waiting probability matches the textbook", "[unit][staffing]")
{
    // The classic call-centre example: 10 Erlangs on 11 servers.
    CHECK(erlang::waitProbability(10, 11) == Approx(0.6821).epsilon(0.001));
    CHECK(erlang::waitProbability(10, 11) == Approx(textbookErlangC(10, 11)).epsilon(1e-9));
    CHECK(erlang::waitProbability(2, 3) == Approx(4.0 / 9).epsilon(1e-9));
    for (double a : {0.5, 3.7, 12.0, 40.0}) {
        for (int c = int(a) + 1; c < int(a) + 6; ++c)
            CHECK(erlang::waitProbability(a, c) == Approx(textbookErlangC(a, c)).epsilon(1e-9));
    }
    // One window: M/M/1, P(wait) = utilisation.
    CHECK(erlang::waitProbability(0.75, 1) == Approx(0.75));
    // Overload and no arrivals.
    CHECK(erlang::waitProbability(5, 5) == 1);
    CHECK(erlang::waitProbability(0, 3) == 0);
}

TEST_CASE("Erlang C mean wait and the fewest windows for a target", "[unit][staffing]")
{
    // 100 arrivals an hour of 6 minutes each: 10 Erlangs. With 11 windows the mean wait is
    // P(wait) · S / (c − A) = 0.682 · 6 / 1 ≈ 4.09 minutes.
    CHECK(erlang::offeredLoad(100, 6) == Approx(10));
    CHECK(erlang::meanWaitMinutes(100, 6, 11) == Approx(textbookErlangC(10, 11) * 6).epsilon(1e-9));
    CHECK(std::isinf(erlang::meanWaitMinutes(100, 6, 10)));
    // M/M/1: Wq = ρ/(μ − λ): 6 an hour, 8 minutes each (ρ = 0.8): 0.8 · 8 / 0.2 = 32 minutes.
    CHECK(erlang::meanWaitMinutes(6, 8, 1) == Approx(32));
    // 11 windows give 4.09 min; 10 cannot keep up, so 11 is the fewest for a 10-minute target
    // and more are needed for one minute.
    CHECK(erlang::serversForTarget(100, 6, 10) == 11);
    const int forOneMinute = erlang::serversForTarget(100, 6, 1);
    CHECK(forOneMinute > 11);
    CHECK(erlang::meanWaitMinutes(100, 6, forOneMinute) <= 1);
    CHECK(erlang::meanWaitMinutes(100, 6, forOneMinute - 1) > 1);
    CHECK(erlang::serversForTarget(0, 6, 10) == 0);
}

TEST_CASE("civicdesk staffing prints the what-if figures", "[unit][staffing]")
{
    using civicdesk::test::runCivicDesk;
    auto wait = runCivicDesk({QStringLiteral("staffing"), QStringLiteral("--arrivals-per-hour"),
                              QStringLiteral("100"), QStringLiteral("--service-minutes"),
                              QStringLiteral("6"), QStringLiteral("--windows"), QStringLiteral("11")});
    CHECK(wait.exitCode == 0);
    CHECK(wait.out.contains(QStringLiteral("Probability of waiting: 0.682")));
    CHECK(wait.out.contains(QStringLiteral("Mean wait: 4.09 minutes")));

    auto target = runCivicDesk({QStringLiteral("staffing"), QStringLiteral("--arrivals-per-hour"),
                                QStringLiteral("100"), QStringLiteral("--service-minutes"),
                                QStringLiteral("6"), QStringLiteral("--target-wait"), QStringLiteral("10")});
    CHECK(target.exitCode == 0);
    CHECK(target.out.contains(QStringLiteral("Windows needed: 11")));

    auto overload = runCivicDesk({QStringLiteral("staffing"), QStringLiteral("--arrivals-per-hour"),
                                  QStringLiteral("100"), QStringLiteral("--service-minutes"),
                                  QStringLiteral("6"), QStringLiteral("--windows"), QStringLiteral("9")});
    CHECK(overload.exitCode == 1);
    CHECK(overload.out.contains(QStringLiteral("cannot keep up")));

    auto wrong = runCivicDesk({QStringLiteral("staffing"), QStringLiteral("--arrivals-per-hour"),
                               QStringLiteral("100")});
    CHECK(wrong.exitCode == 64);
    CHECK(wrong.err.contains(QStringLiteral("--target-wait")));
}
