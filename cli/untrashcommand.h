#pragma once

#include "command.h"

namespace copydesk {

// untrash: takes an article out of the trash.
class UntrashCommand : public Command
{
public:
    UntrashCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
