#include "Commands.h"

namespace civicdesk {

QVector<Command> allCommands()
{
    QVector<Command> all;
    all += storageCommands();
    all += schedulingCommands();
    return all;
}

} // namespace civicdesk
