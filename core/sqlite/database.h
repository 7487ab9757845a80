#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

struct sqlite3;

namespace copydesk {

class Statement;

// Owns one SQLite connection (sqlite3*) and a cache of its prepared hot-path statements.
class Database
{
public:
    enum class Mode { ReadOnly, ReadWrite, ReadWriteCreate };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens without touching the file beyond what the mode allows; extended result codes on.
    bool open(const QString &path, Mode mode, QString *error);
    // The first bytes (up to size) of an existing file and its length, read through SQLite's own
    // file layer: a descriptor opened and closed outside SQLite would drop the POSIX locks that
    // this process's connections hold on the file (SQLite's "How To Corrupt", 2.2). Nothing is
    // created and no journal is touched.
    static bool readHeader(const QString &path, int size, QByteArray *header, qint64 *fileSize,
                           QString *error);
    // A plain, translated reason for an SQLite result code (the disk is full, the store became
    // read-only, ...), or empty when SQLite's own text is all there is.
    static QString reasonFor(int extendedCode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    // Runs one or more statements that take no parameters and return no wanted rows.
    bool exec(const QString &sql, QString *error);
    // The first column of the first row of a parameterless query, as text; empty on no row.
    bool queryText(const QString &sql, QString *value, QString *error);
    bool queryInt64(const QString &sql, qint64 *value, QString *error);

    // A prepared statement owned by this connection, reset and unbound, for repeated use.
    Statement *cached(const QString &sql, QString *error);

    void setBusyTimeout(int milliseconds);
    // When off, closing the last connection leaves a WAL file unmerged (the main file untouched).
    void setCheckpointOnClose(bool enabled);

    qint64 lastInsertRowId() const;
    int changes() const;
    // The primary result code of the last failing call (SQLITE_BUSY, ...), 0 when none.
    int lastErrorCode() const;
    int lastExtendedErrorCode() const;
    bool lastErrorWasBusy() const;
    // The last error in one line: reasonFor() the code where there is one, else SQLite's text.
    QString errorMessage() const;

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    QHash<QString, std::shared_ptr<Statement>> m_cache;
};

} // namespace copydesk
