#include "store/store.h"

#include "environment/appenvironment.h"
#include "media/imagedecoder.h"
#include "model/timestamp.h"
#include "sqlite/database.h"
#include "sqlite/transaction.h"
#include "search/searchindex.h"
#include "store/articlelisting.h"
#include "store/articlerows.h"
#include "store/backup.h"
#include "store/mediarows.h"
#include "store/revisionlog.h"
#include "store/revisionreasons.h"
#include "store/settingsrows.h"
#include "store/storediagnostics.h"
#include "store/storeopener.h"
#include "store/trash.h"
#include "store/wordlistrows.h"

namespace copydesk {

Store::Store() = default;

Store::~Store()
{
    close();
}

QString Store::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("COPYDESK_STORE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return AppEnvironment::dataDir()
        + QStringLiteral("/copydesk.sqlite3");
}

bool Store::mayNeedUpdate(const QString &path)
{
    return StoreOpener::mayNeedUpdate(path);
}

bool Store::open(const QString &path, QString *error)
{
    close();
    m_db = StoreOpener::openForWriting(path, &m_openProblem, error);
    if (!m_db)
        return false;
    // Best effort: a store another connection is busy with is purged at a later open.
    Trash(*m_db).purge(Timestamp::now().addDays(-TrashDays), nullptr, nullptr);
    return true;
}

bool Store::openReadOnly(const QString &path, QString *error)
{
    close();
    m_db = StoreOpener::openForReading(path, &m_openProblem, error);
    m_readOnly = m_db != nullptr;
    return m_readOnly;
}

void Store::close()
{
    m_db.reset();
    m_readOnly = false;
}

bool Store::isOpen() const
{
    return m_db != nullptr;
}

QString Store::path() const
{
    return m_db ? m_db->path() : QString();
}

bool Store::notOpen(QString *error) const
{
    if (m_db)
        return false;
    if (error)
        *error = tr("No store is open.");
    return true;
}

qint64 Store::dataVersion() const
{
    return m_db ? ArticleRows(*m_db).dataVersion() : 0;
}

qint64 Store::latestChangeSequence() const
{
    return m_db ? ArticleRows(*m_db).latestChangeSequence() : 0;
}

bool Store::changesSince(qint64 sequence, QList<Change> *changes, qint64 *latest,
                         QString *error) const
{
    changes->clear();
    return !notOpen(error) && ArticleRows(*m_db).changesSince(sequence, changes, latest, error);
}

bool Store::insertArticle(Article *article, QString *error, const QString &reason)
{
    return importArticle(article, {}, error, reason);
}

bool Store::importArticle(Article *article, const QList<DecodedImage> &media, QString *error,
                          const QString &reason)
{
    if (notOpen(error))
        return false;
    const qint64 oldId = article->id;
    Transaction transaction(*m_db);
    qint64 id = 0;
    QString why;
    if (transaction.begin(&why)) {
        if (!MediaRows(*m_db).putWithin(media, error))
            return false;
        if (ArticleRows(*m_db).nextArticleId(&id, &why) && ArticleRows(*m_db).insert(article, id, reason, &why)
            && transaction.commit(&why))
            return true;
    }
    article->id = oldId;
    article->version = 0;
    if (error)
        *error = tr("Cannot store the article “%1”: %2").arg(article->title, why);
    return false;
}

bool Store::insertArticles(QList<Article> *articles, QString *error, const QString &reason)
{
    if (notOpen(error))
        return false;
    QList<qint64> oldIds;
    oldIds.reserve(articles->size());
    for (const Article &article : std::as_const(*articles))
        oldIds.append(article.id);
    Transaction transaction(*m_db);
    qint64 id = 0;
    QString why;
    bool ok = transaction.begin(&why) && ArticleRows(*m_db).nextArticleId(&id, &why);
    for (qsizetype i = 0; ok && i < articles->size(); ++i)
        ok = ArticleRows(*m_db).insert(&(*articles)[i], id + i, reason, &why);
    if (ok && transaction.commit(&why))
        return true;
    for (qsizetype i = 0; i < articles->size(); ++i) {
        (*articles)[i].id = oldIds.at(i);
        (*articles)[i].version = 0;
    }
    if (error)
        *error = tr("Cannot store %n article(s); none was stored: %1", nullptr, int(articles->size()))
                     .arg(why);
    return false;
}

bool Store::saveArticle(Article *article, QString *error, const Article *base,
                        SaveOutcome *outcome)
{
    if (notOpen(error))
        return false;
    if (article->id <= 0) {
        if (error)
            *error = tr("Cannot save the article “%1”: it is not in the store yet.").arg(article->title);
        return false;
    }
    SaveOutcome result;
    Article written = *article;
    Transaction transaction(*m_db);
    QString why;
    const bool ok = transaction.begin(&why) && ArticleRows(*m_db).save(&written, base, &result, &why)
        && transaction.commit(&why);
    if (!ok) {
        if (error)
            *error = tr("Cannot save the article “%1”: %2").arg(article->title, why);
        return false;
    }
    *article = written;
    if (outcome)
        *outcome = result;
    return true;
}

bool Store::writeIncoming(QList<Incoming> *items, const QString &reason,
                          const std::function<bool(Database &, QString *)> &alongside, QString *error)
{
    if (notOpen(error))
        return false;
    // Written in place, so alongside() sees the ids, versions and outcomes.
    const QList<Incoming> original = *items;
    Transaction transaction(*m_db);
    ArticleRows rows(*m_db);
    QString why;
    bool ok = transaction.begin(&why);
    for (qsizetype i = 0; ok && i < items->size(); ++i) {
        Incoming &item = (*items)[i];
        if (item.article.id > 0) {
            ok = rows.save(&item.article, item.hasBase ? &item.base : nullptr, &item.outcome, &why);
        } else {
            qint64 id = 0;
            ok = rows.nextArticleId(&id, &why) && rows.insert(&item.article, id, reason, &why);
        }
        if (ok && item.trashMove != Incoming::TrashMove::None) {
            Article moved;
            ok = (item.trashMove == Incoming::TrashMove::In ? Trash(*m_db).moveInWithin(item.article.id, &why)
                                                             : Trash(*m_db).takeOutWithin(item.article.id, &why))
                && rows.load(item.article.id, &moved, &why);
            item.article.version = moved.version;
        }
    }
    if (!ok || (alongside && !alongside(*m_db, &why)) || !transaction.commit(&why)) {
        *items = original;
        if (error)
            *error = tr("Cannot store %n article(s) from elsewhere; none was stored: %1", nullptr,
                        int(items->size())).arg(why);
        return false;
    }
    return true;
}

bool Store::updateArticle(qint64 id, const std::function<bool(Article *, QString *)> &change,
                          QString *error)
{
    if (notOpen(error))
        return false;
    Transaction transaction(*m_db);
    Article article;
    QString why;
    SaveOutcome outcome;
    const auto failed = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!transaction.begin(&why) || !ArticleRows(*m_db).load(id, &article, &why) || !change(&article, &why))
        return failed(why);
    if (!ArticleRows(*m_db).save(&article, nullptr, &outcome, &why) || !transaction.commit(&why))
        return failed(tr("Cannot save the article “%1”: %2").arg(article.title, why));
    return true;
}

