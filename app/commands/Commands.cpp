#include "Commands.h"

namespace civicdesk {

QVector<Command> allCommands()
{
    QVector<Command> all;
    all += storageCommands();
    all += catalogCommands();
    return all;
}

} // namespace civicdesk
