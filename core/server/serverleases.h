#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace copydesk {

class PgConnection;

// Edit leases on the newsroom server: one holder per article, for the server's lease_seconds
// (120 s unless set), renewed by the holder's session; anyone may take an expired lease, an
// editor or the chief may take one over before (recorded in the audit trail). A crashed client
// simply stops renewing. The server's row-level security decides who may take what.
class ServerLeases
{
    Q_DECLARE_TR_FUNCTIONS(ServerLeases)

public:
    static constexpr int RenewIntervalSeconds = 30;

    struct Lease
    {
        QString uuid;
        QString title;
        QString holder;
        QString holderName; // the display name, 王五
        QString session;
        QDateTime expires;
        bool expired = false;
        // Filled by take(): the article's status on the server and its owner's display name.
        QString status;
        QString owner;
        QString ownerName;
    };
    // NotAllowed: this login may not change the article as it stands (a reporter and someone
    // else's article or one handed in; an editor and one 签发), so it holds no lease on it.
    enum class Take { Taken, Held, Refused, NotAllowed };

    explicit ServerLeases(PgConnection &db) : m_db(db) {}

    // Takes or renews the lease for this session. Held: someone else holds it (*lease says who).
    // force: take over an unexpired lease (editors and the chief only; Refused for a reporter).
    // A lease this session held on an article it may no longer change is given back.
    bool take(const QString &uuid, const QString &session, bool force, Take *outcome, Lease *lease,
              QString *error);
    // Only the session's own lease; releasing none is not an error.
    bool release(const QString &uuid, const QString &session, QString *error);
    // Every lease not yet expired, soonest to expire first.
    bool list(QList<Lease> *leases, QString *error);
    // How long a lease lasts on this server (server_settings.lease_seconds).
    bool leaseSeconds(int *seconds, QString *error);
    // Why a login of this role and name was given Take::NotAllowed, in a translated clause
    // ("it has been handed in (待审): the editors have it now").
    static QString whyNotAllowed(const QString &role, const QString &login, const Lease &lease);
    // The lease of one article, if any (expired included).
    bool holder(const QString &uuid, Lease *lease, bool *found, QString *error);

private:
    PgConnection &m_db;
};

} // namespace copydesk
