#pragma once

#include "command.h"

namespace copydesk {

// sync: push the outbox, pull the newsroom's changes.
class SyncCommand : public Command
{
public:
    SyncCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