bool Store::loadArticle(qint64 id, Article *article, QString *error) const
{
    return !notOpen(error) && ArticleRows(*m_db).load(id, article, error);
}

QList<ArticleSummary> Store::listArticles(QString *error) const
{
    return notOpen(error) ? QList<ArticleSummary>() : ArticleListing(*m_db).list(error);
}

QList<ArticleSummary> Store::listArticles(qint64 offset, int limit, const ArticleFilter &filter,
                                          ArticleFilter::Sort sort, QString *error) const
{
    if (notOpen(error))
        return {};
    if (!filter.text.trimmed().isEmpty())
        catchUpSearch();
    return ArticleListing(*m_db).list(offset, limit, filter, sort, error);
}

qint64 Store::countArticles(const ArticleFilter &filter, QString *error) const
{
    if (notOpen(error))
        return -1;
    if (!filter.text.trimmed().isEmpty())
        catchUpSearch();
    return ArticleListing(*m_db).count(filter, error);
}

QStringList Store::sections(QString *error) const
{
    return notOpen(error) ? QStringList() : ArticleListing(*m_db).sections(error);
}

QStringList Store::tags(QString *error) const
{
    return notOpen(error) ? QStringList() : ArticleListing(*m_db).tags(error);
}

bool Store::search(const QString &query, int offset, int limit, QList<SearchHit> *hits,
                   qint64 *total, QString *error) const
{
    if (notOpen(error))
        return false;
    catchUpSearch();
    return ArticleListing(*m_db).search(query, offset, limit, hits, total, error);
}

