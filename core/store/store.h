#pragma once

#include "model/article.h"
#include "model/articlefilter.h"
#include "model/articlesummary.h"
#include "media/decodedimage.h"
#include "model/mediainfo.h"
#include "model/revisioninfo.h"
#include "model/searchhit.h"
#include "model/sitesettings.h"
#include "model/statuschange.h"
#include "model/wordlist.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace copydesk {

class Database;

// The local SQLite store of articles, their revisions, media and settings; use from one thread
// at a time.
// A facade over the store's parts, each on the same connection: StoreOpener (opening, checks,
// StoreSchema migrations), ArticleRows, ArticleListing, RevisionLog (RevisionReasons), Trash,
// MediaRows, SettingsRows, WordListRows, StoreDiagnostics.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    static constexpr int SchemaVersion = 10;
    // PRAGMA application_id of every Copydesk store: "CpDk".
    static constexpr qint32 ApplicationId = 0x4370446B;
    // The reason recorded on the snapshot deleteArticle() takes.
    static constexpr const char *BeforeDeleteReason = "before delete";
    // Other revision reasons (revisionReasonName() translates them for display). saveArticle()
    // first snapshots the article as it was stored (a checkpoint) when its newest revision, or
    // its creation, is older than CheckpointIntervalMs; a status change is recorded as a revision
    // of the new state, StatusChangeReason + ": " + the new status name.
    static constexpr const char *CheckpointReason = "autosave checkpoint";
    static constexpr const char *SavedReason = "saved";
    static constexpr const char *ExportedReason = "exported";
    static constexpr const char *StatusChangeReason = "status change";
    static constexpr const char *BeforeRestoreReason = "before restore";
    static constexpr const char *BeforeImportReason = "before import";
    // The first revision of every article: CreatedReason, or ImportedReason + ": " + the file.
    static constexpr const char *CreatedReason = "created";
    static constexpr const char *ImportedReason = "imported from";
    // 校对: the states before and after proofing fixes; before and after a 繁简 conversion (the
    // latter ConvertedReason + ": " + the OpenCC conversion, s2t, t2s, ...).
    static constexpr const char *BeforeProofingReason = "before proofing fixes";
    static constexpr const char *ProofedReason = "proofing fixes";
    static constexpr const char *BeforeConversionReason = "before conversion";
    static constexpr const char *ConvertedReason = "converted";
    // What another program had written, kept when a save based on an older state replaced it.
    static constexpr const char *ChangedElsewhereReason = "changed elsewhere";
    static constexpr qint64 CheckpointIntervalMs = 5 * 60 * 1000;
    // open() purges articles that have been in the trash longer than this.
    static constexpr int TrashDays = 30;
    // open() runs PRAGMA quick_check on stores up to this size; larger ones are checked by
    // checkIntegrity() and by every backup (Backup::backupIfDue()), off the opening path.
    static constexpr qint64 QuickCheckMaxBytes = 32 * 1024 * 1024;

    // What saveArticle() did when the article had been changed by another connection since the
    // state the save was based on (Article::version).
    struct SaveOutcome
    {
        enum class Kind { Written, Unchanged, Merged, Conflict };
        Kind kind = Kind::Written;
        // Merged or Conflict: the fields both sides changed (empty when Merged).
        QStringList conflicts;
        // Conflict: the revision keeping the other program's state.
        qint64 keptRevision = 0;
    };
    // One article written since a change_seq (changesSince()).
    struct Change
    {
        qint64 id = 0;
        qint64 version = 0;
        qint64 sequence = 0;
        bool trashed = false;
    };

    // Why the last open() failed, for callers that offer a way out (a damaged store: open the
    // newest good backup, see Backup).
    enum class OpenProblem { None, NotAStore, ForeignDatabase, NewerVersion, ReadOnly, Locked,
                             Damaged, Other };

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // $COPYDESK_STORE if set, else <AppDataLocation>/copydesk.sqlite3.
    static QString defaultPath();
    // Whether open() will first update the file to this version's schema, which takes a while for
    // a large store (StoreOpener::mayNeedUpdate: a guess from the header, never a false no).
    static bool mayNeedUpdate(const QString &path);

    // Creates the file (and its folders) if missing; an empty file counts as a new store.
    // Fails, leaving the file byte-identical, on a file that is not an SQLite database, a
    // database of another application, a store of a newer Copydesk, a read-only file or folder
    // (by permission bits too, so also when running as root), or a store another process is
    // writing to.
    // Stores of version 1 are backed up (Backup) and then migrated; articles trashed more than
    // TrashDays ago are purged.
    bool open(const QString &path, QString *error);
    // For commands that only read: refuses a missing or empty file instead of creating a store,
    // never migrates, purges or checkpoints, and the connection is query_only. Leaves every file
    // as it was.
    bool openReadOnly(const QString &path, QString *error);
    bool isReadOnly() const { return m_readOnly; }
    OpenProblem lastOpenProblem() const { return m_openProblem; }
    void close();
    bool isOpen() const;
    QString path() const;

    // Assigns article->id (replacing any it had) and version 1; fills an empty uuid and invalid
    // created/updated with now. Records the first revision with reason (CreatedReason when
    // empty), so the copy as it arrived can always be restored.
    bool insertArticle(Article *article, QString *error, const QString &reason = {});
    // All or nothing in one transaction (imports, benchmarks); the ids are left as they were on
    // failure.
    bool insertArticles(QList<Article> *articles, QString *error, const QString &reason = {});
    // An import: its photos (as putMedia, thumbnails or not) and the article (as insertArticle)
    // in one transaction, all or nothing.
    bool importArticle(Article *article, const QList<DecodedImage> &media, QString *error,
                       const QString &reason = {});
    // The autosave call: one UPDATE in one transaction, with tags, media links, the article's
    // mark for the search index (updateSearchIndex()) and a checkpoint revision when due; sets article->updated to now (UTC, ms) and
    // article->version to the new version. Content equal to the stored one writes nothing
    // (Unchanged). article->version names the state the edit started from: when another
    // connection wrote since, the two are merged with base, the state both started from
    // (Merged: *article becomes the merge), or, where both changed the same field or without a
    // base, the other state is kept as a revision and this one is written (Conflict).
    bool saveArticle(Article *article, QString *error, const Article *base = nullptr,
                     SaveOutcome *outcome = nullptr);
    // One article arriving from elsewhere (the newsroom server), for writeIncoming().
    struct Incoming
    {
        Article article;      // id 0: new, inserted; else saved on article.version, as saveArticle()
        bool hasBase = false; // base: the state both sides last shared, the base of a merge
        Article base;
        SaveOutcome outcome;  // set by writeIncoming(), and article becomes the state written
        // After the write: moved into the trash ("before delete" revision) or taken out of it.
        enum class TrashMove { None, In, Out };
        TrashMove trashMove = TrashMove::None;
    };
    // Writes every item as insertArticle() (with reason) or saveArticle() would, with the same
    // merges and kept "changed elsewhere" revisions, all in one write transaction; alongside(db)
    // runs last in that transaction, for what is recorded beside them (the sync rows). All or
    // nothing: on failure nothing is written and the items are as they were.
    bool writeIncoming(QList<Incoming> *items, const QString &reason,
                       const std::function<bool(Database &, QString *)> &alongside, QString *error);
    // Reads, changes and saves one article in one write transaction, so no other write can
    // come between (the CLI's set and attach). change returns false with a reason to cancel.
    bool updateArticle(qint64 id, const std::function<bool(Article *, QString *)> &change,
                       QString *error);
    // PRAGMA data_version: changes when another connection, in this process or another, has
    // committed since the last call. Cheap enough to poll.
    qint64 dataVersion() const;
    // The articles written after sequence (0: all), oldest first; *latest gets the newest
    // sequence seen (unchanged when there are none).
    bool changesSince(qint64 sequence, QList<Change> *changes, qint64 *latest, QString *error) const;
    // The newest change sequence in the store (0 when empty or unreadable).
    qint64 latestChangeSequence() const;
    // Loads trashed articles too.
    bool loadArticle(qint64 id, Article *article, QString *error) const;
    // Excludes trashed articles; newest updated first. Reads only the listing columns.
    QList<ArticleSummary> listArticles(QString *error) const;
    // One page of the filtered list (trash excluded), for a lazy list model; limit <= 0 means
    // all from offset.
    QList<ArticleSummary> listArticles(qint64 offset, int limit, const ArticleFilter &filter,
                                       ArticleFilter::Sort sort, QString *error) const;
    // -1 with an error on failure.
    qint64 countArticles(const ArticleFilter &filter, QString *error) const;
    // For completion: the sections of articles not in the trash, and all tags; sorted.
    QStringList sections(QString *error) const;
    QStringList tags(QString *error) const;

    // Full-text search of title, subtitle, body, captions, byline and source (trash excluded):
    // each term of query must occur (a CJK term as written, a Latin word as a word start).
    // Best first (see SearchIndex::RankWindow); total (may be null) gets the number of hits,
    // counted up to SearchIndex::CountCap.
    bool search(const QString &query, int offset, int limit, QList<SearchHit> *hits,
                qint64 *total, QString *error) const;
    // Indexes the articles written since the last call (theirs or another connection's) in a
    // transaction of its own: writes only mark their article, so they never wait for
    // tokenizing. The Autosaver calls it after each pass; search(), and listing or counting
    // with a text filter, call it first on a writable connection.
    bool updateSearchIndex(QString *error);

    // Snapshots a "before delete" revision, then moves the article to the trash (never a hard
    // delete). Deleting an article already in the trash succeeds and changes nothing.
    bool deleteArticle(qint64 id, QString *error);
    // Trashed articles, most recently deleted first (ArticleSummary::deleted set).
    QList<ArticleSummary> listTrash(QString *error) const;
    bool restoreArticle(qint64 id, QString *error);
    // Deletes for good the articles trashed before the time, with their revisions.
    bool purgeTrash(const QDateTime &trashedBefore, int *purged, QString *error);
    // Deletes one trashed article for good, with its revisions; refuses an article not in the trash.
    bool purgeArticle(qint64 id, QString *error);

    // A full snapshot of the article as stored now.
    bool addRevision(qint64 articleId, const QString &reason, qint64 *revisionId, QString *error);
    // Newest first.
    QList<RevisionInfo> revisions(qint64 articleId, QString *error) const;
    // The snapshot, with article->id set to the article it belongs to.
    bool loadRevision(qint64 revisionId, Article *article, QString *error) const;
    // The articles (not in the trash) in conflict now, by id: those whose newest "changed
    // elsewhere" revision has not been answered — neither a version restored after it nor the
    // article written again since the save that kept it (an edit here, or another desk's
    // version pulled down). Read-only; one indexed lookup per article.
    bool articlesInConflict(QList<qint64> *ids, QString *error) const;
    // Snapshots the current state ("before restore"), then makes the revision's content the
    // article's (same id and uuid, updated now). restored (may be null) gets the new state.
    bool restoreRevision(qint64 articleId, qint64 revisionId, Article *restored, QString *error);
    // The reason of an imported article's first revision: ImportedReason + ": " + the file name.
    static QString importedReason(const QString &path);
    // The translated display name of a revision reason (unknown reasons as they are).
    static QString revisionReasonName(const QString &reason);
    // Oldest first.
    QList<StatusChange> statusHistory(qint64 articleId, QString *error) const;

    // Photos (one, or an import's) in one transaction, all or nothing; idempotent by sha256,
    // which must be the SHA-256 hex of the bytes (checked): a second put of the same bytes adds
    // nothing. An empty list succeeds.
    bool putMedia(const QList<DecodedImage> &images, QString *error);
    bool hasMedia(const QString &sha256) const;
    bool mediaInfo(const QString &sha256, MediaInfo *info, QString *error) const;
    // The exact original bytes; empty with an error when unknown.
    QByteArray mediaBytes(const QString &sha256, QString *error) const;
    // Empty when the media is unknown or was stored without a thumbnail (an import stores
    // none: the window makes them in the background, anything else on demand).
    QByteArray mediaThumbnail(const QString &sha256) const;
    // The stored thumbnail, or one made now from the original and stored as a cache (best
    // effort, not on a read-only store): tens of milliseconds for a camera photo, once. Empty
    // with an error when the media is unknown or cannot be decoded.
    QByteArray mediaThumbnailOrMake(const QString &sha256, QString *error) const;
    // Stores thumbnails (ImageDecoder::makeThumbnail) by sha256 for media that have none, in
    // one transaction; unknown media are skipped.
    bool putMediaThumbnails(const QHash<QString, QByteArray> &thumbnails, QString *error);
    // Ids of the stored (also trashed) articles whose image blocks use the media.
    QList<qint64> articlesUsingMedia(const QString &sha256, QString *error) const;

    // SiteSettings::defaults() for each value never set.
    SiteSettings siteSettings() const;
    bool setSiteSettings(const SiteSettings &settings, QString *error);
    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value, QString *error);

    // The outlet's word lists (WordListRows): the newest version of each name, by name.
    QList<WordList> wordLists(QString *error) const;
    // Stores list.entries as the next version of list.name (the first when new), enabled as the
    // previous version was (a new name: as list.enabled); *stored (may be null) gets the row.
    bool importWordList(const WordList &list, WordList *stored, QString *error);
    bool setWordListEnabled(const QString &name, bool enabled, QString *error);
    // Every version of the list; fails for an unknown name.
    bool removeWordList(const QString &name, QString *error);
    // The terms of the newest version of every enabled list, for proofing.
    QList<WordListEntry> enabledWordListEntries(QString *error) const;

    // PRAGMA integrity_check + foreign_key_check; an empty problems list means healthy.
    bool checkIntegrity(QStringList *problems, QString *error) const;
    // The value of a parameterless PRAGMA on this connection (journal_mode, synchronous, ...),
    // for diagnostics; empty for a name that is not a plain identifier.
    QString pragma(const QString &name) const;
    // A consistent copy of the open store in a new file (the SQLite online backup), without
    // stopping writers on other connections. Refuses an existing file.
    bool backupTo(const QString &file, QString *error) const;

private:
    bool notOpen(QString *error) const;
    void catchUpSearch() const;

    std::unique_ptr<Database> m_db;
    OpenProblem m_openProblem = OpenProblem::None;
    bool m_readOnly = false;
};

} // namespace copydesk
