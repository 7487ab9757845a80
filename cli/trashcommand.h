#pragma once

#include "command.h"

namespace copydesk {

// trash: the articles in the trash, as lines or JSON.
class TrashCommand : public Command
{
public:
    TrashCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
