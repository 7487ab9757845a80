#pragma once

#include "command.h"

namespace copydesk {

// settings: shows the site settings, or sets one.
class SettingsCommand : public Command
{
public:
    SettingsCommand();
    StoreUse storeUse(const QStringList &arguments) const override;

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
