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
QVector<Command> intakeCommands();   // print, deem-accepted
QVector<Command> workflowCommands(); // supervision, decisions
QVector<Command> reportCommands();   // report daily | monthly

} // namespace civicdesk
