#include "server/newsroomserver.h"

#include "postgres/pgconnection.h"
#include "postgres/pgquery.h"
#include "postgres/pgresult.h"
#include "server/serverschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace copydesk {

namespace {

// Why copydesk_push refused an article, in the user's language: the server's reasons are its own
// English words (SQLERRM), the ones it raises itself in serverschemasql.cpp or a PostgreSQL
// row-level security check; anything else is shown as the server said it.
QString refusal(const QString &serverReason)
{
    if (serverReason.contains(QLatin1String("to or from the trash")))
        return NewsroomServer::tr("permission denied: your role may not move this article to or from the trash");
    if (serverReason.contains(QLatin1String("not a member of the newsroom")))
        return NewsroomServer::tr("permission denied: you are not a member of this newsroom");
    if (serverReason.contains(QLatin1String("row-level security")))
        return NewsroomServer::tr("permission denied: your role may not make this change to the article");
    return NewsroomServer::tr("permission denied (%1)").arg(serverReason);
}

const QString ArticleColumns = QStringLiteral(
    "uuid::text, head_rev, json, change_seq, conflicts, owner, updated_by, status, trashed");

NewsroomServer::ServerArticle readArticle(const PgResult &result, int row)
{
    NewsroomServer::ServerArticle article;
    article.uuid = result.text(row, 0);
    article.headRevision = result.int64(row, 1);
    article.json = result.text(row, 2).toUtf8();
    article.changeSequence = result.int64(row, 3);
    article.conflicts = int(result.int64(row, 4));
    article.owner = result.text(row, 5);
    article.updatedBy = result.text(row, 6);
    article.status = result.text(row, 7);
    article.trashed = result.boolean(row, 8);
    return article;
}

} // namespace

NewsroomServer::NewsroomServer() : m_db(std::make_unique<PgConnection>()) {}

NewsroomServer::~NewsroomServer() = default;

bool NewsroomServer::connect(const QString &url, QString *error, const QString &password)
{
    if (!m_db->open(url, error, 5, password))
        return false;
    int version = 0;
    if (!ServerSchema::version(*m_db, &version, error))
        return false;
    if (version != ServerSchema::latestVersion()) {
        if (error) {
            *error = version == 0
                ? tr("the database holds no Copydesk newsroom (run copydesk-cli server init)")
                : version > ServerSchema::latestVersion()
                ? tr("the server's schema (version %1) is newer than this Copydesk knows").arg(version)
                : tr("the server's schema (version %1) is older than this Copydesk needs (%2): run "
                     "copydesk-cli server migrate on it").arg(version).arg(ServerSchema::latestVersion());
        }
        m_db->close();
        return false;
    }
    return true;
}

bool NewsroomServer::isConnected() const
{
    return m_db->isConnected();
}

bool NewsroomServer::whoami(Identity *identity, QString *error)
{
    PgResult result;
    if (!PgQuery(QStringLiteral("SELECT session_user::text, coalesce(u.display_name, ''), copydesk_role() "
                                "FROM (SELECT 1) one LEFT JOIN users u ON u.login = session_user"))
             .exec(*m_db, &result, error))
        return false;
    identity->login = result.text(0, 0);
    identity->displayName = result.text(0, 1);
    identity->role = result.text(0, 2);
    return true;
}

bool NewsroomServer::push(const QList<PushItem> &items,
                          bool (*contentEqual)(const QByteArray &, const QByteArray &),
                          QList<PushOutcome> *outcomes, QString *error)
{
    outcomes->clear();
    if (items.isEmpty())
        return true;
    // The items travel as one JSON parameter, read on the server by json_to_recordset.
    QJsonArray array;
    for (const PushItem &item : items) {
        array.append(QJsonObject{{QStringLiteral("uuid"), item.uuid},
                                 {QStringLiteral("base"), double(item.baseRevision)},
                                 {QStringLiteral("json"), QString::fromUtf8(item.json)},
                                 {QStringLiteral("trashed"), item.trashed}});
    }
    const auto failed = [this, outcomes] {
        outcomes->clear();
        m_db->exec(QStringLiteral("ROLLBACK"), nullptr);
        return false;
    };
    PgResult result;
    if (!m_db->exec(QStringLiteral("BEGIN"), error))
        return false;
    // The write lock every article write takes (articles_before_write) is taken here, before the
    // batch locks any article's row: taken by the trigger after the first row, two desks pushing
    // at once could each hold a row the other wants, one waiting for the lock the other holds.
    if (!m_db->exec(QStringLiteral("SELECT pg_advisory_xact_lock(727001)"), error))
        return failed();
    if (!PgQuery(QStringLiteral("SELECT item_uuid::text, outcome, head, head_json, head_owner, head_status, "
                                "reason FROM copydesk_push($1::json)"))
             .bind(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)))
             .exec(*m_db, &result, error))
        return failed();
    if (result.rows() != items.size()) {
        if (error)
            *error = tr("the server answered %1 of %2 pushed articles").arg(result.rows()).arg(items.size());
        return failed();
    }
    QJsonArray conflicts;
    QList<int> conflictRows;
    for (int row = 0; row < result.rows(); ++row) {
        const PushItem &item = items.at(row);
        const QString kind = result.text(row, 1);
        PushOutcome outcome;
        outcome.headRevision = result.int64(row, 2);
        if (kind == QLatin1String("forward")) {
            outcome.kind = PushOutcome::Kind::FastForward;
        } else if (kind == QLatin1String("created")) {
            outcome.kind = PushOutcome::Kind::Created;
        } else if (kind == QLatin1String("refused")) {
            outcome.reason = refusal(result.text(row, 6));
        } else if (contentEqual && contentEqual(result.text(row, 3).toUtf8(), item.json)) {
            outcome.kind = PushOutcome::Kind::Same;
        } else if (outcome.headRevision == item.baseRevision) {
            // The head is the base and the update matched no row: row-level security hid it.
            outcome.reason = tr("permission denied: your role may not change this article (%1, owner %2)")
                                 .arg(result.text(row, 5), result.text(row, 4));
        } else {
            outcome.kind = PushOutcome::Kind::Conflict;
            conflicts.append(array.at(row));
            conflictRows.append(row);
        }
        outcomes->append(outcome);
    }
    if (!conflicts.isEmpty()) {
        if (!PgQuery(QStringLiteral("SELECT keep_conflict((e.v ->> 'uuid')::uuid, (e.v ->> 'base')::bigint, "
                                    "e.v ->> 'json') FROM json_array_elements($1::json) WITH ORDINALITY "
                                    "AS e(v, n) ORDER BY e.n"))
                 .bind(QString::fromUtf8(QJsonDocument(conflicts).toJson(QJsonDocument::Compact)))
                 .exec(*m_db, &result, error))
            return failed();
        for (int row = 0; row < result.rows() && row < conflictRows.size(); ++row)
            (*outcomes)[conflictRows.at(row)].keptRevision = result.int64(row, 0);
    }
    if (!m_db->exec(QStringLiteral("COMMIT"), error))
        return failed();
    return true;
}

