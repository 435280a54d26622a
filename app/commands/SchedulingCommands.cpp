#include "Commands.h"

#include "ExitCode.h"
#include "scheduling/ErlangC.h"

#include <cmath>

namespace civicdesk {

namespace {

// Reads a positive number option; false (after printing why) when it is missing or wrong.
bool numberOption(CommandContext& ctx, const QString& name, double& value, bool integer = false)
{
    bool ok = false;
    value = ctx.parser.value(name).toDouble(&ok);
    if (!ok || value < 0 || (integer && value != std::floor(value))) {
        ctx.usage(CommandLine::tr("--%1 needs a %2, not \"%3\".")
                      .arg(name,
                           integer ? CommandLine::tr("whole number of 1 or more")
                                   : CommandLine::tr("number of 0 or more"),
                           ctx.parser.value(name)));
        return false;
    }
    return true;
}

int runStaffing(CommandContext& ctx)
{
    const bool hasWindows = ctx.parser.isSet(QStringLiteral("windows"));
    const bool hasTarget = ctx.parser.isSet(QStringLiteral("target-wait"));
    if (!ctx.parser.isSet(QStringLiteral("arrivals-per-hour")) ||
        !ctx.parser.isSet(QStringLiteral("service-minutes")) || hasWindows == hasTarget)
        return ctx.usage(CommandLine::tr("Give --arrivals-per-hour and --service-minutes, and "
                                         "either --windows or --target-wait."));
    double arrivals = 0, service = 0;
    if (!numberOption(ctx, QStringLiteral("arrivals-per-hour"), arrivals) ||
        !numberOption(ctx, QStringLiteral("service-minutes"), service))
        return ExitUsage;
    const double load = erlang::offeredLoad(arrivals, service);
    ctx.out << CommandLine::tr("Offered load: %1 Erlangs (%2 arrivals an hour, %3 minutes each).")
                   .arg(QString::number(load, 'f', 2), QString::number(arrivals), QString::number(service))
            << '\n';
    if (hasWindows) {
        double windows = 0;
        if (!numberOption(ctx, QStringLiteral("windows"), windows, true) || windows < 1)
            return ExitUsage;
        const int c = int(windows);
        const double wait = erlang::meanWaitMinutes(arrivals, service, c);
        ctx.out << CommandLine::tr("Probability of waiting: %1").arg(erlang::waitProbability(load, c), 0, 'f', 3)
                << '\n';
        if (std::isinf(wait)) {
            ctx.out << CommandLine::tr("Mean wait: unbounded; %n window(s) cannot keep up, the queue "
                                       "grows all day.",
                                       nullptr, c)
                    << '\n';
            return ExitFailed;
        }
        ctx.out << CommandLine::tr("Mean wait: %1 minutes").arg(wait, 0, 'f', 2) << '\n';
        return ExitOk;
    }
    double target = 0;
    if (!numberOption(ctx, QStringLiteral("target-wait"), target))
        return ExitUsage;
    const int c = erlang::serversForTarget(arrivals, service, target);
    ctx.out << CommandLine::tr("Windows needed: %1").arg(c) << '\n';
    if (c > 0)
        ctx.out << CommandLine::tr("With %1 windows: probability of waiting %2, mean wait %3 minutes.")
                       .arg(c)
                       .arg(erlang::waitProbability(load, c), 0, 'f', 3)
                       .arg(erlang::meanWaitMinutes(arrivals, service, c), 0, 'f', 2)
                << '\n';
    return ExitOk;
}

} // namespace

QVector<Command> schedulingCommands()
{
    return {
        {QStringLiteral("staffing"),
         [] {
             return CommandLine::tr("What-if for the queue: mean wait for a number of windows, "
                                    "or the windows needed for a target wait (Erlang C).");
         },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("arrivals-per-hour"),
                          CommandLine::tr("Applicants arriving per hour."), CommandLine::tr("number")});
             p.addOption({QStringLiteral("service-minutes"),
                          CommandLine::tr("Mean service time at a window, in minutes."),
                          CommandLine::tr("minutes")});
             p.addOption({QStringLiteral("windows"), CommandLine::tr("Windows open."),
                          CommandLine::tr("number")});
             p.addOption({QStringLiteral("target-wait"),
                          CommandLine::tr("The longest acceptable mean wait, in minutes."),
                          CommandLine::tr("minutes")});
         },
         runStaffing},
    };
}

} // namespace civicdesk
