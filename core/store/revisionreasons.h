#pragma once

#include <QString>

namespace copydesk {

// The display names of the revision reasons the store records (Store::CreatedReason, …),
// translated in the Store context.
class RevisionReasons
{
public:
    // ImportedReason + ": " + the file name.
    static QString imported(const QString &path);
    // Unknown reasons as they are.
    static QString displayName(const QString &reason);
};

} // namespace copydesk
