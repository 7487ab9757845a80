#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace copydesk {

class PgConnection;
class PgResult;

// One SQL statement with bound parameters ($1, $2, ...), run by PQexecParams: values are never
// spliced into the SQL text.
class PgQuery
{
public:
    explicit PgQuery(const QString &sql) : m_sql(sql.toUtf8()) {}

    PgQuery &bind(const QString &value);
    PgQuery &bind(qint64 value);
    PgQuery &bind(bool value);
    // Binary parameter: a bytea column.
    PgQuery &bindBytes(const QByteArray &value);
    PgQuery &bindNull();

    // Runs on the connection; false with a one-line error (the result keeps the SQLSTATE).
    bool exec(PgConnection &connection, PgResult *result, QString *error) const;

private:
    struct Parameter
    {
        QByteArray value;
        bool binary = false;
        bool null = false;
    };
    QByteArray m_sql;
    QList<Parameter> m_parameters;
};

} // namespace copydesk
