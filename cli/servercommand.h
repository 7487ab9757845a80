#pragma once

#include "command.h"

namespace copydesk {

// server init|migrate|adduser: Copydesk's schema on a newsroom PostgreSQL database.
class ServerCommand : public Command
{
public:
    ServerCommand();

protected:
    StoreUse storeUse(const QStringList &arguments) const override;
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
