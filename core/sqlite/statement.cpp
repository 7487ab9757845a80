#include "sqlite/statement.h"

#include "sqlite/database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace copydesk {

Statement::~Statement()
{
    finalize();
}

bool Statement::prepare(Database &db, const QString &sql, QString *error)
{
    finalize();
    if (!db.handle()) {
        if (error)
            *error = QCoreApplication::translate("Database", "The database is not open.");
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(db.handle(), utf8.constData(), int(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK || !m_stmt) {
        if (error) {
            *error = QCoreApplication::translate("Database", "Cannot prepare the statement “%1”: %2")
                         .arg(sql, db.errorMessage());
        }
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return false;
    }
    m_db = &db;
    m_bindFailed = false;
    return true;
}

void Statement::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_db = nullptr;
    m_bindFailed = false;
}

void Statement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_bindFailed = true;
}

void Statement::bind(int index, int value)
{
    if (sqlite3_bind_int(m_stmt, index, value) != SQLITE_OK)
        m_bindFailed = true;
}

void Statement::bind(int index, const QString &value)
{
    bindUtf8(index, value.toUtf8());
}

void Statement::bindUtf8(int index, const QByteArray &utf8)
{
    // SQLITE_TRANSIENT: sqlite copies the buffer. A non-null pointer even for an empty string,
    // so empty text is not NULL.
    static const char empty = 0;
    const char *data = utf8.isEmpty() ? &empty : utf8.constData();
    if (sqlite3_bind_text64(m_stmt, index, data, sqlite3_uint64(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8) != SQLITE_OK)
        m_bindFailed = true;
}

void Statement::bind(int index, const QByteArray &value)
{
    // A non-null pointer even for an empty array, so an empty BLOB is not NULL.
    static const char empty = 0;
    const char *data = value.isEmpty() ? &empty : value.constData();
    if (sqlite3_bind_blob64(m_stmt, index, data, sqlite3_uint64(value.size()), SQLITE_TRANSIENT)
        != SQLITE_OK)
        m_bindFailed = true;
}

void Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_bindFailed = true;
}

int Statement::nameIndex(const char *name)
{
    const int index = m_stmt ? sqlite3_bind_parameter_index(m_stmt, name) : 0;
    if (index == 0)
        m_bindFailed = true;
    return index;
}

void Statement::bind(const char *name, qint64 value)
{
    if (const int index = nameIndex(name))
        bind(index, value);
}

void Statement::bind(const char *name, int value)
{
    if (const int index = nameIndex(name))
        bind(index, value);
}

void Statement::bind(const char *name, const QString &value)
{
    if (const int index = nameIndex(name))
        bind(index, value);
}

void Statement::bind(const char *name, const QByteArray &value)
{
    if (const int index = nameIndex(name))
        bind(index, value);
}

void Statement::bindNull(const char *name)
{
    if (const int index = nameIndex(name))
        bindNull(index);
}

Statement::Step Statement::step()
{
    if (!m_stmt || m_bindFailed)
        return Step::Error;
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        return Step::Error;
    }
}

bool Statement::exec(QString *error)
{
    Step result;
    do {
        result = step();
    } while (result == Step::Row);
    if (result == Step::Error) {
        if (error)
            *error = errorMessage();
        reset();
        return false;
    }
    reset();
    return true;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_bindFailed = false;
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::columnInt(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL ? QByteArray() : QByteArray("");
    return QByteArray(static_cast<const char *>(data), size);
}

QString Statement::errorMessage() const
{
    if (!m_stmt || !m_db)
        return QCoreApplication::translate("Database", "The statement is not prepared.");
    if (m_bindFailed)
        return QCoreApplication::translate("Database", "Cannot bind a parameter of “%1”.")
            .arg(QString::fromUtf8(sqlite3_sql(m_stmt)));
    // The statement is named only for errors no plain reason covers (a programming error).
    if (!Database::reasonFor(m_db->lastExtendedErrorCode()).isEmpty())
        return m_db->errorMessage();
    return QCoreApplication::translate("Database", "%1 (in “%2”)")
        .arg(m_db->errorMessage(), QString::fromUtf8(sqlite3_sql(m_stmt)).simplified());
}

} // namespace copydesk
