#include "Commands.h"

namespace civicdesk {

QVector<Command> allCommands()
{
    QVector<Command> all;
    all += storageCommands();
    return all;
}

} // namespace civicdesk
