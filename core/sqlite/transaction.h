#pragma once

#include <QString>

namespace copydesk {

class Database;

// Scoped write transaction: rolls back on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // BEGIN IMMEDIATE: takes the write lock now, so a busy store fails here and not mid-way.
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();
    bool isActive() const { return m_active; }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace copydesk
