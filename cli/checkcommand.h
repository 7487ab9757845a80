#pragma once

#include "command.h"

namespace copydesk {

// check: the integrity check of an existing store.
class CheckCommand : public Command
{
public:
    CheckCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
