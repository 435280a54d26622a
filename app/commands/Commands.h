#pragma once

// Each area of the program contributes its headless commands here.

#include "CommandLine.h"
#include "documents/DocumentKind.h"

namespace civicdesk {

QVector<Command> storageCommands();  // init, demo, check, backup
QVector<Command> securityCommands(); // staff, audit
QVector<Command> calendarCommands(); // calendar add-days | between | show | import
QVector<Command> catalogCommands(); // catalog import, catalog export
QVector<Command> applicantCommands(); // validate
QVector<Command> schedulingCommands(); // staffing
QVector<Command> documentCommands(); // documents, document-pdf
QVector<Command> workflowCommands(); // supervision, decisions

// A kind of document `civicdesk print KIND CASE` prints: its name on the command line and the
// kinds of issued document it takes the newest of. Each area adds its kinds to the list in
// Commands.cpp.
struct PrintableKind {
    QString name;
    QList<DocumentKind> kinds;
    std::function<QString()> summary; // translated when shown
};
QVector<PrintableKind> workflowPrintables(); // decision, suspension, extension, handover
QVector<Command> printCommands(const QVector<PrintableKind>& printables); // print

} // namespace civicdesk
