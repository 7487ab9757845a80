#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

struct pg_conn;

namespace copydesk {

class PgResult;

// Owns one libpq connection (PGconn*) to a PostgreSQL server: parameterless scripts, the
// notifications of LISTEN, and what PgQuery needs to run.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    // One NOTIFY received.
    struct Notification
    {
        QString channel;
        QString payload;
    };

    PgConnection() = default;
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // url: a libpq connection URI or key=value string (postgresql://user@host/db?sslmode=...).
    // The password comes from password (the window's keychain), else PGPASSWORD or ~/.pgpass.
    // Gives up after connectTimeout s.
    bool open(const QString &url, QString *error, int connectTimeout = 5, const QString &password = {});
    void close();
    bool isOpen() const { return m_conn != nullptr; }
    // False once the server went away (the next call fails with a connection error).
    bool isConnected() const;

    // Runs one or more statements without parameters (migrations, LISTEN, BEGIN/COMMIT).
    bool exec(const QString &sql, QString *error);
    // Runs a parameterless script and keeps its result (the last statement's).
    bool exec(const QString &sql, PgResult *result, QString *error);

    // Reads what arrived on the socket and returns the NOTIFYs received since the last call.
    QList<Notification> notifications();
    // The socket descriptor to wait on for notifications; -1 when closed.
    int socket() const;
    // Waits up to timeoutMs for input on the socket (notifications), then reads them.
    QList<Notification> waitForNotifications(int timeoutMs);

    pg_conn *handle() const { return m_conn; }

private:
    pg_conn *m_conn = nullptr;
};

} // namespace copydesk
