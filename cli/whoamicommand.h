#pragma once

#include "command.h"

namespace copydesk {

// whoami: the login, name and role the newsroom server knows this store's user as.
class WhoamiCommand : public Command
{
public:
    WhoamiCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
