#pragma once

#include "command.h"

namespace copydesk {

// revisions: an article's saved revisions, newest first.
class RevisionsCommand : public Command
{
public:
    RevisionsCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
