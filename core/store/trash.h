#pragma once

#include <QDateTime>
#include <QString>

namespace copydesk {

class Database;

// The trash: articles moved in (with a "before delete" revision) and taken out, never deleted
// except from the trash, for good, when old enough or asked to.
class Trash
{
public:
    explicit Trash(Database &db) : m_db(db) {}

    bool moveIn(qint64 id, QString *error);
    bool takeOut(qint64 id, QString *error);
    // The same two inside the caller's write transaction (a pull's page: Store::writeIncoming).
    bool moveInWithin(qint64 id, QString *error);
    bool takeOutWithin(qint64 id, QString *error);
    bool purge(const QDateTime &trashedBefore, int *purged, QString *error);
    bool purgeOne(qint64 id, QString *error);

private:
    Database &m_db;
};

} // namespace copydesk
