#pragma once

#include "command.h"

namespace copydesk {

// wordlist: the outlet's word lists (禁用词, 慎用词, 规范表述) in the store: import a text or CSV
// file as a new version, list them, enable or disable one for proofing, remove one.
class WordlistCommand : public Command
{
public:
    WordlistCommand();
    StoreUse storeUse(const QStringList &arguments) const override;

protected:
    int execute(Invocation &invocation) const override;

private:
    static int import(Invocation &invocation);
    static int list(Invocation &invocation);
};

} // namespace copydesk
