#pragma once

#include "command.h"

namespace copydesk {

// show: one article as readable text, or its interchange JSON.
class ShowCommand : public Command
{
public:
    ShowCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
