#pragma once

#include "command.h"

namespace copydesk {

// leases [take|release ID]: who is editing what on the newsroom server.
class LeasesCommand : public Command
{
public:
    LeasesCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
