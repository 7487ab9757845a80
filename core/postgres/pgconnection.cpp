#include "postgres/pgconnection.h"

#include "postgres/pgresult.h"

#include <libpq-fe.h>

#include <poll.h>

namespace copydesk {

PgConnection::~PgConnection()
{
    close();
}

bool PgConnection::open(const QString &url, QString *error, int connectTimeout, const QString &password)
{
    close();
    const QByteArray timeout = QByteArray::number(connectTimeout);
    const QByteArray dsn = url.toUtf8();
    const QByteArray secret = password.toUtf8();
    const char *keys[] = {"dbname", "connect_timeout", "application_name", "client_encoding",
                          password.isEmpty() ? nullptr : "password", nullptr};
    const char *values[] = {dsn.constData(), timeout.constData(), "copydesk", "UTF8", secret.constData(), nullptr};
    // expand_dbname: the URL's own settings, the ones after it fill what it leaves out.
    m_conn = PQconnectdbParams(keys, values, 1);
    if (m_conn && PQstatus(m_conn) == CONNECTION_OK)
        return true;
    if (error) {
        QString why = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()
                             : tr("out of memory");
        why = why.section(QLatin1Char('\n'), 0, 0);
        *error = tr("cannot connect to the newsroom server: %1").arg(why);
    }
    close();
    return false;
}

void PgConnection::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

bool PgConnection::isConnected() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::exec(const QString &sql, QString *error)
{
    PgResult result;
    return exec(sql, &result, error);
}

bool PgConnection::exec(const QString &sql, PgResult *result, QString *error)
{
    if (!m_conn) {
        result->reset(nullptr);
        if (error)
            *error = tr("not connected to the newsroom server");
        return false;
    }
    result->reset(PQexec(m_conn, sql.toUtf8().constData()));
    if (result->ok())
        return true;
    if (error)
        *error = result->errorMessage();
    return false;
}

QList<PgConnection::Notification> PgConnection::notifications()
{
    QList<Notification> list;
    if (!m_conn || !PQconsumeInput(m_conn))
        return list;
    while (PGnotify *notify = PQnotifies(m_conn)) {
        list.append({QString::fromUtf8(notify->relname), QString::fromUtf8(notify->extra)});
        PQfreemem(notify);
    }
    return list;
}

int PgConnection::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

QList<PgConnection::Notification> PgConnection::waitForNotifications(int timeoutMs)
{
    QList<Notification> list = notifications();
    if (!list.isEmpty() || socket() < 0)
        return list;
    pollfd descriptor{socket(), POLLIN, 0};
    if (::poll(&descriptor, 1, timeoutMs) > 0)
        list = notifications();
    return list;
}

} // namespace copydesk
