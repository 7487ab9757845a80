#include "sync/syncengine.h"

#include "media/decodedimage.h"
#include "model/articlejson.h"
#include "model/articlemerge.h"
#include "server/newsroomserver.h"
#include "store/store.h"
#include "sync/syncrows.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace copydesk {

namespace {

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
    for (qsizetype from = 0; from < ids.size(); from += PushBatch) {
        if (!pushBatch(ids.mid(from, PushBatch), report, error))
            return false;
    }
    return true;
}

bool SyncEngine::pushBatch(const QList<qint64> &ids, SyncReport *report, QString *error)
{
    QList<Article> articles;
    QList<NewsroomServer::PushItem> items;
    for (qint64 id : ids) {
        Article article;
        if (!m_store.loadArticle(id, &article, error))
            return false;
        SyncRows::Synced synced;
        bool found = false;
        if (!m_rows.synced(id, &synced, &found, error))
            return false;
        items.append({article.uuid, found ? synced.serverRevision : 0, ArticleJson::toJson(article, false),
                      m_rows.isTrashed(id)});
        articles.append(article);
    }
    // In uuid order, the order every desk's batch takes the server's rows in: two desks pushing
    // the same articles at once then wait on each other instead of deadlocking.
    QList<qsizetype> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&items](qsizetype a, qsizetype b) { return items.at(a).uuid < items.at(b).uuid; });
    QList<Article> sortedArticles;
    QList<NewsroomServer::PushItem> sortedItems;
    for (qsizetype i : std::as_const(order)) {
        sortedArticles.append(articles.at(i));
        sortedItems.append(items.at(i));
    }
    articles = sortedArticles;
    items = sortedItems;
    if (!uploadMedia(articles, report, error))
        return false;
    QList<NewsroomServer::PushOutcome> outcomes;
    if (!m_server.push(items, &SyncEngine::sameContent, &outcomes, error))
        return false;
    // The server committed the batch; recorded here in one transaction. Should that fail, the
    // articles stay queued and the next push finds the same content on the server (Same).
    QList<SyncRows::Step> steps;
    SyncReport done;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const Article &article = articles.at(i);
        const NewsroomServer::PushOutcome &outcome = outcomes.at(i);
        SyncRows::Step step;
        step.articleId = article.id;
        step.clearOutboxUpTo = article.version;
        switch (outcome.kind) {
        case NewsroomServer::PushOutcome::Kind::Created:
        case NewsroomServer::PushOutcome::Kind::FastForward:
            ++done.pushed;
            Q_FALLTHROUGH();
        case NewsroomServer::PushOutcome::Kind::Same:
            step.hasSynced = true;
            step.synced = {outcome.headRevision, article.version, items.at(i).json};
            break;
        case NewsroomServer::PushOutcome::Kind::Conflict:
            // Safe on the server beside the head; the pull that follows merges or keeps both here.
            ++done.conflicts;
            done.conflictUuids.append(article.uuid);
            break;
        case NewsroomServer::PushOutcome::Kind::Refused:
            ++done.refused;
            done.refusals.append(tr("“%1” (%2): %3")
                                     .arg(article.title.isEmpty() ? tr("untitled") : article.title,
                                          article.uuid, outcome.reason));
            continue; // stays queued
        }
        steps.append(step);
    }
    if (!m_rows.record(steps, {}, error))
        return false;
    report->pushed += done.pushed;
    report->conflicts += done.conflicts;
    report->refused += done.refused;
    report->refusals += done.refusals;
    for (const QString &uuid : std::as_const(done.conflictUuids)) {
        if (!report->conflictUuids.contains(uuid))
            report->conflictUuids.append(uuid);
    }
    return true;
}

bool SyncEngine::pull(SyncReport *report, QString *error)
{
    const qint64 sequence = m_rows.state(QString::fromLatin1(LastSequenceKey), QStringLiteral("0")).toLongLong();
    QList<NewsroomServer::ServerArticle> changes;
    if (!m_server.changesSince(sequence, PullPage, &changes, error))
        return false;
    while (!changes.isEmpty()) {
        if (!pullPage(changes, report, error))
            return false;
        if (changes.size() < PullPage)
            return true;
        const qint64 last = changes.constLast().changeSequence;
        if (!m_server.changesSince(last, PullPage, &changes, error))
            return false;
    }
    return true;
}

