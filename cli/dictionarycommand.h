#pragma once

#include "command.h"

namespace copydesk {

// dictionary: the user's own English words, which the spelling check accepts (kept in the
// store's settings, so every program on the store shares them).
class DictionaryCommand : public Command
{
public:
    DictionaryCommand();
    StoreUse storeUse(const QStringList &arguments) const override;

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
