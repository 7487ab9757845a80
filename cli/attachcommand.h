#pragma once

#include "command.h"

namespace copydesk {

// attach: appends photos (files or folders) to an article.
class AttachCommand : public Command
{
public:
    AttachCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
