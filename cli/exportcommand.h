#pragma once

#include "command.h"

namespace copydesk {

// export: writes articles in one format into a folder, one output each.
class ExportCommand : public Command
{
public:
    ExportCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
