#pragma once

#include <QCoreApplication>
#include <QString>

namespace copydesk {

class Store;

// Start-up of a store that this version must update first (a copy made, tables rewritten, the
// search index rebuilt: about a minute for 100k articles): the update runs on a worker thread
// while a busy dialog says why the window has not appeared yet.
class StoreUpdate
{
    Q_DECLARE_TR_FUNCTIONS(StoreUpdate)

public:
    // The dialog appears only when the update lasts longer than this.
    static constexpr int ShowAfterMs = 400;

    // Store::open(path) into *store on a worker thread; the store is this thread's afterwards.
    static bool open(Store *store, const QString &path, QString *error);
};

} // namespace copydesk
