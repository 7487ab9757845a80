#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3_stmt;

namespace copydesk {

class Database;

// Owns one prepared statement (sqlite3_stmt*): binding by index (1-based) or name, stepping, columns.
class Statement
{
public:
    enum class Step { Row, Done, Error };

    Statement() = default;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(Database &db, const QString &sql, QString *error);
    void finalize();
    bool isPrepared() const { return m_stmt != nullptr; }

    // Bind failures (bad index, out of memory) surface on the next step().
    void bind(int index, qint64 value);
    void bind(int index, int value);
    // Text and BLOB bind as such even when null (as empty); SQL NULL only through bindNull().
    void bind(int index, const QString &value);
    void bind(int index, const QByteArray &value);
    // Text already encoded as UTF-8 (binds as TEXT, not BLOB; saves a conversion on hot paths).
    void bindUtf8(int index, const QByteArray &utf8);
    void bindNull(int index);
    // Named parameters, written with their prefix (":name"); an unknown name fails the next step().
    void bind(const char *name, qint64 value);
    void bind(const char *name, int value);
    void bind(const char *name, const QString &value);
    void bind(const char *name, const QByteArray &value);
    void bindNull(const char *name);

    Step step();
    // Steps a statement that returns no rows to completion, then resets it.
    bool exec(QString *error);
    void reset(); // also clears the bindings

    int columnCount() const;
    bool columnIsNull(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    int columnInt(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;

    // The connection's message for the last failure, with the SQL that failed.
    QString errorMessage() const;

private:
    int nameIndex(const char *name);

    sqlite3_stmt *m_stmt = nullptr;
    Database *m_db = nullptr;
    bool m_bindFailed = false;
};

} // namespace copydesk
