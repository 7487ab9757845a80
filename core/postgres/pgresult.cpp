#include "postgres/pgresult.h"

#include <libpq-fe.h>

#include <utility>

namespace copydesk {

PgResult::~PgResult()
{
    reset(nullptr);
}

PgResult::PgResult(PgResult &&other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other)
        reset(std::exchange(other.m_result, nullptr));
    return *this;
}

void PgResult::reset(pg_result *result)
{
    if (m_result)
        PQclear(m_result);
    m_result = result;
}

bool PgResult::ok() const
{
    if (!m_result)
        return false;
    const ExecStatusType status = PQresultStatus(m_result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

QString PgResult::sqlState() const
{
    if (!m_result)
        return {};
    return QString::fromLatin1(PQresultErrorField(m_result, PG_DIAG_SQLSTATE));
}

QString PgResult::errorMessage() const
{
    if (!m_result)
        return tr("the connection to the server was lost");
    QString server = QString::fromUtf8(PQresultErrorField(m_result, PG_DIAG_MESSAGE_PRIMARY));
    if (server.isEmpty())
        server = QString::fromUtf8(PQresultErrorMessage(m_result)).trimmed();
    server.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString state = sqlState();
    QString reason;
    if (state == QLatin1String("42501"))
        reason = tr("permission denied");
    else if (state.startsWith(QLatin1String("08")) || state.isEmpty())
        reason = tr("the connection to the server was lost");
    else if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        reason = tr("another writer got in the way; try again");
    else if (state.startsWith(QLatin1String("23")))
        reason = tr("the server refused inconsistent data");
    else if (state == QLatin1String("42P01") || state == QLatin1String("42883"))
        reason = tr("the server's Copydesk schema is missing or too old (run copydesk-cli server migrate)");
    if (reason.isEmpty())
        return server;
    return server.isEmpty() ? reason : reason + QStringLiteral(" (") + server + QLatin1Char(')');
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result, row, column);
}

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QByteArray PgResult::bytes(int row, int column) const
{
    if (isNull(row, column))
        return {};
    size_t length = 0;
    unsigned char *raw = PQunescapeBytea(
        reinterpret_cast<const unsigned char *>(PQgetvalue(m_result, row, column)), &length);
    if (!raw)
        return {};
    QByteArray value(reinterpret_cast<const char *>(raw), qsizetype(length));
    PQfreemem(raw);
    return value;
}

qint64 PgResult::int64(int row, int column) const
{
    if (isNull(row, column))
        return 0;
    return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

bool PgResult::boolean(int row, int column) const
{
    return !isNull(row, column) && PQgetvalue(m_result, row, column)[0] == 't';
}

qint64 PgResult::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0;
}

} // namespace copydesk
