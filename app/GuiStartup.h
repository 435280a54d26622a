#pragma once

#include "CommandLine.h"

namespace civicdesk {

// Opens the database (creating the local one with demo data on first start), then shows the
// main window and runs the event loop.
int startGui(CommandContext& ctx);

} // namespace civicdesk