bool NewsroomServer::changesSince(qint64 sequence, int limit, QList<ServerArticle> *articles, QString *error)
{
    PgResult result;
    if (!PgQuery(QStringLiteral("SELECT %1 FROM articles WHERE change_seq > $1 ORDER BY change_seq LIMIT $2")
                     .arg(ArticleColumns))
             .bind(sequence).bind(qint64(limit)).exec(*m_db, &result, error))
        return false;
    articles->clear();
    for (int row = 0; row < result.rows(); ++row)
        articles->append(readArticle(result, row));
    return true;
}

bool NewsroomServer::article(const QString &uuid, ServerArticle *article, bool *found, QString *error)
{
    PgResult result;
    if (!PgQuery(QStringLiteral("SELECT %1 FROM articles WHERE uuid = $1::uuid").arg(ArticleColumns))
             .bind(uuid).exec(*m_db, &result, error))
        return false;
    *found = result.rows() == 1;
    if (*found)
        *article = readArticle(result, 0);
    return true;
}

bool NewsroomServer::conflictRevisions(const QString &uuid, QList<qint64> *ids, QStringList *authors,
                                       QList<QByteArray> *jsons, QString *error)
{
    PgResult result;
    if (!PgQuery(QStringLiteral("SELECT r.id, r.author, r.json FROM revisions r JOIN articles a "
                                "ON a.id = r.article_id WHERE a.uuid = $1::uuid AND r.kind = 'conflict' "
                                "ORDER BY r.id DESC"))
             .bind(uuid).exec(*m_db, &result, error))
        return false;
    for (int row = 0; row < result.rows(); ++row) {
        ids->append(result.int64(row, 0));
        authors->append(result.text(row, 1));
        jsons->append(result.text(row, 2).toUtf8());
    }
    return true;
}

bool NewsroomServer::revisionJsons(const QString &uuid, QList<QByteArray> *jsons, QString *error)
{
    PgResult result;
    if (!PgQuery(QStringLiteral("SELECT r.json FROM revisions r JOIN articles a ON a.id = r.article_id "
                                "WHERE a.uuid = $1::uuid ORDER BY r.id"))
             .bind(uuid).exec(*m_db, &result, error))
        return false;
    for (int row = 0; row < result.rows(); ++row)
        jsons->append(result.text(row, 0).toUtf8());
    return true;
}

bool NewsroomServer::missingMedia(const QStringList &sha256s, QStringList *missing, QString *error)
{
    missing->clear();
    if (sha256s.isEmpty())
        return true;
    PgResult result;
    if (!PgQuery(QStringLiteral("SELECT h FROM unnest(string_to_array($1, ',')) h "
                                "WHERE NOT EXISTS (SELECT 1 FROM media m WHERE m.sha256 = h)"))
             .bind(sha256s.join(QLatin1Char(','))).exec(*m_db, &result, error))
        return false;
    for (int row = 0; row < result.rows(); ++row)
        missing->append(result.text(row, 0));
    return true;
}

bool NewsroomServer::uploadMedia(const MediaItem &item, QString *error)
{
    PgResult result;
    return PgQuery(QStringLiteral("INSERT INTO media (sha256, mime, width, height, file_name, size, bytes) "
                                  "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (sha256) DO NOTHING"))
        .bind(item.sha256).bind(item.mime).bind(qint64(item.width)).bind(qint64(item.height))
        .bind(item.fileName).bind(qint64(item.bytes.size())).bindBytes(item.bytes)
        .exec(*m_db, &result, error);
}

bool NewsroomServer::downloadMedia(const QString &sha256, MediaItem *item, QString *error)
{
    PgResult result;
    if (!PgQuery(QStringLiteral("SELECT mime, file_name, width, height, bytes FROM media WHERE sha256 = $1"))
             .bind(sha256).exec(*m_db, &result, error))
        return false;
    if (result.rows() != 1) {
        if (error)
            *error = tr("the server holds no photo %1").arg(sha256);
        return false;
    }
    item->sha256 = sha256;
    item->mime = result.text(0, 0);
    item->fileName = result.text(0, 1);
    item->width = int(result.int64(0, 2));
    item->height = int(result.int64(0, 3));
    item->bytes = result.bytes(0, 4);
    return true;
}

} // namespace copydesk
