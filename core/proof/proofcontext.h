#pragma once

#include "proof/prooffinding.h"
#include "proof/proofoptions.h"

namespace copydesk {

// What a rule knows about the text it checks beyond the text itself.
struct ProofContext
{
    ProofFinding::Field field = ProofFinding::Field::Body;
    ProofOptions::Preset preset = ProofOptions::Preset::Print;
    // Simplified or Traditional, already resolved from Auto.
    ProofOptions::Script script = ProofOptions::Script::Simplified;
    // Whether findings carry suggestions; the underlines drawn at every keystroke need none
    // (Hunspell's take milliseconds).
    bool suggestions = true;
};

} // namespace copydesk
