#pragma once

// The one error channel of CivicDesk: every core function that can fail returns a
// Status or a Result<T> carrying a translated sentence for the person at the screen
// (what happened, what was kept, what to do) and a technical detail for the log.

#include <QString>

#include <optional>
#include <utility>

namespace civicdesk {

enum class ErrorKind {
    Invalid,          // the input breaks a rule; the message names the rule
    NotFound,         // the thing asked for does not exist
    Denied,           // the current staff member may not do this
    Conflict,         // the state changed under us, or the transition is not allowed
    Busy,             // the database stayed locked beyond the retry bound
    ReadOnly,         // the database (or its folder) cannot be written
    DiskFull,         // no space left for the database
    Corrupt,          // the database file failed its integrity check
    SchemaTooNew,     // the database was written by a newer CivicDesk
    ConnectionFailed, // the database could not be opened or reached
    Io,               // a file outside the database could not be read or written
    Internal,         // a bug: should not happen
};

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message; // translated, for people
    QString detail;  // technical, for the log; never personal data

    Error() = default;
    Error(ErrorKind k, QString msg, QString det = {})
        : kind(k), message(std::move(msg)), detail(std::move(det))
    {
    }
};

class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Error& error() const { return *m_error; }
    ErrorKind kind() const { return m_error ? m_error->kind : ErrorKind::Internal; }
    QString message() const { return m_error ? m_error->message : QString(); }

private:
    std::optional<Error> m_error;
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T take() { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

    const Error& error() const { return m_error; }
    ErrorKind kind() const { return m_error.kind; }
    QString message() const { return m_error.message; }
    Status status() const { return isOk() ? Status() : Status(m_error); }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace civicdesk

// Return early with the error of a Status or Result.
#define CIVICDESK_TRY(expr)                                                                        \
    do {                                                                                           \
        auto&& civicdeskTryResult_ = (expr);                                                       \
        if (!civicdeskTryResult_)                                                                  \
            return civicdeskTryResult_.error();                                                    \
    } while (false)
