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
    // Start-up: this process's opens of the file skip the PRAGMA quick_check until
    // checkDeferred() runs it, so that the window paints first (~20 ms for a 1k-article store,
    // docs/benchmarks.md).
    static void deferIntegrityCheck(const QString &path);
    // Runs the deferred check on a read-only connection of its own: false with the one-line
    // reason when the store is damaged (anything else, such as a busy store, is not its business).
    static bool checkDeferred(const QString &path, QString *error);
    // Whether opening the file for writing will update its schema first (a copy made, tables
    // rewritten, the search index rebuilt: long for a large store). Read from the file's header,
    // which can lag behind its WAL: true may turn out to need nothing; false is certain.
    static bool mayNeedUpdate(const QString &path);

private:
    static bool checkExisting(const QString &path, bool readOnly, Store::OpenProblem *problem,
                              QString *error);
    static std::unique_ptr<Database> initialize(const QString &path, Store::OpenProblem *problem,
                                                QString *error);
    static std::unique_ptr<Database> initializeReadOnly(const QString &path,
                                                        Store::OpenProblem *problem, QString *error);
};

} // namespace copydesk
