#include "sqlite/transaction.h"

#include "sqlite/database.h"
#include "sqlite/statement.h"

namespace copydesk {

Transaction::Transaction(Database &db) : m_db(db) { }

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin(QString *error)
{
    Statement *statement = m_db.cached(QStringLiteral("BEGIN IMMEDIATE"), error);
    if (!statement || !statement->exec(error))
        return false;
    m_active = true;
    return true;
}

bool Transaction::commit(QString *error)
{
    Statement *statement = m_db.cached(QStringLiteral("COMMIT"), error);
    if (!statement || !statement->exec(error))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (Statement *statement = m_db.cached(QStringLiteral("ROLLBACK"), nullptr))
        statement->exec(nullptr);
}

} // namespace copydesk
