#include "sqlite/database.h"

#include "sqlite/statement.h"

#include <QCoreApplication>

#include <algorithm>

#include <sqlite3.h>

namespace copydesk {

Database::Database() = default;

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, Mode mode, QString *error)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        if (error) {
            const QString reason = db ? QString::fromUtf8(sqlite3_errmsg(db))
                                      : QString::fromUtf8(sqlite3_errstr(rc));
            *error = QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                         .arg(path, reason);
        }
        sqlite3_close_v2(db);
        return false;
    }
    sqlite3_extended_result_codes(db, 1);
    m_db = db;
    m_path = path;
    return true;
}

bool Database::readHeader(const QString &path, int size, QByteArray *header, qint64 *fileSize,
                          QString *error)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    sqlite3_file *file = nullptr;
    if (rc == SQLITE_OK)
        rc = sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file);
    sqlite3_int64 length = 0;
    if (rc == SQLITE_OK && (!file || !file->pMethods))
        rc = SQLITE_CANTOPEN;
    if (rc == SQLITE_OK)
        rc = file->pMethods->xFileSize(file, &length);
    QByteArray bytes(int(std::clamp<sqlite3_int64>(length, 0, size)), '\0');
    if (rc == SQLITE_OK && !bytes.isEmpty())
        rc = file->pMethods->xRead(file, bytes.data(), int(bytes.size()), 0);
    if (rc != SQLITE_OK && error) {
        const QString reason = reasonFor(rc);
        *error = reason.isEmpty() ? QString::fromUtf8(sqlite3_errstr(rc)) : reason;
    }
    sqlite3_close_v2(db);
    if (rc != SQLITE_OK)
        return false;
    *header = bytes;
    *fileSize = length;
    return true;
}

QString Database::reasonFor(int extendedCode)
{
    switch (extendedCode & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate("Database", "the disk is full");
    case SQLITE_IOERR:
        if (extendedCode == SQLITE_IOERR_NOMEM)
            return QCoreApplication::translate("Database", "the computer is out of memory");
        return QCoreApplication::translate("Database", "the disk could not be read or written "
                                                    "(input/output error)");
    case SQLITE_READONLY:
        return QCoreApplication::translate("Database", "the store has become read-only");
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("Database", "the file cannot be opened");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return QCoreApplication::translate("Database", "permission denied");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("Database", "the store is damaged");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("Database", "another program is writing to the store "
                                                    "right now");
    case SQLITE_NOMEM:
        return QCoreApplication::translate("Database", "the computer is out of memory");
    default:
        return {};
    }
}

void Database::close()
{
    // Cached statements must be finalized before the connection can really close.
    m_cache.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_path.clear();
}

bool Database::exec(const QString &sql, QString *error)
{
    if (!m_db) {
        if (error)
            *error = QCoreApplication::translate("Database", "The database is not open.");
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error) {
            const QString reason = reasonFor(sqlite3_extended_errcode(m_db));
            *error = !reason.isEmpty() ? reason
                : QCoreApplication::translate("Database", "Database statement failed: %1")
                      .arg(message ? QString::fromUtf8(message).simplified() : errorMessage());
        }
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool Database::queryText(const QString &sql, QString *value, QString *error)
{
    Statement statement;
    if (!statement.prepare(*this, sql, error))
        return false;
    switch (statement.step()) {
    case Statement::Step::Row:
        *value = statement.columnText(0);
        return true;
    case Statement::Step::Done:
        value->clear();
        return true;
    case Statement::Step::Error:
        break;
    }
    if (error)
        *error = statement.errorMessage();
    return false;
}

bool Database::queryInt64(const QString &sql, qint64 *value, QString *error)
{
    Statement statement;
    if (!statement.prepare(*this, sql, error))
        return false;
    switch (statement.step()) {
    case Statement::Step::Row:
        *value = statement.columnInt64(0);
        return true;
    case Statement::Step::Done:
        *value = 0;
        return true;
    case Statement::Step::Error:
        break;
    }
    if (error)
        *error = statement.errorMessage();
    return false;
}

Statement *Database::cached(const QString &sql, QString *error)
{
    const auto it = m_cache.constFind(sql);
    if (it != m_cache.constEnd()) {
        it.value()->reset();
        return it.value().get();
    }
    auto statement = std::make_shared<Statement>();
    if (!statement->prepare(*this, sql, error))
        return nullptr;
    m_cache.insert(sql, statement);
    return statement.get();
}

void Database::setBusyTimeout(int milliseconds)
{
    if (m_db)
        sqlite3_busy_timeout(m_db, milliseconds);
}

void Database::setCheckpointOnClose(bool enabled)
{
    if (m_db)
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, enabled ? 0 : 1, nullptr);
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

int Database::lastErrorCode() const
{
    if (!m_db)
        return 0;
    const int code = sqlite3_errcode(m_db) & 0xff;
    return (code == SQLITE_OK || code == SQLITE_ROW || code == SQLITE_DONE) ? 0 : code;
}

int Database::lastExtendedErrorCode() const
{
    return lastErrorCode() ? sqlite3_extended_errcode(m_db) : 0;
}

bool Database::lastErrorWasBusy() const
{
    const int code = lastErrorCode();
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

QString Database::errorMessage() const
{
    if (!m_db)
        return QCoreApplication::translate("Database", "The database is not open.");
    const QString reason = reasonFor(sqlite3_extended_errcode(m_db));
    if (!reason.isEmpty())
        return reason;
    return QString::fromUtf8(sqlite3_errmsg(m_db)).simplified();
}

} // namespace copydesk
