#pragma once

#include "command.h"

namespace copydesk {

// remote [set URL|clear]: the newsroom server this store syncs with.
class RemoteCommand : public Command
{
public:
    RemoteCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
