#pragma once

#include <QString>

namespace copydesk {

class Database;

// The store's schema: one migration step per version, applied in order inside the caller's
// write transaction, then application_id and user_version stamped.
class StoreSchema
{
public:
    // Takes the store from user_version from to Store::SchemaVersion. On failure *failedStep is
    // the version that could not be reached.
    static bool migrate(Database &db, qint64 from, qint64 *failedStep, QString *error);

private:
    static bool tagExistingArticles(Database &db, QString *error);
};

} // namespace copydesk
