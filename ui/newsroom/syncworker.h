#pragma once

#include "server/newsroomserver.h"
#include "server/serveraudit.h"
#include "server/serverboard.h"
#include "sync/syncrows.h"

#include <QObject>

#include <memory>

class QSocketNotifier;
class QTimer;

namespace copydesk {

class Store;

// The window's newsroom connection, living on a thread of its own (never the UI thread): its
// own connections to the store and to the server, a sync on a timer and on every NOTIFY, and
// the open article's edit lease (taken, renewed every 30 s, released). Everything is a queued
// call in and a signal out, so a slow or absent network never holds up typing or saving.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    enum class State { Offline, Online, Syncing };
    Q_ENUM(State)
    // The open article's lease as this desktop sees it. Closed: this login may not change the
    // article as it stands on the server, so it holds no lease on it.
    enum class Lease { Free, Mine, Other, Closed };
    Q_ENUM(Lease)

    static constexpr int SyncIntervalMs = 15000;

    explicit SyncWorker(const QString &storePath, QObject *parent = nullptr);
    ~SyncWorker() override;

    // The following run on the worker's thread (QMetaObject::invokeMethod, queued).
    // Connects (again after an outage, every SyncIntervalMs) and syncs.
    void start(const QString &url, const QString &password);
    // Releases the lease held and disconnects.
    void stop();
    void syncNow();
    // The article the window shows (empty: none): its lease is taken, the previous one released.
    void watchArticle(const QString &uuid);
    // Takes the open article's lease even though another holds it (an editor's or the chief's right).
    void takeOver();

signals:
    // conflicted: the store's articles in conflict now (Store::articlesInConflict), by id.
    void statusChanged(copydesk::SyncWorker::State state, qint64 pending, const QList<qint64> &conflicted,
                       const QString &error);
    void identified(const QString &login, const QString &displayName, const QString &role);
    // holder: the display name (else login) of who holds it when Other; error: a refused take-over,
    // or when Closed why this login may not change the article (ServerLeases::whyNotAllowed).
    void leaseChanged(const QString &uuid, copydesk::SyncWorker::Lease lease, const QString &holder,
                      const QString &error);
    // The open article's audit trail on the server, newest first (after each sync and lease change).
    void auditRead(const QString &uuid, const QList<copydesk::ServerAudit::Entry> &entries);
    // Every article's lease holder and last editor (after each sync and lease change).
    void boardRead(const copydesk::ServerBoard::Rows &board);
    void stopped();

private:
    bool ensureConnected();
    void runSync();
    void takeLease(bool force);
    // After a NOTIFY on copydesk_leases: who holds the open article now.
    void checkLease();
    void readAudit();
    void readBoard();
    void releaseLease();
    void readNotifications();
    void report(State state, const QString &error = {});
    void disconnectServer();

    QString m_path;
    QString m_url;
    QString m_password;
    QString m_session;
    std::unique_ptr<Store> m_store;
    SyncRows m_rows;
    NewsroomServer m_server;
    bool m_rowsOpen = false;
    QTimer *m_syncTimer;
    QTimer *m_leaseTimer;
    QTimer *m_notifyDelay;
    QSocketNotifier *m_notifier = nullptr;
    QString m_uuid;
    Lease m_lease = Lease::Free;
    QString m_holder;
    NewsroomServer::Identity m_identity;
};

} // namespace copydesk
