#pragma once

#include "command.h"

namespace copydesk {

// search: the full-text search, best first, as lines or JSON.
class SearchCommand : public Command
{
public:
    SearchCommand();
    QString description() const override;

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
