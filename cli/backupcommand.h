#pragma once

#include "command.h"

namespace copydesk {

// backup: a consistent copy of the store, read-only.
class BackupCommand : public Command
{
public:
    BackupCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
