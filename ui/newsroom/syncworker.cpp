#include "newsroom/syncworker.h"

#include "postgres/pgconnection.h"
#include "server/serverleases.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QSocketNotifier>
#include <QTimer>
#include <QUuid>

namespace copydesk {

namespace {

const QString SessionKey = QStringLiteral("remote.session");

} // namespace

SyncWorker::SyncWorker(const QString &storePath, QObject *parent)
    : QObject(parent), m_path(storePath), m_syncTimer(new QTimer(this)), m_leaseTimer(new QTimer(this)),
      m_notifyDelay(new QTimer(this))
{
    m_syncTimer->setInterval(SyncIntervalMs);
    connect(m_syncTimer, &QTimer::timeout, this, &SyncWorker::syncNow);
    m_leaseTimer->setInterval(ServerLeases::RenewIntervalSeconds * 1000);
    connect(m_leaseTimer, &QTimer::timeout, this, [this] { takeLease(false); });
    // A burst of NOTIFYs (a sync of many articles) is one pull.
    m_notifyDelay->setSingleShot(true);
    m_notifyDelay->setInterval(150);
    connect(m_notifyDelay, &QTimer::timeout, this, &SyncWorker::syncNow);
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start(const QString &url, const QString &password)
{
    disconnectServer();
    m_url = url;
    m_password = password;
    m_syncTimer->start();
    m_leaseTimer->start();
    syncNow();
}

void SyncWorker::stop()
{
    releaseLease();
    m_syncTimer->stop();
    m_leaseTimer->stop();
    m_notifyDelay->stop();
    disconnectServer();
    m_url.clear();
    m_password.clear();
    m_store.reset();
    emit stopped();
}

void SyncWorker::disconnectServer()
{
    delete m_notifier;
    m_notifier = nullptr;
    m_server.connection().close();
}

bool SyncWorker::ensureConnected()
{
    QString error;
    if (!m_store) {
        auto store = std::make_unique<Store>();
        if (!store->open(m_path, &error) || !m_rows.open(m_path, &error)) {
            report(State::Offline, error);
            return false;
        }
        m_store = std::move(store);
        m_session = m_rows.state(SessionKey);
        if (m_session.isEmpty()) {
            m_session = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_rows.setState(SessionKey, m_session, nullptr);
        }
    }
    if (m_server.isConnected())
        return true;
    disconnectServer();
    NewsroomServer::Identity identity;
    if (!m_server.connect(m_url, &error, m_password) || !m_server.whoami(&identity, &error)
        || !m_server.connection().exec(QStringLiteral("LISTEN copydesk_changes; LISTEN copydesk_leases"), &error)) {
        m_server.connection().close();
        report(State::Offline, error);
        return false;
    }
    m_identity = identity;
    emit identified(identity.login, identity.displayName, identity.role);
    m_notifier = new QSocketNotifier(m_server.connection().socket(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SyncWorker::readNotifications);
    takeLease(false);
    return true;
}

void SyncWorker::readNotifications()
{
    bool changes = false;
    bool leases = false;
    for (const PgConnection::Notification &notification : m_server.connection().notifications()) {
        changes = changes || notification.channel == QLatin1String("copydesk_changes");
        leases = leases || notification.channel == QLatin1String("copydesk_leases");
    }
    if (!m_server.isConnected()) {
        // The server went away: the socket stays readable, so stop watching it until reconnected.
        disconnectServer();
        report(State::Offline, tr("the newsroom server closed the connection"));
        return;
    }
    if (leases)
        checkLease();
    if (changes && !m_notifyDelay->isActive())
        m_notifyDelay->start();
}

void SyncWorker::syncNow()
{
    if (m_url.isEmpty())
        return;
    if (!ensureConnected())
        return;
    runSync();
}

void SyncWorker::runSync()
{
    report(State::Syncing);
    SyncEngine engine(*m_store, m_rows, m_server);
    SyncReport sync;
    QString error;
    const bool ok = engine.sync(&sync, &error);
    if (!ok && !m_server.isConnected()) {
        disconnectServer();
        report(State::Offline, error);
        return;
    }
    if (!ok)
        error = tr("The sync stopped: %1").arg(error);
    else if (!sync.refusals.isEmpty())
        error = tr("The newsroom server refused a change: %1").arg(sync.refusals.constFirst());
    report(State::Online, error);
    // An article pushed for the first time can now be leased, and one whose status a push or
    // pull changed may now be closed to this login, or open again.
    const bool moved = sync.pushed > 0 || sync.pulled > 0;
    if (!m_uuid.isEmpty() && (m_lease == Lease::Free || (moved && m_lease != Lease::Other)))
        takeLease(false);
    readAudit();
    readBoard();
    // A NOTIFY that came in during these queries was read by libpq then, not by the notifier.
    QMetaObject::invokeMethod(this, &SyncWorker::readNotifications, Qt::QueuedConnection);
}

void SyncWorker::readBoard()
{
    ServerBoard::Rows board;
    if (m_server.isConnected() && ServerBoard(m_server.connection()).read(&board, nullptr))
        emit boardRead(board);
}

void SyncWorker::readAudit()
{
    if (m_uuid.isEmpty() || !m_server.isConnected())
        return;
    QList<ServerAudit::Entry> entries;
    if (ServerAudit(m_server.connection()).trail(m_uuid, 200, &entries, nullptr))
        emit auditRead(m_uuid, entries);
}

void SyncWorker::report(State state, const QString &error)
{
    // Counted in the store, not in this session's syncs: a conflict kept before a restart still
    // counts, and one answered here or by another desk's version pulled down no longer does.
    QList<qint64> conflicted;
    if (m_store)
        m_store->articlesInConflict(&conflicted, nullptr);
    emit statusChanged(state, m_store ? m_rows.outboxSize() : 0, conflicted, error);
}

void SyncWorker::watchArticle(const QString &uuid)
{
    if (uuid == m_uuid)
        return;
    releaseLease();
    m_uuid = uuid;
    m_lease = Lease::Free;
    takeLease(false);
    readAudit();
}

void SyncWorker::takeOver()
{
    takeLease(true);
    readAudit();
}

void SyncWorker::takeLease(bool force)
{
    if (m_uuid.isEmpty())
        return;
    if (!m_server.isConnected()) {
        // Offline first: without the server nobody can be asked, the article stays editable.
        m_lease = Lease::Free;
        emit leaseChanged(m_uuid, m_lease, QString(), QString());
        return;
    }
    ServerLeases leases(m_server.connection());
    ServerLeases::Take outcome = ServerLeases::Take::Refused;
    ServerLeases::Lease lease;
    QString error;
    if (!leases.take(m_uuid, m_session, force, &outcome, &lease, &error)) {
        // Not on the server yet (pushed by the next sync) or the server went away: editable.
        m_lease = Lease::Free;
        emit leaseChanged(m_uuid, m_lease, QString(), QString());
        return;
    }
    const QString holder = lease.holderName.isEmpty() ? lease.holder : lease.holderName;
    m_holder = holder;
    QMetaObject::invokeMethod(this, &SyncWorker::readNotifications, Qt::QueuedConnection);
    if (outcome == ServerLeases::Take::NotAllowed) {
        m_lease = Lease::Closed;
        emit leaseChanged(m_uuid, m_lease, QString(),
                          ServerLeases::whyNotAllowed(m_identity.role, m_identity.login, lease));
    } else if (outcome == ServerLeases::Take::Taken) {
        m_lease = Lease::Mine;
        emit leaseChanged(m_uuid, m_lease, holder, QString());
    } else if (outcome == ServerLeases::Take::Held || lease.holder.size()) {
        m_lease = Lease::Other;
        emit leaseChanged(m_uuid, m_lease, holder,
                          force ? tr("the server refused the take-over: your role may not take over "
                                     "a lease before it expires") : QString());
    } else {
        m_lease = Lease::Free;
        emit leaseChanged(m_uuid, m_lease, QString(), QString());
    }
}

void SyncWorker::checkLease()
{
    if (m_uuid.isEmpty() || !m_server.isConnected())
        return;
    // Closed to this login: whoever holds it, it stays read-only here until a sync finds it open.
    if (m_lease == Lease::Closed) {
        readBoard();
        return;
    }
    // Only reads: a renewal of ours NOTIFYs too, and must not start another.
    ServerLeases leases(m_server.connection());
    ServerLeases::Lease lease;
    bool found = false;
    if (!leases.holder(m_uuid, &lease, &found, nullptr))
        return;
    if (!found || lease.expired) {
        takeLease(false);
        return;
    }
    const Lease now = lease.session == m_session ? Lease::Mine : Lease::Other;
    const QString holder = lease.holderName.isEmpty() ? lease.holder : lease.holderName;
    if (now != m_lease || holder != m_holder) {
        m_lease = now;
        m_holder = holder;
        emit leaseChanged(m_uuid, m_lease, holder, QString());
        readAudit();
    }
    readBoard();
}

void SyncWorker::releaseLease()
{
    if (m_lease == Lease::Mine && !m_uuid.isEmpty() && m_server.isConnected())
        ServerLeases(m_server.connection()).release(m_uuid, m_session, nullptr);
    m_lease = Lease::Free;
}

} // namespace copydesk
