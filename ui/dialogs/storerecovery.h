#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace copydesk {

class Store;

// Start-up rescue of a damaged store: offers to put the newest good backup in its place (the
// damaged file is kept beside it, renamed) and tells the user where everything went.
class StoreRecovery
{
    Q_DECLARE_TR_FUNCTIONS(StoreRecovery)

public:
    // Call when store->open(path) failed with Store::OpenProblem::Damaged; problem is open()'s
    // error. Asks first; true when the store is open afterwards. Every failure has been shown to
    // the user when this returns false.
    static bool offer(Store *store, const QString &path, const QString &problem, QWidget *parent = nullptr);
};

} // namespace copydesk
