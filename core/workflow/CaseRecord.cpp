#include "CaseRecord.h"

namespace civicdesk {

QString CaseNames::key(MaterialState state)
{
    switch (state) {
    case MaterialState::Received:
        return QStringLiteral("received");
    case MaterialState::Missing:
        return QStringLiteral("missing");
    case MaterialState::Defective:
        return QStringLiteral("defective");
    case MaterialState::Deferred:
        return QStringLiteral("deferred");
    case MaterialState::Supplied:
        return QStringLiteral("supplied");
    }
    return {};
}

std::optional<MaterialState> CaseNames::materialStateFromKey(const QString& key)
{
    for (MaterialState s : {MaterialState::Received, MaterialState::Missing, MaterialState::Defective,
                            MaterialState::Deferred, MaterialState::Supplied}) {
        if (CaseNames::key(s) == key)
            return s;
    }
    return std::nullopt;
}

QString CaseNames::name(MaterialState state)
{
    switch (state) {
    case MaterialState::Received:
        return tr("received");
    case MaterialState::Missing:
        return tr("missing");
    case MaterialState::Defective:
        return tr("not acceptable");
    case MaterialState::Deferred:
        return tr("to follow later");
    case MaterialState::Supplied:
        return tr("supplied later");
    }
    return {};
}

QString CaseNames::key(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QStringLiteral("pending");
    case StepState::Open:
        return QStringLiteral("open");
    case StepState::Approved:
        return QStringLiteral("approved");
    case StepState::Returned:
        return QStringLiteral("returned");
    case StepState::Denied:
        return QStringLiteral("denied");
    }
    return {};
}

std::optional<StepState> CaseNames::stepStateFromKey(const QString& key)
{
    for (StepState s : {StepState::Pending, StepState::Open, StepState::Approved, StepState::Returned,
                        StepState::Denied}) {
        if (CaseNames::key(s) == key)
            return s;
    }
    return std::nullopt;
}

QString CaseNames::name(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("not yet started");
    case StepState::Open:
        return tr("waiting for a decision");
    case StepState::Approved:
        return tr("approved");
    case StepState::Returned:
        return tr("returned");
    case StepState::Denied:
        return tr("denied");
    }
    return {};
}

} // namespace civicdesk
