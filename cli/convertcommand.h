#pragma once

#include "command.h"

namespace copydesk {

// convert: 繁简 conversion of a whole article through OpenCC (s2t, t2s, s2twp, …), saved as a
// revision; bold, italics, links, photos and captions kept.
class ConvertCommand : public Command
{
public:
    ConvertCommand();

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
