#pragma once

// Each area of the program contributes its headless commands here.

#include "CommandLine.h"

namespace civicdesk {

QVector<Command> storageCommands();  // init, demo, check, backup
QVector<Command> securityCommands(); // staff, audit
QVector<Command> calendarCommands(); // calendar add-days | between | show | import
QVector<Command> catalogCommands(); // catalog import, catalog export
QVector<Command> applicantCommands(); // validate
QVector<Command> schedulingCommands(); // staffing
QVector<Command> documentCommands(); // documents, document-pdf
QVector<Command> reportCommands();   // report daily | monthly
QVector<Command> intakeCommands();   // print, deem-accepted

} // namespace civicdesk