// One page of the change sequence in one store transaction: each article as a save on the last
// state both sides shared (a merge, or the local state kept as a "changed elsewhere" revision,
// where both changed), with its sync rows and the sequence reached.
bool SyncEngine::pullPage(const QList<NewsroomServer::ServerArticle> &changes, SyncReport *report,
                          QString *error)
{
    struct Pending
    {
        qint64 headRevision = 0;
        QByteArray json;
        bool newHere = false;
        bool found = false;
        qint64 syncedVersion = 0;
        // In or out of the trash here but not on the server, with edits not pushed yet: the
        // next push carries this desk's state (its edits restore an article trashed elsewhere).
        bool keepLocalTrash = false;
    };
    QList<Store::Incoming> incoming;
    QList<Pending> pending;
    for (const NewsroomServer::ServerArticle &change : changes) {
        if (change.conflicts > 0 && !report->conflictUuids.contains(change.uuid))
            report->conflictUuids.append(change.uuid);
        Store::Incoming item;
        QString why;
        if (!ArticleJson::fromJson(change.json, &item.article, &why)) {
            if (error)
                *error = tr("reading article %1 from the server: %2").arg(change.uuid, why);
            return false;
        }
        item.article.uuid = change.uuid;
        SyncRows::Local local;
        if (!m_rows.local(change.uuid, &local, error))
            return false;
        const qint64 id = local.id;
        Pending state{change.headRevision, change.json, id == 0, false, 0, false};
        item.article.id = id;
        if (id == 0 && change.trashed)
            item.trashMove = Store::Incoming::TrashMove::In;
        if (id != 0) {
            SyncRows::Synced synced;
            if (!m_rows.synced(id, &synced, &state.found, error))
                return false;
            const bool trashDiffers = local.trashed != change.trashed;
            if (state.found && synced.serverRevision == change.headRevision && !trashDiffers)
                continue; // our own push, or nothing new in the text
            item.hasBase = state.found && ArticleJson::fromJson(synced.syncedJson, &item.base, nullptr);
            item.article.version = state.found ? synced.syncedVersion : 0;
            state.syncedVersion = item.article.version;
            if (trashDiffers && local.queued)
                state.keepLocalTrash = true;
            else if (trashDiffers)
                item.trashMove = change.trashed ? Store::Incoming::TrashMove::In : Store::Incoming::TrashMove::Out;
        }
        incoming.append(item);
        pending.append(state);
    }
    QList<Article> articles;
    for (const Store::Incoming &item : std::as_const(incoming))
        articles.append(item.article);
    if (!downloadMedia(articles, report, error))
        return false;
    SyncReport done;
    const auto recordSteps = [&](Database &db, QString *why) {
        QList<SyncRows::Step> steps;
        for (qsizetype i = 0; i < incoming.size(); ++i) {
            const Store::Incoming &item = incoming.at(i);
            const Pending &state = pending.at(i);
            ++done.pulled;
            SyncRows::Step step{item.article.id, true, {state.headRevision, item.article.version, state.json},
                                item.article.version};
            if (!state.newHere) {
                const QByteArray localJson = ArticleJson::toJson(item.article, false);
                const bool same = sameContent(localJson, state.json);
                if (item.outcome.kind == Store::SaveOutcome::Kind::Merged && !same)
                    ++done.merged;
                if (item.outcome.kind == Store::SaveOutcome::Kind::Conflict) {
                    ++done.keptLocal;
                    done.conflictUuids.append(item.article.uuid);
                }
                if (!same) {
                    // A merge holding local edits: pushed on the head by the next push.
                    step.synced.syncedVersion = state.syncedVersion;
                    step.clearOutboxUpTo = 0;
                }
                if (state.keepLocalTrash)
                    step.clearOutboxUpTo = 0;
            }
            steps.append(step);
        }
        return SyncRows::recordOn(db, steps,
                                  {{QString::fromLatin1(LastSequenceKey),
                                    QString::number(changes.constLast().changeSequence)}},
                                  why);
    };
    if (!m_store.writeIncoming(&incoming, tr("from the newsroom server"), recordSteps, error))
        return false;
    report->pulled += done.pulled;
    report->merged += done.merged;
    report->keptLocal += done.keptLocal;
    for (const QString &uuid : std::as_const(done.conflictUuids)) {
        if (!report->conflictUuids.contains(uuid))
            report->conflictUuids.append(uuid);
    }
    return true;
}

bool SyncEngine::uploadMedia(const QList<Article> &articles, SyncReport *report, QString *error)
{
    QSet<QString> wanted;
    for (const Article &article : articles) {
        for (const QString &sha : mediaOf(article))
            wanted.insert(sha);
    }
    QStringList missing;
    if (!m_server.missingMedia(QStringList(wanted.cbegin(), wanted.cend()), &missing, error))
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

bool SyncEngine::downloadMedia(const QList<Article> &articles, SyncReport *report, QString *error)
{
    QSet<QString> wanted;
    for (const Article &article : articles) {
        for (const QString &sha : mediaOf(article))
            wanted.insert(sha);
    }
    QList<DecodedImage> images;
    for (const QString &sha : std::as_const(wanted)) {
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
