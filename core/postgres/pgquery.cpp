#include "postgres/pgquery.h"

#include "postgres/pgconnection.h"
#include "postgres/pgresult.h"

#include <libpq-fe.h>

#include <vector>

namespace copydesk {

PgQuery &PgQuery::bind(const QString &value)
{
    m_parameters.append({value.toUtf8(), false, false});
    return *this;
}

PgQuery &PgQuery::bind(qint64 value)
{
    m_parameters.append({QByteArray::number(value), false, false});
    return *this;
}

PgQuery &PgQuery::bind(bool value)
{
    m_parameters.append({QByteArray(value ? "true" : "false"), false, false});
    return *this;
}

PgQuery &PgQuery::bindBytes(const QByteArray &value)
{
    m_parameters.append({value, true, false});
    return *this;
}

PgQuery &PgQuery::bindNull()
{
    m_parameters.append({{}, false, true});
    return *this;
}

bool PgQuery::exec(PgConnection &connection, PgResult *result, QString *error) const
{
    if (!connection.isOpen()) {
        result->reset(nullptr);
        if (error)
            *error = PgConnection::tr("not connected to the newsroom server");
        return false;
    }
    const int count = int(m_parameters.size());
    std::vector<const char *> values(static_cast<size_t>(count));
    std::vector<int> lengths(static_cast<size_t>(count));
    std::vector<int> formats(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        const Parameter &parameter = m_parameters.at(i);
        values[size_t(i)] = parameter.null ? nullptr : parameter.value.constData();
        lengths[size_t(i)] = int(parameter.value.size());
        formats[size_t(i)] = parameter.binary ? 1 : 0;
    }
    result->reset(PQexecParams(connection.handle(), m_sql.constData(), count, nullptr,
                               values.data(), lengths.data(), formats.data(), 0));
    if (result->ok())
        return true;
    if (error)
        *error = result->errorMessage();
    return false;
}

} // namespace copydesk
