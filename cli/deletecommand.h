#pragma once

#include "command.h"

namespace copydesk {

// delete: moves an article to the trash.
class DeleteCommand : public Command
{
public:
    DeleteCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
