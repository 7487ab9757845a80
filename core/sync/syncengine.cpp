#include "sync/syncengine.h"

#include "media/decodedimage.h"
#include "model/articlejson.h"
#include "model/articlemerge.h"
#include "server/newsroomserver.h"
#include "store/store.h"
#include "sync/syncrows.h"

#include <QSet>

namespace copydesk {

namespace {

constexpr int PullPage = 500;

QStringList mediaOf(const Article &article)
{
    QSet<QString> media;
    for (const Block &block : article.blocks) {
        if (block.type == Block::Type::Image && !block.media.isEmpty())
            media.insert(block.media.toLower());
    }
    return QStringList(media.cbegin(), media.cend());
}

} // namespace

bool SyncEngine::sameContent(const QByteArray &a, const QByteArray &b)
{
    if (a == b)
        return true;
    Article left;
    Article right;
    return ArticleJson::fromJson(a, &left, nullptr) && ArticleJson::fromJson(b, &right, nullptr)
        && left.uuid == right.uuid && ArticleMerge::changedFields(left, right).isEmpty();
}

bool SyncEngine::sync(SyncReport *report, QString *error)
{
    const bool done = push(report, error) && pull(report, error);
    report->outbox = m_rows.outboxSize();
    return done;
}

bool SyncEngine::push(SyncReport *report, QString *error)
{
    QList<qint64> ids;
    if (!m_rows.outbox(&ids, error))
        return false;
    for (qint64 id : std::as_const(ids)) {
        if (!pushArticle(id, report, error))
            return false;
    }
    return true;
}

bool SyncEngine::pushArticle(qint64 id, SyncReport *report, QString *error)
{
    Article article;
    if (!m_store.loadArticle(id, &article, error))
        return false;
    SyncRows::Synced synced;
    bool found = false;
    if (!m_rows.synced(id, &synced, &found, error))
        return false;
    if (!uploadMedia(article, report, error))
        return false;
    const QByteArray json = ArticleJson::toJson(article, false);
    NewsroomServer::PushOutcome outcome;
    if (!m_server.push(article.uuid, found ? synced.serverRevision : 0, json, &SyncEngine::sameContent,
                       &outcome, error))
        return false;
    switch (outcome.kind) {
    case NewsroomServer::PushOutcome::Kind::Created:
    case NewsroomServer::PushOutcome::Kind::FastForward:
        ++report->pushed;
        Q_FALLTHROUGH();
    case NewsroomServer::PushOutcome::Kind::Same:
        if (!m_rows.setSynced(id, {outcome.headRevision, article.version, json}, error))
            return false;
        break;
    case NewsroomServer::PushOutcome::Kind::Conflict:
        // Safe on the server beside the head; the pull that follows merges or keeps both here.
        ++report->conflicts;
        report->conflictUuids.append(article.uuid);
        break;
    case NewsroomServer::PushOutcome::Kind::Refused:
        ++report->refused;
        report->refusals.append(article.uuid + QStringLiteral(": ") + outcome.reason);
        return true; // stays queued
    }
    return m_rows.clearOutbox(id, article.version, error);
}

bool SyncEngine::pull(SyncReport *report, QString *error)
{
    qint64 sequence = m_rows.state(QString::fromLatin1(LastSequenceKey), QStringLiteral("0")).toLongLong();
    for (;;) {
        QList<NewsroomServer::ServerArticle> changes;
        if (!m_server.changesSince(sequence, PullPage, &changes, error))
            return false;
        for (const NewsroomServer::ServerArticle &change : std::as_const(changes)) {
            if (change.conflicts > 0 && !report->conflictUuids.contains(change.uuid))
                report->conflictUuids.append(change.uuid);
            if (!pullArticle(change.uuid, change.headRevision, change.json, report, error))
                return false;
            sequence = change.changeSequence;
            if (!m_rows.setState(QString::fromLatin1(LastSequenceKey), QString::number(sequence), error))
                return false;
        }
        if (changes.size() < PullPage)
            return true;
    }
}

bool SyncEngine::pullArticle(const QString &uuid, qint64 headRevision, const QByteArray &json,
                             SyncReport *report, QString *error)
{
    Article incoming;
    QString why;
    if (!ArticleJson::fromJson(json, &incoming, &why)) {
        if (error)
            *error = tr("reading article %1 from the server: %2").arg(uuid, why);
        return false;
    }
    incoming.uuid = uuid;
    if (!downloadMedia(incoming, report, error))
        return false;
    qint64 id = 0;
    if (!m_rows.articleIdForUuid(uuid, &id, error))
        return false;
    if (id == 0) {
        if (!m_store.insertArticle(&incoming, error, tr("from the newsroom server")))
            return false;
        ++report->pulled;
        return m_rows.setSynced(incoming.id, {headRevision, incoming.version, json}, error)
            && m_rows.clearOutbox(incoming.id, incoming.version, error);
    }
    SyncRows::Synced synced;
    bool found = false;
    if (!m_rows.synced(id, &synced, &found, error))
        return false;
    if (found && synced.serverRevision == headRevision)
        return true; // our own push, or nothing new in the text
    Article base;
    const bool haveBase = found && ArticleJson::fromJson(synced.syncedJson, &base, nullptr);
    // The server's state as an edit that started from the last state both sides shared: the
    // store writes it over an unchanged local copy, merges it with local edits, or keeps the
    // local state as a "changed elsewhere" revision where both changed the same field.
    incoming.id = id;
    incoming.version = found ? synced.syncedVersion : 0;
    Store::SaveOutcome outcome;
    if (!m_store.saveArticle(&incoming, error, haveBase ? &base : nullptr, &outcome))
        return false;
    ++report->pulled;
    Article local;
    if (!m_store.loadArticle(id, &local, error))
        return false;
    const QByteArray localJson = ArticleJson::toJson(local, false);
    if (outcome.kind == Store::SaveOutcome::Kind::Merged && !sameContent(localJson, json))
        ++report->merged;
    if (outcome.kind == Store::SaveOutcome::Kind::Conflict) {
        ++report->keptLocal;
        if (!report->conflictUuids.contains(uuid))
            report->conflictUuids.append(uuid);
    }
    if (!sameContent(localJson, json)) {
        // A merge holding local edits: pushed on the head by the next push.
        return m_rows.setSynced(id, {headRevision, found ? synced.syncedVersion : 0, json}, error);
    }
    return m_rows.setSynced(id, {headRevision, local.version, json}, error)
        && m_rows.clearOutbox(id, local.version, error);
}

bool SyncEngine::uploadMedia(const Article &article, SyncReport *report, QString *error)
{
    QStringList missing;
    if (!m_server.missingMedia(mediaOf(article), &missing, error))
        return false;
    for (const QString &sha : std::as_const(missing)) {
        MediaInfo info;
        if (!m_store.mediaInfo(sha, &info, nullptr))
            continue; // a photo this store never had: nothing to send
        NewsroomServer::MediaItem item;
        item.sha256 = sha;
        item.mime = info.mime;
        item.fileName = info.fileName;
        item.width = info.width;
        item.height = info.height;
        item.bytes = m_store.mediaBytes(sha, error);
        if (item.bytes.isEmpty() || !m_server.uploadMedia(item, error))
            return false;
        ++report->mediaUploaded;
    }
    return true;
}

bool SyncEngine::downloadMedia(const Article &article, SyncReport *report, QString *error)
{
    QList<DecodedImage> images;
    const QStringList shas = mediaOf(article);
    for (const QString &sha : shas) {
        if (m_store.hasMedia(sha))
            continue;
        NewsroomServer::MediaItem item;
        if (!m_server.downloadMedia(sha, &item, nullptr))
            continue; // not uploaded (yet): the article shows the photo as missing until then
        DecodedImage image;
        image.bytes = item.bytes;
        image.sha256 = sha;
        image.mime = item.mime;
        image.format = item.mime.section(QLatin1Char('/'), 1).toLatin1();
        image.size = QSize(item.width, item.height);
        image.fileName = item.fileName;
        images.append(image);
    }
    if (!m_store.putMedia(images, error))
        return false;
    report->mediaDownloaded += int(images.size());
    return true;
}

} // namespace copydesk
