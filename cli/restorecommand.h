#pragma once

#include "command.h"

namespace copydesk {

// restore: makes an earlier revision of an article current.
class RestoreCommand : public Command
{
public:
    RestoreCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
