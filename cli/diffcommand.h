#pragma once

#include "command.h"

namespace copydesk {

// diff: what changed in an article between two revisions, or since one.
class DiffCommand : public Command
{
public:
    DiffCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
