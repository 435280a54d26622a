#pragma once

// How time limits look on every workflow screen: the traffic light as a coloured dot, and a
// due date with the working days left ("30 Nov · 3 days left", "2 days overdue").

#include "workflow/WorkflowTypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

namespace civicdesk {

class LimitDisplay {
    Q_DECLARE_TR_FUNCTIONS(LimitDisplay)
public:
    static QColor color(Light light);
    static QIcon icon(Light light, bool suspended = false);
    // A word for a list's light column: "past statutory", "overdue", "near", "on time",
    // "suspended"; empty when no limit runs.
    static QString word(Light light, bool suspended = false, bool statutoryOverdue = false);
    // "30/11/2026 · 3 working days left", "… · due today", "… · 2 working days overdue".
    static QString dueText(const LimitState& limit);
    // The same for a list column whose header says "working days": "30/11/2026 · 3 left".
    static QString compactDue(const LimitState& limit);
    static QString daysLeft(int days);
    static QString date(const QDate& d);
    static QString dateTime(const QDateTime& t);
};

} // namespace civicdesk
