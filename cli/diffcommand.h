#pragma once

#include "command.h"

namespace copydesk {

// diff: what changed in an article between two revisions, or since one.
class DiffCommand : public Command
{
public:
    DiffCommand();
    QString description() const override;

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
