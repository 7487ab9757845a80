#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace copydesk {

class PgConnection;

// The client side of the newsroom server: one connection and the calls the sync engine makes
// (who am I, push a batch of articles each on its base, the changes after a sequence, media by
// hash). Every write is checked by the server's row-level security, not here.
class NewsroomServer
{
    Q_DECLARE_TR_FUNCTIONS(NewsroomServer)

public:
    struct Identity
    {
        QString login;
        QString displayName;
        QString role; // reporter, editor, chief; empty when the login is not on the staff
    };
    // One article as the server has it.
    struct ServerArticle
    {
        QString uuid;
        qint64 headRevision = 0;
        QByteArray json;
        qint64 changeSequence = 0;
        int conflicts = 0;
        QString owner;
        QString updatedBy;
        QString status;
        bool trashed = false;
    };
    // What push() did.
    struct PushOutcome
    {
        enum class Kind { Created, FastForward, Same, Conflict, Refused };
        Kind kind = Kind::Refused;
        qint64 headRevision = 0; // the head after the push
        qint64 keptRevision = 0; // Conflict: the revision keeping the pushed state
        QString reason;          // Refused: why, one line
    };
    struct MediaItem
    {
        QString sha256;
        QString mime;
        QString fileName;
        int width = 0;
        int height = 0;
        QByteArray bytes;
    };

    NewsroomServer();
    ~NewsroomServer();
    NewsroomServer(const NewsroomServer &) = delete;
    NewsroomServer &operator=(const NewsroomServer &) = delete;

    // Connects and checks the schema version; password: see PgConnection::open.
    bool connect(const QString &url, QString *error, const QString &password = {});
    bool isConnected() const;
    PgConnection &connection() { return *m_db; }

    bool whoami(Identity *identity, QString *error);
    // One article's state to push: json on the server revision it was based on (0: a new one).
    struct PushItem
    {
        QString uuid;
        qint64 baseRevision = 0;
        QByteArray json;
        bool trashed = false; // the desk's trash state, the server's after the push
    };

    // Pushes the items in one server transaction, *outcomes in their order: json becomes the
    // new head where its base is the head (a new article is created); otherwise the server keeps
    // it beside the head as a conflict. contentEqual(head json, json) tells whether the pushed
    // state is what the head already holds (then nothing is written: Same). Items the server's
    // permissions refuse are Refused outcomes; any other failure fails the whole call, and then
    // nothing of it was written.
    bool push(const QList<PushItem> &items, bool (*contentEqual)(const QByteArray &, const QByteArray &),
              QList<PushOutcome> *outcomes, QString *error);
    // Oldest first, at most limit.
    bool changesSince(qint64 sequence, int limit, QList<ServerArticle> *articles, QString *error);
    bool article(const QString &uuid, ServerArticle *article, bool *found, QString *error);
    // The kept conflict revisions of an article, newest first: id, author, json.
    bool conflictRevisions(const QString &uuid, QList<qint64> *ids, QStringList *authors,
                           QList<QByteArray> *jsons, QString *error);
    // Every revision json of an article (edits and conflicts), oldest first.
    bool revisionJsons(const QString &uuid, QList<QByteArray> *jsons, QString *error);

    // Which of the hashes the server does not hold yet (one round trip for the whole list).
    bool missingMedia(const QStringList &sha256s, QStringList *missing, QString *error);
    bool uploadMedia(const MediaItem &item, QString *error);
    bool downloadMedia(const QString &sha256, MediaItem *item, QString *error);

private:
    std::unique_ptr<PgConnection> m_db;
};

} // namespace copydesk