bool Store::updateSearchIndex(QString *error)
{
    if (notOpen(error))
        return false;
    QString why;
    if (!SearchIndex::catchUp(*m_db, &why)) {
        if (error)
            *error = tr("Cannot update the search index: %1").arg(why);
        return false;
    }
    return true;
}

// Best effort: what stays marked (a store another connection is writing, a read-only one) is
// still found exactly, by its stored text (SearchIndex::search).
void Store::catchUpSearch() const
{
    if (m_db && !m_readOnly)
        SearchIndex::catchUp(*m_db, nullptr);
}

bool Store::deleteArticle(qint64 id, QString *error)
{
    return !notOpen(error) && Trash(*m_db).moveIn(id, error);
}

QList<ArticleSummary> Store::listTrash(QString *error) const
{
    return notOpen(error) ? QList<ArticleSummary>() : ArticleListing(*m_db).trashed(error);
}

bool Store::restoreArticle(qint64 id, QString *error)
{
    return !notOpen(error) && Trash(*m_db).takeOut(id, error);
}

bool Store::purgeTrash(const QDateTime &trashedBefore, int *purged, QString *error)
{
    if (purged)
        *purged = 0;
    return !notOpen(error) && Trash(*m_db).purge(trashedBefore, purged, error);
}

bool Store::purgeArticle(qint64 id, QString *error)
{
    return !notOpen(error) && Trash(*m_db).purgeOne(id, error);
}

bool Store::addRevision(qint64 articleId, const QString &reason, qint64 *revisionId, QString *error)
{
    if (notOpen(error))
        return false;
    QString why;
    if (!RevisionLog(*m_db).snapshot(articleId, reason, revisionId, &why)) {
        if (error)
            *error = tr("Cannot keep a revision of article %1: %2").arg(articleId).arg(why);
        return false;
    }
    return true;
}

QList<RevisionInfo> Store::revisions(qint64 articleId, QString *error) const
{
    return notOpen(error) ? QList<RevisionInfo>() : RevisionLog(*m_db).list(articleId, error);
}

bool Store::articlesInConflict(QList<qint64> *ids, QString *error) const
{
    return !notOpen(error) && RevisionLog(*m_db).articlesInConflict(ids, error);
}

bool Store::loadRevision(qint64 revisionId, Article *article, QString *error) const
{
    return !notOpen(error) && RevisionLog(*m_db).load(revisionId, article, error);
}

bool Store::restoreRevision(qint64 articleId, qint64 revisionId, Article *restored, QString *error)
{
    return !notOpen(error) && RevisionLog(*m_db).restore(articleId, revisionId, restored, error);
}

QString Store::importedReason(const QString &path)
{
    return RevisionReasons::imported(path);
}

QString Store::revisionReasonName(const QString &reason)
{
    return RevisionReasons::displayName(reason);
}

QList<StatusChange> Store::statusHistory(qint64 articleId, QString *error) const
{
    return notOpen(error) ? QList<StatusChange>() : RevisionLog(*m_db).statusHistory(articleId, error);
}

bool Store::putMedia(const QList<DecodedImage> &images, QString *error)
{
    return !notOpen(error) && MediaRows(*m_db).put(images, error);
}

bool Store::hasMedia(const QString &sha256) const
{
    return m_db && MediaRows(*m_db).has(sha256);
}

