#pragma once

#include "proof/proofoptions.h"

namespace copydesk {

// How many characters of a text are written only in traditional or only in simplified form;
// tallies of a text's parts add up to the tally of the whole.
struct ScriptTally
{
    int traditional = 0;
    int simplified = 0;

    ScriptTally &operator+=(const ScriptTally &other)
    {
        traditional += other.traditional;
        simplified += other.simplified;
        return *this;
    }
    // The script most of those characters are in; simplified on a tie.
    ProofOptions::Script script() const
    {
        return traditional > simplified ? ProofOptions::Script::Traditional : ProofOptions::Script::Simplified;
    }
};

} // namespace copydesk
