#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMetaType>
#include <QString>

namespace copydesk {

class PgConnection;

// Who is on what in the newsroom, for the article list: per article (by uuid) who holds its
// edit lease now and who wrote its head last, by display name. One query for the whole server.
class ServerBoard
{
    Q_DECLARE_TR_FUNCTIONS(ServerBoard)

public:
    struct Row
    {
        QString holder;     // empty when nobody holds an unexpired lease
        QString lastEditor;
    };
    using Rows = QHash<QString, Row>;

    explicit ServerBoard(PgConnection &db) : m_db(db) {}

    bool read(Rows *rows, QString *error);

private:
    PgConnection &m_db;
};

} // namespace copydesk

Q_DECLARE_METATYPE(copydesk::ServerBoard::Rows)