bool Store::mediaInfo(const QString &sha256, MediaInfo *info, QString *error) const
{
    return !notOpen(error) && MediaRows(*m_db).info(sha256, info, error);
}

QByteArray Store::mediaBytes(const QString &sha256, QString *error) const
{
    return notOpen(error) ? QByteArray() : MediaRows(*m_db).bytes(sha256, error);
}

QByteArray Store::mediaThumbnail(const QString &sha256) const
{
    return m_db ? MediaRows(*m_db).thumbnail(sha256) : QByteArray();
}

QByteArray Store::mediaThumbnailOrMake(const QString &sha256, QString *error) const
{
    QByteArray thumbnail = mediaThumbnail(sha256);
    if (!thumbnail.isEmpty())
        return thumbnail;
    const QByteArray bytes = mediaBytes(sha256, error);
    if (bytes.isEmpty())
        return {};
    QString reason;
    if (!ImageDecoder::makeThumbnail(bytes, &thumbnail, &reason)) {
        if (error)
            *error = tr("Cannot make a thumbnail of media %1: %2").arg(sha256, reason);
        return {};
    }
    // Best effort: a busy or read-only store makes it again next time.
    if (!m_readOnly)
        MediaRows(*m_db).setThumbnail(sha256, thumbnail, nullptr);
    return thumbnail;
}

bool Store::putMediaThumbnails(const QHash<QString, QByteArray> &thumbnails, QString *error)
{
    if (notOpen(error))
        return false;
    if (thumbnails.isEmpty())
        return true;
    Transaction transaction(*m_db);
    QString why;
    bool ok = transaction.begin(&why);
    for (auto it = thumbnails.cbegin(); ok && it != thumbnails.cend(); ++it)
        ok = MediaRows(*m_db).setThumbnail(it.key(), it.value(), &why);
    if (ok && transaction.commit(&why))
        return true;
    if (error)
        *error = tr("Cannot store the thumbnails: %1").arg(why);
    return false;
}

QList<qint64> Store::articlesUsingMedia(const QString &sha256, QString *error) const
{
    return notOpen(error) ? QList<qint64>() : MediaRows(*m_db).usedBy(sha256, error);
}

SiteSettings Store::siteSettings() const
{
    return m_db ? SettingsRows(*m_db).site() : SiteSettings::defaults();
}

bool Store::setSiteSettings(const SiteSettings &settings, QString *error)
{
    return !notOpen(error) && SettingsRows(*m_db).setSite(settings, error);
}

QString Store::setting(const QString &key, const QString &fallback) const
{
    return m_db ? SettingsRows(*m_db).value(key, fallback) : fallback;
}

bool Store::setSetting(const QString &key, const QString &value, QString *error)
{
    return !notOpen(error) && SettingsRows(*m_db).setValue(key, value, error);
}

QList<WordList> Store::wordLists(QString *error) const
{
    return notOpen(error) ? QList<WordList>() : WordListRows(*m_db).lists(error);
}

bool Store::importWordList(const WordList &list, WordList *stored, QString *error)
{
    return !notOpen(error) && WordListRows(*m_db).import(list, stored, error);
}

bool Store::setWordListEnabled(const QString &name, bool enabled, QString *error)
{
    return !notOpen(error) && WordListRows(*m_db).setEnabled(name, enabled, error);
}

bool Store::removeWordList(const QString &name, QString *error)
{
    return !notOpen(error) && WordListRows(*m_db).remove(name, error);
}

QList<WordListEntry> Store::enabledWordListEntries(QString *error) const
{
    return notOpen(error) ? QList<WordListEntry>() : WordListRows(*m_db).enabledEntries(error);
}

bool Store::checkIntegrity(QStringList *problems, QString *error) const
{
    problems->clear();
    return !notOpen(error) && StoreDiagnostics(*m_db).checkIntegrity(problems, error);
}

QString Store::pragma(const QString &name) const
{
    return m_db ? StoreDiagnostics(*m_db).pragma(name) : QString();
}

bool Store::backupTo(const QString &file, QString *error) const
{
    if (notOpen(error))
        return false;
    return Backup::copyDatabase(*m_db, file, error);
}

} // namespace copydesk
