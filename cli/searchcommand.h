#pragma once

#include "command.h"

namespace copydesk {

// search: the full-text search, best first, as lines or JSON.
class SearchCommand : public Command
{
public:
    SearchCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
