#pragma once

#include "command.h"

namespace copydesk {

// new: creates an empty article and prints its id.
class NewCommand : public Command
{
public:
    NewCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
