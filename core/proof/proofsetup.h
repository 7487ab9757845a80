#pragma once

#include "proof/proofignores.h"
#include "proof/proofoptions.h"

#include <QString>

namespace copydesk {

class Store;

// How the desk proofs an article, as its store keeps it: the enabled word lists, the user's
// dictionary, the house style, and what the editor ignored in this article. The Proofing dock,
// copydesk-cli proof and the export preflight all read it here, so they agree.
struct ProofSetup
{
    ProofOptions options;
    ProofIgnores ignores;

    // articleUuid empty: no ignores. *error is set when the word lists cannot be read (the
    // rest is still filled in).
    static ProofSetup read(const Store &store, const QString &articleUuid, QString *error = nullptr);
};

} // namespace copydesk
