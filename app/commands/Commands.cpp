#include "Commands.h"

namespace civicdesk {

QVector<Command> allCommands()
{
    QVector<Command> all;
    all += storageCommands();
    all += applicantCommands();
    return all;
}

} // namespace civicdesk
