#include "Commands.h"

namespace civicdesk {

QVector<Command> allCommands()
{
    QVector<Command> all;
    all += storageCommands();
    all += securityCommands();
    all += calendarCommands();
    all += catalogCommands();
    all += applicantCommands();
    all += schedulingCommands();
    all += documentCommands();
    all += reportCommands();
    all += intakeCommands();
    all += workflowCommands();
    return all;
}

} // namespace civicdesk
