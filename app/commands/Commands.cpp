#include "Commands.h"

namespace civicdesk {

QVector<Command> allCommands()
{
    QVector<Command> all;
    all += storageCommands();
    all += securityCommands();
    all += calendarCommands();
    all += applicantCommands();
    return all;
}

} // namespace civicdesk
