#pragma once

// Each area of the program contributes its headless commands here.

#include "CommandLine.h"

namespace civicdesk {

QVector<Command> storageCommands();  // init, demo, check, backup
QVector<Command> documentCommands(); // documents, document-pdf

} // namespace civicdesk
