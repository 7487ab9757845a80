#include "newsroom/newsroomlink.h"

#include "sync/serveraddress.h"
#include "newsroom/systemkeychain.h"
#include "sync/syncengine.h"
#include "sync/syncrows.h"

namespace copydesk {

namespace {

QString urlKey()
{
    return QString::fromLatin1(SyncEngine::RemoteUrlKey);
}

} // namespace

NewsroomLink::NewsroomLink(const QString &storePath, QObject *parent)
    : QObject(parent), m_storePath(storePath), m_vault(std::make_unique<SystemKeychain>())
{
    m_thread.setObjectName(QStringLiteral("newsroom sync"));
}

NewsroomLink::~NewsroomLink()
{
    stopWorker();
}

void NewsroomLink::setVault(std::unique_ptr<PasswordVault> vault)
{
    m_vault = std::move(vault);
}

QString NewsroomLink::url() const
{
    SyncRows rows;
    return rows.open(m_storePath, nullptr) ? rows.state(urlKey()) : QString();
}

bool NewsroomLink::setUrl(const QString &url, QString *error)
{
    if (ServerAddress::hasPassword(url)) {
        *error = tr("keep the password out of the address: type it in the password field");
        return false;
    }
    SyncRows rows;
    if (!rows.open(m_storePath, error))
        return false;
    if (rows.state(urlKey()) == url)
        return true;
    return rows.setState(urlKey(), url, error)
        && rows.setState(QString::fromLatin1(SyncEngine::LastSequenceKey), QStringLiteral("0"), error);
}

void NewsroomLink::keepPassword(const QString &url, const QString &password)
{
    QPointer<NewsroomLink> self(this);
    m_vault->write(ServerAddress::account(url), password, [self](const QString &error) {
        if (self && !error.isEmpty())
            emit self->notice(tr("The password is not kept: %1. Put it in ~/.pgpass or PGPASSWORD "
                                 "to connect without typing it.").arg(error));
    });
}

void NewsroomLink::connectToServer(const QString &password)
{
    const QString server = url();
    if (server.isEmpty())
        return;
    if (!password.isEmpty()) {
        startWorker(server, password);
        return;
    }
    QPointer<NewsroomLink> self(this);
    m_vault->read(ServerAddress::account(server), [self, server](bool found, const QString &kept, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty())
            emit self->notice(tr("The password comes from ~/.pgpass or PGPASSWORD: %1.").arg(error));
        self->startWorker(server, found ? kept : QString());
    });
}

void NewsroomLink::disconnectFromServer(bool forget)
{
    const QString server = url();
    stopWorker();
    m_state = SyncWorker::State::Offline;
    m_error.clear();
    m_conflicted.clear();
    if (forget && !server.isEmpty()) {
        SyncRows rows;
        QString error;
        if (!rows.open(m_storePath, &error) || !rows.setState(urlKey(), QString(), &error))
            emit notice(tr("The newsroom server could not be cleared: %1").arg(error));
        m_vault->remove(ServerAddress::account(server), [](const QString &) {});
    }
    emit statusChanged();
}

void NewsroomLink::startWorker(const QString &url, const QString &password)
{
    if (!m_worker) {
        m_worker = new SyncWorker(m_storePath);
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_worker, &SyncWorker::statusChanged, this,
                [this](SyncWorker::State state, qint64 pending, const QList<qint64> &conflicted, const QString &error) {
            if (!m_active)
                return;
            m_state = state;
            m_pending = pending;
            m_conflicted = conflicted;
            m_error = error;
            emit statusChanged();
        });
        connect(m_worker, &SyncWorker::identified, this,
                [this](const QString &, const QString &displayName, const QString &role) {
            m_displayName = displayName;
            m_role = role;
            emit identified();
        });
        connect(m_worker, &SyncWorker::leaseChanged, this, &NewsroomLink::leaseChanged);
        connect(m_worker, &SyncWorker::auditRead, this, &NewsroomLink::auditRead);
        connect(m_worker, &SyncWorker::boardRead, this, &NewsroomLink::boardRead);
        m_thread.start();
    }
    m_active = true;
    m_state = SyncWorker::State::Offline;
    emit statusChanged();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker.data(), url, password, uuid = m_watched] {
        worker->start(url, password);
        worker->watchArticle(uuid);
    });
}

void NewsroomLink::stopWorker()
{
    m_active = false;
    if (!m_worker)
        return;
    // Waits for the sync under way (a connection gives up after a few seconds) and the release.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker.data();
}

void NewsroomLink::syncNow()
{
    if (m_active)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow);
}

void NewsroomLink::watchArticle(const QString &uuid)
{
    m_watched = uuid;
    if (m_active)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker.data(), uuid] { worker->watchArticle(uuid); });
}

void NewsroomLink::takeOver()
{
    if (m_active)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::takeOver);
}

QString NewsroomLink::statusText() const
{
    if (!m_active)
        return {};
    QString text;
    switch (m_state) {
    case SyncWorker::State::Offline: text = tr("Offline"); break;
    case SyncWorker::State::Online: text = tr("Online"); break;
    case SyncWorker::State::Syncing: text = tr("Syncing"); break;
    }
    if (m_pending > 0)
        text += QStringLiteral(" · ") + tr("%n to push", nullptr, int(m_pending));
    if (!m_conflicted.isEmpty())
        text += QStringLiteral(" · ") + tr("%n in conflict", nullptr, int(m_conflicted.size()));
    return text;
}

} // namespace copydesk
