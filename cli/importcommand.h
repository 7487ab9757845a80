#pragma once

#include "command.h"

namespace copydesk {

// import: reads files into new articles, all or none, and prints their ids.
class ImportCommand : public Command
{
public:
    ImportCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
