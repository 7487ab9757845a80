#pragma once

#include "command.h"

namespace copydesk {

// recover: replaces a damaged store by a backup, under the store's lock.
class RecoverCommand : public Command
{
public:
    RecoverCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
