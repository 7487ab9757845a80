#pragma once

#include "newsroom/syncworker.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

namespace copydesk {

class PasswordVault;

// The window's side of the newsroom: the server the store is set to (the same sync_state the
// CLI's remote set writes), its password in the vault, and the SyncWorker on its own thread,
// whose status and lease news arrive here as signals.
class NewsroomLink : public QObject
{
    Q_OBJECT

public:
    explicit NewsroomLink(const QString &storePath, QObject *parent = nullptr);
    ~NewsroomLink() override;

    // The system keychain unless replaced (the tests give a fake).
    void setVault(std::unique_ptr<PasswordVault> vault);

    // The server the store syncs with; empty when none.
    QString url() const;
    // As copydesk-cli remote set: a new server starts from its first change. False with why.
    bool setUrl(const QString &url, QString *error);
    // Keeps the password of url's login in the vault; without a keychain, says so in notice().
    void keepPassword(const QString &url, const QString &password);
    // Connects with password, or the vault's, or (none there) ~/.pgpass and PGPASSWORD.
    void connectToServer(const QString &password = {});
    // Stops syncing; forget also clears the server (remote clear) and its kept password.
    void disconnectFromServer(bool forget);
    bool isActive() const { return m_active; }

    void syncNow();
    void watchArticle(const QString &uuid);
    void takeOver();

    SyncWorker::State state() const { return m_state; }
    qint64 pending() const { return m_pending; }
    // The store's articles in conflict, by id, as of the worker's last report.
    QList<qint64> conflictedArticles() const { return m_conflicted; }
    QString lastError() const { return m_error; }
    QString role() const { return m_role; }
    QString displayName() const { return m_displayName; }
    // 在线 · 3 to push · 1 conflict; empty when no server is set.
    QString statusText() const;

signals:
    void statusChanged();
    void identified();
    void leaseChanged(const QString &uuid, copydesk::SyncWorker::Lease lease, const QString &holder,
                      const QString &error);
    void auditRead(const QString &uuid, const QList<copydesk::ServerAudit::Entry> &entries);
    void boardRead(const copydesk::ServerBoard::Rows &board);
    // One line for the user (no keychain here, where the password comes from instead).
    void notice(const QString &text);

private:
    void startWorker(const QString &url, const QString &password);
    void stopWorker();

    QString m_storePath;
    std::unique_ptr<PasswordVault> m_vault;
    QThread m_thread;
    QPointer<SyncWorker> m_worker;
    bool m_active = false;
    QString m_watched; // the open article's uuid
    SyncWorker::State m_state = SyncWorker::State::Offline;
    qint64 m_pending = 0;
    QList<qint64> m_conflicted;
    QString m_error;
    QString m_role;
    QString m_displayName;
};

} // namespace copydesk
