#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct pg_result;

namespace copydesk {

// Owns one libpq result (PGresult*): its rows as text, and, on failure, the SQLSTATE and a
// translated one-line message.
class PgResult
{
    Q_DECLARE_TR_FUNCTIONS(PgResult)

public:
    PgResult() = default;
    ~PgResult();
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;

    // Takes ownership; null (out of memory, connection gone) reads as a failure.
    void reset(pg_result *result);
    // The command or query succeeded (PGRES_COMMAND_OK or PGRES_TUPLES_OK).
    bool ok() const;
    // "42501" (permission denied), "40001", ...; empty when none.
    QString sqlState() const;
    // Row-level security or a privilege refused the statement.
    bool isPermissionDenied() const { return sqlState() == QLatin1String("42501"); }
    // One line: a plain reason for the SQLSTATE class where there is one, then the server's text.
    QString errorMessage() const;

    int rows() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const; // a bytea column (text format), decoded
    qint64 int64(int row, int column) const;
    bool boolean(int row, int column) const;
    // The count of rows an INSERT/UPDATE/DELETE touched.
    qint64 affected() const;

private:
    pg_result *m_result = nullptr;
};

} // namespace copydesk
