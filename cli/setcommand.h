#pragma once

#include "command.h"
#include "model/article.h"

namespace copydesk {

// set: one field of an article, checked, then written in one transaction.
class SetCommand : public Command
{
public:
    SetCommand();

protected:
    int execute(Invocation &invocation) const override;

private:
    // Sets one field from its command-line text; false with a usage problem for a bad value.
    static bool setField(Article *article, const QString &field, const QString &value, QString *problem);
};

} // namespace copydesk
