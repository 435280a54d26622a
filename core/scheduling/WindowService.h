#pragma once

// Windows (counters) and ticket categories: what the hall has, and which window serves which
// category. Reads are open to everyone at the counter; changes need Permission::ManageWindows.

#include "Context.h"
#include "Result.h"
#include "SchedulingTypes.h"

#include <QCoreApplication>

namespace civicdesk {

class Database;

class WindowService {
    Q_DECLARE_TR_FUNCTIONS(WindowService)
public:
    static Result<QVector<TicketCategory>> categories(const Database& db, bool activeOnly = true);
    static Result<TicketCategory> category(const Database& db, const QString& id);
    static Result<QVector<ServiceWindow>> windows(const Database& db);
    static Result<ServiceWindow> window(const Database& db, const QString& id);

    // Adds or changes a category (id empty: a new one; its id is filled in).
    static Status saveCategory(const Context& ctx, TicketCategory& category);
    // Adds or changes a window with the categories it serves.
    static Status saveWindow(const Context& ctx, ServiceWindow& window);
    static Status setWindowOpen(const Context& ctx, const QString& windowId, bool open);
};

} // namespace civicdesk
