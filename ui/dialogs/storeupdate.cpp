#include "dialogs/storeupdate.h"

#include "store/store.h"

#include <QDir>
#include <QEventLoop>
#include <QLabel>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace copydesk {

namespace {

constexpr int LabelWidth = 420;

} // namespace

bool StoreUpdate::open(Store *store, const QString &path, QString *error)
{
    QProgressDialog progress;
    auto *label = new QLabel(tr("Updating the store “%1” for this version of Copydesk: a copy of it is kept "
                                "first. A large store takes a minute or two.")
                                 .arg(QDir::toNativeSeparators(path)));
    label->setWordWrap(true);
    label->setMinimumWidth(LabelWidth);
    progress.setLabel(label);
    progress.setRange(0, 0);
    progress.setObjectName(QStringLiteral("storeUpdateProgress"));
    progress.setWindowTitle(tr("Updating the Store"));
    progress.setCancelButton(nullptr);
    // Its own timer counts from setValue() calls, which a busy indicator never gets.
    QTimer::singleShot(ShowAfterMs, &progress, &QProgressDialog::show);
    bool opened = false;
    QString why;
    QEventLoop loop;
    const std::unique_ptr<QThread> worker(QThread::create([store, &path, &opened, &why] {
        opened = store->open(path, &why);
    }));
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    if (!opened && error)
        *error = why;
    return opened;
}

} // namespace copydesk
