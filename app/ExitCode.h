#pragma once

#include "Result.h"

namespace civicdesk {

// Exit codes of the headless commands, for scripts.
enum ExitCode : int {
    ExitOk = 0,        // done
    ExitFailed = 1,    // the answer is "no": invalid input, a check that failed, a refusal
    ExitError = 2,     // the database or the environment is not usable (locked, read-only,
                       // missing, damaged, newer than this program, server unreachable)
    ExitUsage = 64,    // the command line itself is wrong
};

inline int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
    case ErrorKind::NotFound:
    case ErrorKind::Denied:
    case ErrorKind::Conflict:
        return ExitFailed;
    default:
        return ExitError;
    }
}

} // namespace civicdesk
