#pragma once

#include <QString>
#include <QStringList>

namespace copydesk {

class Database;

// The store's health on its connection: SQLite's integrity and foreign key checks, and the
// PRAGMA values shown for diagnostics.
class StoreDiagnostics
{
public:
    explicit StoreDiagnostics(Database &db) : m_db(db) {}

    // Store::checkIntegrity(): appends what is wrong to problems.
    bool checkIntegrity(QStringList *problems, QString *error);
    // Store::pragma().
    QString pragma(const QString &name);

private:
    Database &m_db;
};

} // namespace copydesk
