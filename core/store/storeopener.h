#pragma once

#include "store/store.h"

#include <QString>

#include <memory>

namespace copydesk {

class Database;

// Opens a store file for Store: what the file is, checked before SQLite writes to it; the write
// lock taken, identity and version checked again under it, migrations (StoreSchema) applied,
// WAL and the connection's pragmas set; or a query-only connection for reading.
class StoreOpener
{
public:
    // The connection, or null with *problem and *error (the file left as it was).
    static std::unique_ptr<Database> openForWriting(const QString &path, Store::OpenProblem *problem,
                                                    QString *error);
    static std::unique_ptr<Database> openForReading(const QString &path, Store::OpenProblem *problem,
                                                    QString *error);

private:
    static bool checkExisting(const QString &path, bool readOnly, Store::OpenProblem *problem,
                              QString *error);
    static std::unique_ptr<Database> initialize(const QString &path, Store::OpenProblem *problem,
                                                QString *error);
    static std::unique_ptr<Database> initializeReadOnly(const QString &path,
                                                        Store::OpenProblem *problem, QString *error);
};

} // namespace copydesk
