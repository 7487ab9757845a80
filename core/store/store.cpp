#include "store/store.h"
#include "model/timestamp.h"

#include "model/articlejson.h"
#include "model/articlemerge.h"
#include "store/backup.h"
#include "search/bigramtokenizer.h"
#include "sqlite/database.h"
#include "model/linkpolicy.h"
#include "search/searchindex.h"
#include "media/sha256.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>
#include <QtEndian>

#include <iterator>

#include <sqlite3.h>

namespace copydesk {

namespace {

// How long open() waits for another writer before calling the store locked, and how long
// later writes wait.
constexpr int LockWaitMs = 1000;
constexpr int BusyTimeoutMs = 5000;
// The database header plus the start of page 1's b-tree header.
constexpr int HeaderSize = 108;

// Migrations[i] takes a store from user_version i to i + 1; append a step for each new version.
const char *const Migrations[] = {
    R"sql(
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft',
    section TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    deleted_at TEXT,
    words INTEGER NOT NULL DEFAULT 0,
    images INTEGER NOT NULL DEFAULT 0,
    images_missing_caption INTEGER NOT NULL DEFAULT 0,
    json TEXT NOT NULL
);
-- Covers the article list (deleted_at included, or SQLite reads the rows to test it), so
-- listing never reads the JSON pages.
CREATE INDEX articles_listing ON articles (updated DESC, id DESC, uuid, title, status, section,
    created, words, images, images_missing_caption, deleted_at) WHERE deleted_at IS NULL;
CREATE INDEX articles_trash ON articles (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    created TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    json TEXT NOT NULL
);
CREATE INDEX revisions_article ON revisions (article_id, id);

-- Small columns first, the original bytes last, so metadata reads skip the overflow pages.
CREATE TABLE media (
    sha256 TEXT PRIMARY KEY NOT NULL,
    mime TEXT NOT NULL DEFAULT '',
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    size INTEGER NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    thumbnail BLOB,
    bytes BLOB NOT NULL
);

-- Which articles use which media; kept in step with the articles' image blocks on every save.
CREATE TABLE article_media (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (article_id, sha256)
) WITHOUT ROWID;
CREATE INDEX article_media_sha256 ON article_media (sha256);

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
)sql",
    // Version 2: tags, status history, list filters, full-text search. indexExistingArticles()
    // then fills article_tags and article_search from the articles' JSON.
    R"sql(
CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (article_id, tag)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags (tag, article_id);

CREATE TABLE status_changes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    changed TEXT NOT NULL,
    old_status TEXT NOT NULL,
    new_status TEXT NOT NULL
);
CREATE INDEX status_changes_article ON status_changes (article_id, id);

-- Every status change is kept with its time, and as a revision of the article it produced (the
-- reason is Store::StatusChangeReason + ": " + the new status).
CREATE TRIGGER articles_status_change AFTER UPDATE OF status ON articles
WHEN old.status IS NOT new.status BEGIN
    INSERT INTO status_changes (article_id, changed, old_status, new_status)
        VALUES (new.id, new.updated, old.status, new.status);
    INSERT INTO revisions (article_id, created, reason, json)
        VALUES (new.id, new.updated, 'status change: ' || new.status, new.json);
END;

-- The list's filters and sort orders, without reading the JSON pages.
CREATE INDEX articles_status ON articles (status, updated DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX articles_section ON articles (section, updated DESC, id DESC)
    WHERE deleted_at IS NULL;
CREATE INDEX articles_created ON articles (created DESC, id DESC) WHERE deleted_at IS NULL;

-- Full-text search: see SearchIndex and BigramTokenizer. The title weighs most.
CREATE VIRTUAL TABLE article_search USING fts5(title, subtitle, body, captions, byline, source,
    tokenize = 'copydesk_bigram');
INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 2.0, 3.0, 2.0)');
)sql",
    // Version 3: optimistic concurrency and change tracking for several programs on one store,
    // and revisions that refer to an identical earlier one instead of copying it.
    R"sql(
-- How many times the article was written: a save names the version it was based on.
ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
-- Store-wide order of writes to articles, so another program sees what changed since it looked.
ALTER TABLE articles ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
CREATE INDEX articles_change_seq ON articles (change_seq);
-- A revision whose content equals an earlier one's names it here and leaves json empty.
ALTER TABLE revisions ADD COLUMN same_as INTEGER REFERENCES revisions (id);
)sql",
};
static_assert(std::size(Migrations) == Store::SchemaVersion,
              "one migration step per schema version");

const QString SummaryColumns = QStringLiteral(
    "id, uuid, title, status, section, created, updated, words, images, images_missing_caption");

const QString ListSql = QStringLiteral("SELECT ") + SummaryColumns
    + QStringLiteral(" FROM articles WHERE deleted_at IS NULL ORDER BY updated DESC, id DESC");
const QString TrashSql = QStringLiteral("SELECT ") + SummaryColumns
    + QStringLiteral(", deleted_at FROM articles WHERE deleted_at IS NOT NULL "
                     "ORDER BY deleted_at DESC, id DESC");
// Every write to a row of articles takes the next change_seq.
#define NEXT_CHANGE_SEQ "(SELECT coalesce(max(change_seq), 0) + 1 FROM articles)"
const QString InsertSql = QStringLiteral(
    "INSERT INTO articles (uuid, title, status, section, created, updated, words, images, "
    "images_missing_caption, json, id, version, change_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
    "?8, ?9, ?10, ?11, 1, " NEXT_CHANGE_SEQ ")");
const QString UpdateSql = QStringLiteral(
    "UPDATE articles SET uuid = ?1, title = ?2, status = ?3, section = ?4, created = ?5, "
    "updated = ?6, words = ?7, images = ?8, images_missing_caption = ?9, json = ?10, "
    "version = version + 1, change_seq = " NEXT_CHANGE_SEQ " WHERE id = ?11");
const QString StoredStateSql =
    QStringLiteral("SELECT version, updated, json FROM articles WHERE id = ?1");

const QString SiteNameKey = QStringLiteral("site/name");
const QString SloganKey = QStringLiteral("site/slogan");
const QString RepostNoticeKey = QStringLiteral("site/repostNotice");
const QString DefaultSectionKey = QStringLiteral("site/defaultSection");

Store::OpenProblem problemOf(const Database &db, Store::OpenProblem fallback)
{
    switch (db.lastErrorCode()) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Store::OpenProblem::Damaged;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Store::OpenProblem::Locked;
    default:
        return fallback;
    }
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

Article::Status parseStatus(const QString &name)
{
    // The stored names first: statusFromName() also tries translated names, which is slow for
    // a 100k-row list.
    static const Article::Status known[] = {Article::Status::Draft, Article::Status::Review,
                                            Article::Status::Approved, Article::Status::Published,
                                            Article::Status::Archived};
    static const QString names[] = {Article::statusName(known[0]), Article::statusName(known[1]),
                                    Article::statusName(known[2]), Article::statusName(known[3]),
                                    Article::statusName(known[4])};
    for (int i = 0; i < int(std::size(known)); ++i) {
        if (name == names[i])
            return known[i];
    }
    Article::Status status = Article::Status::Draft;
    Article::statusFromName(name, &status);
    return status;
}

// Root ignores permission bits, so a file or folder whose owner cleared its write bit counts as
// read-only too: Copydesk must not write where the user said not to.
bool isWritable(const QFileInfo &info)
{
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

QString normalizedSha(const QString &sha256)
{
    return sha256.trimmed().toLower();
}

QSet<QString> mediaOf(const Article &article)
{
    QSet<QString> media;
    for (const Block &block : article.blocks) {
        if (block.type == Block::Type::Image && !block.media.isEmpty())
            media.insert(normalizedSha(block.media));
    }
    return media;
}

// Fills what insert/save need and the caller left empty.
// The store's door: nothing it keeps holds a link the policy refuses.
void completeForStorage(Article *article, const QDateTime &now)
{
    LinkPolicy::apply(article);
    if (article->uuid.isEmpty())
        article->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!article->created.isValid())
        article->created = now;
    if (!article->updated.isValid())
        article->updated = now;
}

// Binds ?1..?10 of InsertSql/UpdateSql; json is ArticleJson::toJson(article, false).
void bindArticle(Statement *statement, const Article &article, const QByteArray &json)
{
    statement->bind(1, article.uuid);
    statement->bind(2, article.title);
    statement->bind(3, Article::statusName(article.status));
    statement->bind(4, article.section);
    statement->bind(5, Timestamp::format(article.created));
    statement->bind(6, Timestamp::format(article.updated));
    statement->bind(7, article.wordCount());
    statement->bind(8, article.imageCount());
    statement->bind(9, article.imagesMissingCaption());
    statement->bindUtf8(10, json);
}

QString noArticle(qint64 id)
{
    return Store::tr("There is no article %1 in the store.").arg(id);
}

QString foreignDatabase(const QString &path)
{
    return Store::tr("Cannot open the store “%1”: it is an SQLite database of another application, "
                     "not a Copydesk store.")
        .arg(shown(path));
}

QString newerStore(const QString &path, qint64 version)
{
    return Store::tr("Cannot open the store “%1”: it was created by a newer version of Copydesk "
                     "(store version %2; this version reads up to %3). Update Copydesk to open it.")
        .arg(shown(path))
        .arg(version)
        .arg(Store::SchemaVersion);
}

QString lockedStore(const QString &path)
{
    return Store::tr("Cannot open the store “%1”: another program (or another Copydesk window) is "
                     "writing to it right now. Close it and try again.")
        .arg(shown(path));
}

// The C++ half of migration 2: tags and search index of the articles already stored. An article
// whose JSON cannot be read stays unindexed rather than blocking the update.
bool indexExistingArticles(Database &db, QString *error)
{
    Statement select;
    if (!select.prepare(db, QStringLiteral("SELECT id, json FROM articles"), error))
        return false;
    Statement *tag = db.cached(
        QStringLiteral("INSERT OR IGNORE INTO article_tags (article_id, tag) VALUES (?1, ?2)"), error);
    if (!tag)
        return false;
    Statement::Step step;
    while ((step = select.step()) == Statement::Step::Row) {
        const qint64 id = select.columnInt64(0);
        Article article;
        if (!ArticleJson::fromJson(select.columnText(1).toUtf8(), &article, nullptr))
            continue;
        for (const QString &name : std::as_const(article.tags)) {
            if (name.trimmed().isEmpty())
                continue;
            tag->bind(1, id);
            tag->bind(2, name.trimmed());
            if (!tag->exec(error))
                return false;
        }
        if (!SearchIndex::put(db, id, article, error))
            return false;
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = select.errorMessage();
        return false;
    }
    return true;
}

// The WHERE clause of a list filter over articles aliased "a"; its values are appended to
// params, bound as ?1, ?2, ... in order. searchJoined: the text is matched by a join instead.
QString filterClause(const ArticleFilter &filter, bool searchJoined, QStringList *params)
{
    QStringList where{QStringLiteral("a.deleted_at IS NULL")};
    const auto param = [params](const QString &value) {
        params->append(value);
        return QStringLiteral("?%1").arg(params->size());
    };
    if (!filter.statuses.isEmpty()) {
        QStringList names;
        for (const Article::Status status : filter.statuses)
            names.append(param(Article::statusName(status)));
        where.append(QStringLiteral("a.status IN (") + names.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    if (!filter.section.isEmpty())
        where.append(QStringLiteral("a.section = ") + param(filter.section));
    if (!filter.tag.isEmpty()) {
        where.append(QStringLiteral("a.id IN (SELECT article_id FROM article_tags WHERE tag = ")
                     + param(filter.tag.trimmed()) + QLatin1Char(')'));
    }
    if (filter.updatedFrom.isValid())
        where.append(QStringLiteral("a.updated >= ") + param(Timestamp::format(filter.updatedFrom)));
    if (filter.updatedTo.isValid())
        where.append(QStringLiteral("a.updated < ") + param(Timestamp::format(filter.updatedTo)));
    if (filter.missingCaptionsOnly)
        where.append(QStringLiteral("a.images_missing_caption > 0"));
    if (!filter.text.trimmed().isEmpty()) {
        const QString match = SearchIndex::matchExpression(filter.text);
        if (match.isEmpty())
            where.append(QStringLiteral("0"));
        else if (searchJoined)
            where.append(QStringLiteral("article_search MATCH ") + param(match));
        else
            where.append(QStringLiteral("a.id IN (SELECT rowid FROM article_search WHERE "
                                        "article_search MATCH ")
                         + param(match) + QLatin1Char(')'));
    }
    return where.join(QStringLiteral(" AND "));
}

// The outcome of stepping a one-row SELECT whose column holds an article's JSON.
enum class JsonRow { Found, Missing, StepFailed, Unreadable };

// Reads the JSON column of the select's row into *article; *why says what went wrong.
JsonRow readJsonRow(Statement *select, int column, Article *article, QString *why)
{
    switch (select->step()) {
    case Statement::Step::Row:
        break;
    case Statement::Step::Done:
        return JsonRow::Missing;
    case Statement::Step::Error:
        *why = select->errorMessage();
        return JsonRow::StepFailed;
    }
    return ArticleJson::fromJson(select->columnText(column).toUtf8(), article, why) ? JsonRow::Found
                                                                                    : JsonRow::Unreadable;
}

} // namespace

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
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/copydesk.sqlite3");
}

bool Store::open(const QString &path, QString *error)
{
    close();
    m_openProblem = OpenProblem::None;
    if (path.isEmpty()) {
        setOpenProblem(OpenProblem::Other);
        if (error)
            *error = tr("Cannot open the store: no file was given.");
        return false;
    }
    const QFileInfo info(path);
    bool created = false;
    if (info.exists()) {
        if (!openExisting(path, false, error))
            return false;
    } else {
        const QString folder = info.absolutePath();
        if (!QDir().mkpath(folder)) {
            setOpenProblem(OpenProblem::Other);
            if (error) {
                *error = tr("Cannot create the store “%1”: the folder “%2” cannot be created.")
                             .arg(shown(path), QDir::toNativeSeparators(folder));
            }
            return false;
        }
        if (!isWritable(QFileInfo(folder))) {
            setOpenProblem(OpenProblem::ReadOnly);
            if (error) {
                *error = tr("Cannot create the store “%1”: the folder “%2” is read-only.")
                             .arg(shown(path), QDir::toNativeSeparators(folder));
            }
            return false;
        }
        created = true;
    }
    if (initialize(path, error))
        return true;
    if (created)
        QFile::remove(path);
    return false;
}

// Checks an existing file without letting SQLite near it: its header, then whether we may write
// there at all.
bool Store::openReadOnly(const QString &path, QString *error)
{
    close();
    m_openProblem = OpenProblem::None;
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        setOpenProblem(OpenProblem::Other);
        if (error) {
            *error = path.isEmpty() ? tr("Cannot open the store: no file was given.")
                                    : tr("Cannot open the store “%1”: the file does not exist.")
                                          .arg(shown(path));
        }
        return false;
    }
    return openExisting(path, true, error) && initializeReadOnly(path, error);
}

bool Store::openExisting(const QString &path, bool readOnly, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        setOpenProblem(OpenProblem::NotAStore);
        if (error)
            *error = tr("Cannot open the store “%1”: it is a folder, not a file.").arg(shown(path));
        return false;
    }
    QByteArray header;
    qint64 size = 0;
    QString why;
    if (!Database::readHeader(path, HeaderSize, &header, &size, &why)) {
        setOpenProblem(OpenProblem::Other);
        if (error) {
            *error = tr("Cannot open the store “%1”: the file cannot be read (%2).")
                         .arg(shown(path), why);
        }
        return false;
    }

    if (size == 0 && readOnly) {
        setOpenProblem(OpenProblem::NotAStore);
        if (error) {
            *error = tr("Cannot open the store “%1”: the file is empty, not a Copydesk store.")
                         .arg(shown(path));
        }
        return false;
    }
    // An empty file is a new store; anything else must be an SQLite database that is ours or empty.
    if (size > 0) {
        static const QByteArray magic("SQLite format 3", 16); // with its trailing NUL
        if (!header.startsWith(magic)) {
            setOpenProblem(OpenProblem::NotAStore);
            if (error) {
                *error = tr("Cannot open the store “%1”: the file is not a Copydesk store "
                            "(it is not an SQLite database).")
                             .arg(shown(path));
            }
            return false;
        }
        if (header.size() < HeaderSize) {
            setOpenProblem(OpenProblem::Damaged);
            if (error) {
                *error = tr("Cannot open the store “%1”: the file is damaged (its SQLite header "
                            "is cut short).")
                             .arg(shown(path));
            }
            return false;
        }
        // The header's user_version (offset 60) can lag behind a WAL that was not checkpointed;
        // initialize() checks again under the write lock.
        const auto version = qFromBigEndian<qint32>(header.constData() + 60);
        const auto applicationId = qFromBigEndian<qint32>(header.constData() + 68);
        if (applicationId != 0 && applicationId != ApplicationId) {
            setOpenProblem(OpenProblem::ForeignDatabase);
            if (error)
                *error = foreignDatabase(path);
            return false;
        }
        if (applicationId == ApplicationId && version > SchemaVersion) {
            setOpenProblem(OpenProblem::NewerVersion);
            if (error)
                *error = newerStore(path, version);
            return false;
        }
        // Without Copydesk's id only an empty database is acceptable: page 1, the schema's
        // b-tree, must be a leaf (0x0D) with no cells. Read from the header rather than through
        // SQLite, which would leave -wal/-shm files beside a WAL-mode database.
        const bool emptySchema = quint8(header.at(100)) == 0x0D
            && qFromBigEndian<quint16>(header.constData() + 103) == 0;
        if (applicationId == 0 && (!emptySchema || version != 0 || readOnly)) {
            setOpenProblem(OpenProblem::ForeignDatabase);
            if (error)
                *error = foreignDatabase(path);
            return false;
        }
    }
    if (readOnly)
        return true;

    if (!isWritable(info)) {
        setOpenProblem(OpenProblem::ReadOnly);
        if (error) {
            *error = tr("Cannot open the store “%1”: the file is read-only. Copydesk saves "
                        "continuously and must be able to write to it; make it writable or "
                        "choose another store.")
                         .arg(shown(path));
        }
        return false;
    }
    const QFileInfo folder(info.absolutePath());
    if (!isWritable(folder)) {
        setOpenProblem(OpenProblem::ReadOnly);
        if (error) {
            *error = tr("Cannot open the store “%1”: its folder “%2” is read-only, and Copydesk "
                        "must create its journal files beside the store.")
                         .arg(shown(path), QDir::toNativeSeparators(folder.absoluteFilePath()));
        }
        return false;
    }
    return true;
}

// Opens read-write, takes the write lock, re-checks identity and version under it, migrates,
// and only then switches to WAL and sets the connection's pragmas.
bool Store::initialize(const QString &path, QString *error)
{
    auto db = std::make_unique<Database>();
    QString why;
    const auto mode = QFileInfo::exists(path) ? Database::Mode::ReadWrite
                                              : Database::Mode::ReadWriteCreate;
    if (!db->open(path, mode, &why) || !BigramTokenizer::registerWith(db->handle(), &why)) {
        setOpenProblem(problemOf(*db, OpenProblem::Other));
        if (error)
            *error = tr("Cannot open the store “%1”: %2").arg(shown(path), why);
        return false;
    }
    // Until the store is validated, closing must not merge someone's WAL into the main file. A
    // WAL that only this connection created holds no frames: closing normally merges nothing and
    // removes it (and the -shm) instead of leaving them behind.
    db->setCheckpointOnClose(!QFileInfo::exists(path + QStringLiteral("-wal")));
    db->setBusyTimeout(LockWaitMs);

    Transaction transaction(*db);
    if (!transaction.begin(&why)) {
        setOpenProblem(problemOf(*db, OpenProblem::Other));
        if (error) {
            *error = db->lastErrorWasBusy()
                ? lockedStore(path)
                : tr("Cannot open the store “%1”: %2").arg(shown(path), why);
        }
        return false;
    }
    qint64 applicationId = 0;
    qint64 version = 0;
    qint64 tables = 0;
    if (!db->queryInt64(QStringLiteral("PRAGMA application_id"), &applicationId, &why)
        || !db->queryInt64(QStringLiteral("PRAGMA user_version"), &version, &why)
        || !db->queryInt64(QStringLiteral("SELECT count(*) FROM sqlite_master"), &tables, &why)) {
        setOpenProblem(OpenProblem::Damaged);
        if (error) {
            *error = tr("Cannot open the store “%1”: the file is damaged (%2).")
                         .arg(shown(path), why);
        }
        return false;
    }
    if (applicationId != ApplicationId && (applicationId != 0 || tables > 0 || version != 0)) {
        setOpenProblem(OpenProblem::ForeignDatabase);
        if (error)
            *error = foreignDatabase(path);
        return false;
    }
    if (version > SchemaVersion) {
        setOpenProblem(OpenProblem::NewerVersion);
        if (error)
            *error = newerStore(path, version);
        return false;
    }
    if (version < SchemaVersion) {
        // A store with content is copied aside before its schema changes. The copy reads outside
        // our write transaction, so the version is checked again under the lock afterwards.
        if (version > 0) {
            transaction.rollback();
            const QString backup =
                Backup::newBackupPath(path, QStringLiteral("before-v%1").arg(SchemaVersion));
            if (!Backup::copyDatabase(*db, backup, &why)) {
                setOpenProblem(problemOf(*db, OpenProblem::Other));
                if (error) {
                    *error = tr("Cannot update the store “%1”: no backup could be made first (%2).")
                                 .arg(shown(path), why);
                }
                return false;
            }
            Backup::prune(path);
            if (!transaction.begin(&why)
                || !db->queryInt64(QStringLiteral("PRAGMA user_version"), &version, &why)) {
                setOpenProblem(problemOf(*db, OpenProblem::Other));
                if (error) {
                    *error = db->lastErrorWasBusy()
                        ? lockedStore(path)
                        : tr("Cannot open the store “%1”: %2").arg(shown(path), why);
                }
                return false;
            }
            if (version > SchemaVersion) {
                setOpenProblem(OpenProblem::NewerVersion);
                if (error)
                    *error = newerStore(path, version);
                return false;
            }
        }
        for (qint64 step = version; step < SchemaVersion; ++step) {
            if (!db->exec(QString::fromUtf8(Migrations[step]), &why)
                || (step == 1 && !indexExistingArticles(*db, &why))) {
                setOpenProblem(problemOf(*db, OpenProblem::Other));
                if (error) {
                    *error = tr("Cannot update the store “%1” to version %2: %3")
                                 .arg(shown(path))
                                 .arg(step + 1)
                                 .arg(why);
                }
                return false;
            }
        }
        const QString stamp = QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                                  .arg(ApplicationId)
                                  .arg(SchemaVersion);
        if (!db->exec(stamp, &why) || !transaction.commit(&why)) {
            setOpenProblem(problemOf(*db, OpenProblem::Other));
            if (error)
                *error = tr("Cannot set up the store “%1”: %2").arg(shown(path), why);
            return false;
        }
    } else {
        transaction.rollback();
    }

    // WAL where the file system allows it; elsewhere SQLite keeps its rollback journal, which is
    // just as safe with synchronous=FULL.
    QString journalMode;
    if (!db->queryText(QStringLiteral("PRAGMA journal_mode = WAL"), &journalMode, &why)
        || !db->exec(QStringLiteral("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"), &why)) {
        setOpenProblem(problemOf(*db, OpenProblem::Other));
        if (error) {
            *error = db->lastErrorWasBusy()
                ? lockedStore(path)
                : tr("Cannot open the store “%1”: %2").arg(shown(path), why);
        }
        return false;
    }
    // Preparing the hot statements now proves the schema is there.
    if (!db->cached(UpdateSql, &why) || !db->cached(InsertSql, &why) || !db->cached(ListSql, &why)) {
        setOpenProblem(OpenProblem::Damaged);
        if (error) {
            *error = tr("Cannot open the store “%1”: the store is damaged (%2).")
                         .arg(shown(path), why);
        }
        return false;
    }
    if (QFileInfo(path).size() <= QuickCheckMaxBytes) {
        QString verdict;
        if (!db->queryText(QStringLiteral("PRAGMA quick_check(1)"), &verdict, &why)
            || verdict != QLatin1String("ok")) {
            setOpenProblem(OpenProblem::Damaged);
            if (error) {
                *error = tr("Cannot open the store “%1”: the store is damaged (%2).")
                             .arg(shown(path), verdict.isEmpty() ? why : verdict);
            }
            return false;
        }
    }
    db->setBusyTimeout(BusyTimeoutMs);
    db->setCheckpointOnClose(true);
    m_db = std::move(db);
    // Best effort: a store another connection is busy with is purged at a later open.
    purgeTrash(Timestamp::now().addDays(-TrashDays), nullptr, nullptr);
    return true;
}

// A read-write connection (WAL readers need the shared-memory file), made query_only, that
// never checkpoints on close; identity, version and health are checked in a read transaction.
bool Store::initializeReadOnly(const QString &path, QString *error)
{
    auto db = std::make_unique<Database>();
    QString why;
    const auto failed = [&](OpenProblem problem, const QString &message) {
        setOpenProblem(problem);
        if (error)
            *error = message;
        return false;
    };
    if (!db->open(path, Database::Mode::ReadWrite, &why)
        || !BigramTokenizer::registerWith(db->handle(), &why))
        return failed(problemOf(*db, OpenProblem::Other),
                      tr("Cannot open the store “%1”: %2").arg(shown(path), why));
    db->setCheckpointOnClose(false);
    db->setBusyTimeout(BusyTimeoutMs);
    qint64 applicationId = 0;
    qint64 version = 0;
    QString verdict = QStringLiteral("ok");
    if (!db->exec(QStringLiteral("PRAGMA query_only = 1; BEGIN"), &why)
        || !db->queryInt64(QStringLiteral("PRAGMA application_id"), &applicationId, &why)
        || !db->queryInt64(QStringLiteral("PRAGMA user_version"), &version, &why)
        || (QFileInfo(path).size() <= QuickCheckMaxBytes
            && !db->queryText(QStringLiteral("PRAGMA quick_check(1)"), &verdict, &why))) {
        return failed(problemOf(*db, OpenProblem::Damaged),
                      db->lastErrorWasBusy()
                          ? lockedStore(path)
                          : tr("Cannot open the store “%1”: the file is damaged (%2).")
                                .arg(shown(path), why));
    }
    db->exec(QStringLiteral("COMMIT"), nullptr);
    if (applicationId != ApplicationId)
        return failed(OpenProblem::ForeignDatabase, foreignDatabase(path));
    if (version > SchemaVersion)
        return failed(OpenProblem::NewerVersion, newerStore(path, version));
    if (version < SchemaVersion) {
        return failed(OpenProblem::Other,
                      tr("Cannot read the store “%1”: it must first be updated to this version "
                         "of Copydesk; open it once in Copydesk or with a command that writes.")
                          .arg(shown(path)));
    }
    if (verdict != QLatin1String("ok"))
        return failed(OpenProblem::Damaged,
                      tr("Cannot open the store “%1”: the store is damaged (%2).")
                          .arg(shown(path), verdict));
    m_db = std::move(db);
    m_readOnly = true;
    return true;
}

void Store::close()
{
    m_db.reset();
    m_readOnly = false;
}

qint64 Store::dataVersion() const
{
    if (!m_db)
        return 0;
    Statement *pragma = m_db->cached(QStringLiteral("PRAGMA data_version"), nullptr);
    if (!pragma || pragma->step() != Statement::Step::Row)
        return 0;
    const qint64 version = pragma->columnInt64(0);
    pragma->reset();
    return version;
}

qint64 Store::latestChangeSequence() const
{
    qint64 sequence = 0;
    if (m_db)
        m_db->queryInt64(QStringLiteral("SELECT coalesce(max(change_seq), 0) FROM articles"),
                         &sequence, nullptr);
    return sequence;
}

bool Store::changesSince(qint64 sequence, QList<Change> *changes, qint64 *latest,
                         QString *error) const
{
    changes->clear();
    if (notOpen(error))
        return false;
    Statement *select = m_db->cached(
        QStringLiteral("SELECT id, version, change_seq, deleted_at IS NOT NULL FROM articles "
                       "WHERE change_seq > ?1 ORDER BY change_seq"),
        error);
    if (!select)
        return false;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, sequence);
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row) {
        Change change;
        change.id = select->columnInt64(0);
        change.version = select->columnInt64(1);
        change.sequence = select->columnInt64(2);
        change.trashed = select->columnInt(3) != 0;
        if (latest)
            *latest = change.sequence;
        changes->append(change);
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = tr("Cannot read what changed in the store: %1").arg(select->errorMessage());
        changes->clear();
        return false;
    }
    return true;
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

// The id is chosen before the row is written, so the stored JSON carries it too; callers hold
// the write lock, which makes max(id) + 1 safe.
bool Store::nextArticleId(qint64 *id, QString *error)
{
    return m_db->queryInt64(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM articles"), id,
                            error);
}

bool Store::insertOne(Article *article, qint64 id, const QString &reason, QString *error)
{
    completeForStorage(article, Timestamp::now());
    Statement *insert = m_db->cached(InsertSql, error);
    if (!insert)
        return false;
    article->id = id;
    article->version = 1;
    bindArticle(insert, *article, ArticleJson::toJson(*article, false));
    insert->bind(11, id);
    if (!insert->exec(error))
        return false;
    return syncMediaLinks(id, *article, error) && syncTags(id, *article, error)
        && SearchIndex::put(*m_db, id, *article, error)
        && snapshot(id, reason.isEmpty() ? QString::fromUtf8(CreatedReason) : reason, nullptr, error);
}

bool Store::insertArticle(Article *article, QString *error, const QString &reason)
{
    if (notOpen(error))
        return false;
    const qint64 oldId = article->id;
    Transaction transaction(*m_db);
    qint64 id = 0;
    QString why;
    if (transaction.begin(&why) && nextArticleId(&id, &why) && insertOne(article, id, reason, &why)
        && transaction.commit(&why))
        return true;
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
    bool ok = transaction.begin(&why) && nextArticleId(&id, &why);
    for (qsizetype i = 0; ok && i < articles->size(); ++i)
        ok = insertOne(&(*articles)[i], id + i, reason, &why);
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
    const bool ok = transaction.begin(&why) && saveInTransaction(&written, base, &result, &why)
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
    if (!transaction.begin(&why) || !loadArticle(id, &article, &why) || !change(&article, &why))
        return failed(why);
    if (!saveInTransaction(&article, nullptr, &outcome, &why) || !transaction.commit(&why))
        return failed(tr("Cannot save the article “%1”: %2").arg(article.title, why));
    return true;
}

// The save itself, inside a write transaction: article->version names the state the caller
// started from. An article changed since then by another connection is merged field by field
// with base (ArticleMerge); where both changed the same field, or without a base, the other
// write is kept as a "changed elsewhere" revision and this one is written. Nothing is written,
// and `updated` stays, when the content equals what is stored.
bool Store::saveInTransaction(Article *article, const Article *base, SaveOutcome *outcome,
                              QString *error)
{
    Statement *select = m_db->cached(StoredStateSql, error);
    if (!select)
        return false;
    select->bind(1, article->id);
    const Statement::Step step = select->step();
    if (step != Statement::Step::Row) {
        if (error)
            *error = step == Statement::Step::Done ? noArticle(article->id) : select->errorMessage();
        select->reset();
        return false;
    }
    const qint64 storedVersion = select->columnInt64(0);
    const QDateTime storedUpdated = Timestamp::parse(select->columnText(1));
    const QByteArray storedJson = select->columnText(2).toUtf8();
    select->reset();

    *outcome = SaveOutcome();
    if (article->version != storedVersion) {
        Article theirs;
        QString why;
        if (!ArticleJson::fromJson(storedJson, &theirs, &why)) {
            if (error)
                *error = tr("Article %1 in the store cannot be read: %2").arg(article->id).arg(why);
            return false;
        }
        theirs.id = article->id;
        if (base) {
            outcome->conflicts = ArticleMerge::merge(*base, *article, theirs, article);
        } else {
            outcome->conflicts = ArticleMerge::changedFields(*article, theirs);
            if (outcome->conflicts.isEmpty())
                outcome->conflicts.append(QStringLiteral("version"));
        }
        if (outcome->conflicts.isEmpty()) {
            outcome->kind = SaveOutcome::Kind::Merged;
        } else {
            outcome->kind = SaveOutcome::Kind::Conflict;
            if (!snapshot(article->id, QString::fromUtf8(ChangedElsewhereReason),
                          &outcome->keptRevision, error))
                return false;
        }
        article->version = storedVersion;
    }

    const QDateTime now = Timestamp::now();
    completeForStorage(article, now);
    article->updated = storedUpdated;
    QByteArray json = ArticleJson::toJson(*article, false);
    if (json == storedJson) {
        if (outcome->kind == SaveOutcome::Kind::Written)
            outcome->kind = SaveOutcome::Kind::Unchanged;
        return true;
    }
    article->updated = now;
    json = ArticleJson::toJson(*article, false);
    if (!addCheckpointIfDue(article->id, now, error) || !writeArticle(*article, json, error))
        return false;
    article->version = storedVersion + 1;
    return true;
}

// The UPDATE of a stored article with everything kept in step with it; inside a transaction.
bool Store::writeArticle(const Article &article, const QByteArray &json, QString *error)
{
    Statement *update = m_db->cached(UpdateSql, error);
    if (!update)
        return false;
    bindArticle(update, article, json);
    update->bind(11, article.id);
    if (!update->exec(error))
        return false;
    if (m_db->changes() == 0) {
        if (error)
            *error = noArticle(article.id);
        return false;
    }
    return syncMediaLinks(article.id, article, error) && syncTags(article.id, article, error)
        && SearchIndex::put(*m_db, article.id, article, error);
}

// Snapshots the article as stored before this save when its newest revision (or, without one,
// its creation) is CheckpointIntervalMs old: one indexed lookup per save.
bool Store::addCheckpointIfDue(qint64 articleId, const QDateTime &now, QString *error)
{
    Statement *newest = m_db->cached(
        QStringLiteral("SELECT coalesce((SELECT created FROM revisions WHERE article_id = ?1 "
                       "ORDER BY id DESC LIMIT 1), created) FROM articles WHERE id = ?1"),
        error);
    if (!newest)
        return false;
    newest->bind(1, articleId);
    const Statement::Step step = newest->step();
    const QDateTime last = step == Statement::Step::Row ? Timestamp::parse(newest->columnText(0))
                                                        : QDateTime();
    if (step == Statement::Step::Error && error)
        *error = newest->errorMessage();
    newest->reset();
    if (step != Statement::Step::Row)
        return step == Statement::Step::Done; // no such article: the UPDATE reports it
    // A clock set back counts as time passed too.
    if (last.isValid() && qAbs(last.msecsTo(now)) < CheckpointIntervalMs)
        return true;
    return snapshot(articleId, QString::fromUtf8(CheckpointReason), nullptr, error);
}

bool Store::syncTags(qint64 articleId, const Article &article, QString *error)
{
    QSet<QString> wanted;
    for (const QString &tag : article.tags) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty())
            wanted.insert(trimmed);
    }
    Statement *select =
        m_db->cached(QStringLiteral("SELECT tag FROM article_tags WHERE article_id = ?1"), error);
    if (!select)
        return false;
    select->bind(1, articleId);
    QSet<QString> current;
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row)
        current.insert(select->columnText(0));
    if (step == Statement::Step::Error && error)
        *error = select->errorMessage();
    select->reset();
    if (step == Statement::Step::Error)
        return false;
    if (current == wanted)
        return true;
    Statement *remove =
        m_db->cached(QStringLiteral("DELETE FROM article_tags WHERE article_id = ?1"), error);
    if (!remove)
        return false;
    remove->bind(1, articleId);
    if (!remove->exec(error))
        return false;
    Statement *insert = m_db->cached(
        QStringLiteral("INSERT INTO article_tags (article_id, tag) VALUES (?1, ?2)"), error);
    if (!insert)
        return false;
    for (const QString &tag : std::as_const(wanted)) {
        insert->bind(1, articleId);
        insert->bind(2, tag);
        if (!insert->exec(error))
            return false;
    }
    return true;
}

// Rewrites the article's rows in article_media only when its set of media changed.
bool Store::syncMediaLinks(qint64 articleId, const Article &article, QString *error)
{
    const QSet<QString> wanted = mediaOf(article);
    Statement *select = m_db->cached(
        QStringLiteral("SELECT sha256 FROM article_media WHERE article_id = ?1"), error);
    if (!select)
        return false;
    select->bind(1, articleId);
    QSet<QString> current;
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row)
        current.insert(select->columnText(0));
    if (step == Statement::Step::Error) {
        if (error)
            *error = select->errorMessage();
        select->reset();
        return false;
    }
    select->reset();
    if (current == wanted)
        return true;

    Statement *remove = m_db->cached(
        QStringLiteral("DELETE FROM article_media WHERE article_id = ?1"), error);
    if (!remove)
        return false;
    remove->bind(1, articleId);
    if (!remove->exec(error))
        return false;
    Statement *insert = m_db->cached(
        QStringLiteral("INSERT INTO article_media (article_id, sha256) VALUES (?1, ?2)"), error);
    if (!insert)
        return false;
    for (const QString &sha : wanted) {
        insert->bind(1, articleId);
        insert->bind(2, sha);
        if (!insert->exec(error))
            return false;
    }
    return true;
}

bool Store::loadArticle(qint64 id, Article *article, QString *error) const
{
    if (notOpen(error))
        return false;
    Statement *select =
        m_db->cached(QStringLiteral("SELECT json, version FROM articles WHERE id = ?1"), error);
    if (!select)
        return false;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, id);
    Article loaded;
    QString why;
    switch (readJsonRow(select, 0, &loaded, &why)) {
    case JsonRow::Found:
        break;
    case JsonRow::Missing:
        if (error)
            *error = noArticle(id);
        return false;
    case JsonRow::StepFailed:
        if (error)
            *error = tr("Cannot load article %1: %2").arg(id).arg(why);
        return false;
    case JsonRow::Unreadable:
        if (error)
            *error = tr("Article %1 in the store cannot be read: %2").arg(id).arg(why);
        return false;
    }
    loaded.id = id;
    loaded.version = select->columnInt64(1);
    *article = loaded;
    return true;
}

QList<ArticleSummary> Store::summaries(const QString &sql, QString *error) const
{
    QList<ArticleSummary> result;
    if (notOpen(error))
        return result;
    Statement *select = m_db->cached(sql, error);
    if (!select)
        return result;
    const auto reset = qScopeGuard([select] { select->reset(); });
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row) {
        ArticleSummary summary;
        summary.id = select->columnInt64(0);
        summary.uuid = select->columnText(1);
        summary.title = select->columnText(2);
        summary.status = parseStatus(select->columnText(3));
        summary.section = select->columnText(4);
        summary.created = Timestamp::parse(select->columnText(5));
        summary.updated = Timestamp::parse(select->columnText(6));
        summary.words = select->columnInt(7);
        summary.images = select->columnInt(8);
        summary.imagesMissingCaption = select->columnInt(9);
        if (select->columnCount() > 10)
            summary.deleted = Timestamp::parse(select->columnText(10));
        result.append(std::move(summary));
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = tr("Cannot list the articles: %1").arg(select->errorMessage());
        result.clear();
    }
    return result;
}

QList<ArticleSummary> Store::listArticles(QString *error) const
{
    return summaries(ListSql, error);
}

QList<ArticleSummary> Store::listTrash(QString *error) const
{
    return summaries(TrashSql, error);
}

bool Store::snapshot(qint64 articleId, const QString &reason, qint64 *revisionId, QString *error)
{
    // When the content equals the newest revision's, the new one only refers to it.
    Statement *insert = m_db->cached(
        QStringLiteral("INSERT INTO revisions (article_id, created, reason, json, same_as) "
                       "SELECT a.id, ?1, ?2, CASE WHEN r.json = a.json THEN '' ELSE a.json END, "
                       "CASE WHEN r.json = a.json THEN r.id END FROM articles a "
                       "LEFT JOIN revisions r ON r.id = (SELECT coalesce(same_as, id) FROM "
                       "revisions WHERE article_id = a.id ORDER BY id DESC LIMIT 1) "
                       "WHERE a.id = ?3"),
        error);
    if (!insert)
        return false;
    insert->bind(1, Timestamp::format(Timestamp::now()));
    insert->bind(2, reason);
    insert->bind(3, articleId);
    if (!insert->exec(error))
        return false;
    if (m_db->changes() == 0) {
        if (error)
            *error = noArticle(articleId);
        return false;
    }
    if (revisionId)
        *revisionId = m_db->lastInsertRowId();
    return true;
}

bool Store::deleteArticle(qint64 id, QString *error)
{
    if (notOpen(error))
        return false;
    Transaction transaction(*m_db);
    QString why;
    if (!transaction.begin(&why)) {
        if (error)
            *error = tr("Cannot delete article %1: %2").arg(id).arg(why);
        return false;
    }
    Statement *select =
        m_db->cached(QStringLiteral("SELECT deleted_at IS NOT NULL FROM articles WHERE id = ?1"),
                     &why);
    if (!select) {
        if (error)
            *error = tr("Cannot delete article %1: %2").arg(id).arg(why);
        return false;
    }
    select->bind(1, id);
    const Statement::Step step = select->step();
    const bool trashed = step == Statement::Step::Row && select->columnInt(0) != 0;
    if (step == Statement::Step::Error)
        why = select->errorMessage();
    select->reset();
    if (step != Statement::Step::Row) {
        if (error)
            *error = step == Statement::Step::Done
                ? noArticle(id)
                : tr("Cannot delete article %1: %2").arg(id).arg(why);
        return false;
    }
    if (trashed)
        return true;

    Statement *trash =
        m_db->cached(QStringLiteral("UPDATE articles SET deleted_at = ?1, version = version + 1, "
                                      "change_seq = " NEXT_CHANGE_SEQ " WHERE id = ?2"), &why);
    bool ok = snapshot(id, QString::fromUtf8(BeforeDeleteReason), nullptr, &why) && trash;
    if (ok) {
        trash->bind(1, Timestamp::format(Timestamp::now()));
        trash->bind(2, id);
        ok = trash->exec(&why) && SearchIndex::remove(*m_db, id, &why) && transaction.commit(&why);
    }
    if (!ok && error)
        *error = tr("Cannot delete article %1: %2").arg(id).arg(why);
    return ok;
}

bool Store::restoreArticle(qint64 id, QString *error)
{
    if (notOpen(error))
        return false;
    Transaction transaction(*m_db);
    QString why;
    Statement *restore = transaction.begin(&why)
        ? m_db->cached(QStringLiteral("UPDATE articles SET deleted_at = NULL, version = version + 1, "
                                       "change_seq = " NEXT_CHANGE_SEQ " WHERE id = ?1"),
                       &why)
        : nullptr;
    bool ok = restore != nullptr;
    if (ok) {
        restore->bind(1, id);
        ok = restore->exec(&why);
    }
    if (ok && m_db->changes() == 0) {
        if (error)
            *error = noArticle(id);
        return false;
    }
    Article article;
    ok = ok && loadArticle(id, &article, &why) && SearchIndex::put(*m_db, id, article, &why)
        && transaction.commit(&why);
    if (!ok && error)
        *error = tr("Cannot restore article %1: %2").arg(id).arg(why);
    return ok;
}

bool Store::addRevision(qint64 articleId, const QString &reason, qint64 *revisionId, QString *error)
{
    if (notOpen(error))
        return false;
    QString why;
    if (!snapshot(articleId, reason, revisionId, &why)) {
        if (error)
            *error = tr("Cannot keep a revision of article %1: %2").arg(articleId).arg(why);
        return false;
    }
    return true;
}

QList<RevisionInfo> Store::revisions(qint64 articleId, QString *error) const
{
    QList<RevisionInfo> result;
    if (notOpen(error))
        return result;
    Statement *select = m_db->cached(
        QStringLiteral("SELECT id, article_id, created, reason FROM revisions "
                       "WHERE article_id = ?1 ORDER BY id DESC"),
        error);
    if (!select)
        return result;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, articleId);
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row) {
        RevisionInfo info;
        info.id = select->columnInt64(0);
        info.articleId = select->columnInt64(1);
        info.created = Timestamp::parse(select->columnText(2));
        info.reason = select->columnText(3);
        result.append(info);
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = tr("Cannot list the revisions of article %1: %2")
                         .arg(articleId)
                         .arg(select->errorMessage());
        result.clear();
    }
    return result;
}

bool Store::loadRevision(qint64 revisionId, Article *article, QString *error) const
{
    if (notOpen(error))
        return false;
    Statement *select = m_db->cached(
        QStringLiteral("SELECT r.article_id, coalesce(b.json, r.json) FROM revisions r "
                       "LEFT JOIN revisions b ON b.id = r.same_as WHERE r.id = ?1"),
        error);
    if (!select)
        return false;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, revisionId);
    Article loaded;
    QString why;
    switch (readJsonRow(select, 1, &loaded, &why)) {
    case JsonRow::Found:
        break;
    case JsonRow::Missing:
        if (error)
            *error = tr("There is no revision %1 in the store.").arg(revisionId);
        return false;
    case JsonRow::StepFailed:
        if (error)
            *error = tr("Cannot load revision %1: %2").arg(revisionId).arg(why);
        return false;
    case JsonRow::Unreadable:
        if (error)
            *error = tr("Revision %1 in the store cannot be read: %2").arg(revisionId).arg(why);
        return false;
    }
    loaded.id = select->columnInt64(0);
    *article = loaded;
    return true;
}

bool Store::putMedia(const QByteArray &bytes, const QString &sha256, const QString &mime,
                     int width, int height, const QByteArray &thumbnail, const QString &fileName,
                     QString *error)
{
    DecodedImage image;
    image.bytes = bytes;
    image.sha256 = sha256;
    image.mime = mime;
    image.size = QSize(width, height);
    image.thumbnail = thumbnail;
    image.fileName = fileName;
    return putMedia(QList<DecodedImage>{image}, error);
}

bool Store::putMedia(const QList<DecodedImage> &images, QString *error)
{
    if (notOpen(error))
        return false;
    if (images.isEmpty())
        return true;
    for (const DecodedImage &image : images) {
        const QString actual = Sha256::hex(image.bytes);
        if (image.bytes.isEmpty() || normalizedSha(image.sha256) != actual) {
            if (error) {
                *error = image.bytes.isEmpty()
                    ? tr("Cannot store the media “%1”: it is empty.").arg(image.fileName)
                    : tr("Cannot store the media “%1”: its SHA-256 is %2, not %3.")
                          .arg(image.fileName, actual, image.sha256);
            }
            return false;
        }
    }
    Transaction transaction(*m_db);
    QString why;
    bool ok = transaction.begin(&why);
    QString failed = images.isEmpty() ? QString() : images.first().fileName;
    for (const DecodedImage &image : images) {
        if (!ok)
            break;
        failed = image.fileName;
        ok = writeMedia(image, &why);
    }
    ok = ok && transaction.commit(&why);
    if (!ok && error)
        *error = tr("Cannot store the media “%1”: %2").arg(failed, why);
    return ok;
}

bool Store::writeMedia(const DecodedImage &image, QString *why)
{
    const QString key = normalizedSha(image.sha256);
    Statement *select = m_db->cached(QStringLiteral("SELECT thumbnail IS NOT NULL FROM media WHERE sha256 = ?1"), why);
    if (!select)
        return false;
    select->bind(1, key);
    const Statement::Step step = select->step();
    const bool hasThumbnail = step == Statement::Step::Row && select->columnInt(0) != 0;
    if (step == Statement::Step::Error) {
        *why = select->errorMessage();
        select->reset();
        return false;
    }
    select->reset();
    if (step == Statement::Step::Row) {
        // Already stored: only a thumbnail it lacked is worth a write.
        if (hasThumbnail || image.thumbnail.isEmpty())
            return true;
        Statement *update = m_db->cached(QStringLiteral("UPDATE media SET thumbnail = ?1 WHERE sha256 = ?2"), why);
        if (!update)
            return false;
        update->bind(1, image.thumbnail);
        update->bind(2, key);
        return update->exec(why);
    }
    Statement *insert = m_db->cached(
        QStringLiteral("INSERT INTO media (sha256, mime, width, height, size, file_name, "
                       "created, thumbnail, bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
        why);
    if (!insert)
        return false;
    insert->bind(1, key);
    insert->bind(2, image.mime);
    insert->bind(3, qMax(0, image.size.width()));
    insert->bind(4, qMax(0, image.size.height()));
    insert->bind(5, qint64(image.bytes.size()));
    insert->bind(6, image.fileName);
    insert->bind(7, Timestamp::format(Timestamp::now()));
    if (image.thumbnail.isEmpty())
        insert->bindNull(8);
    else
        insert->bind(8, image.thumbnail);
    insert->bind(9, image.bytes);
    return insert->exec(why);
}

bool Store::hasMedia(const QString &sha256) const
{
    if (!m_db)
        return false;
    Statement *select =
        m_db->cached(QStringLiteral("SELECT 1 FROM media WHERE sha256 = ?1"), nullptr);
    if (!select)
        return false;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, normalizedSha(sha256));
    return select->step() == Statement::Step::Row;
}

bool Store::mediaInfo(const QString &sha256, MediaInfo *info, QString *error) const
{
    if (notOpen(error))
        return false;
    Statement *select = m_db->cached(
        QStringLiteral("SELECT sha256, mime, width, height, size, file_name FROM media "
                       "WHERE sha256 = ?1"),
        error);
    if (!select)
        return false;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, normalizedSha(sha256));
    switch (select->step()) {
    case Statement::Step::Row:
        info->sha256 = select->columnText(0);
        info->mime = select->columnText(1);
        info->width = select->columnInt(2);
        info->height = select->columnInt(3);
        info->size = select->columnInt64(4);
        info->fileName = select->columnText(5);
        return true;
    case Statement::Step::Done:
        if (error)
            *error = tr("There is no media %1 in the store.").arg(sha256);
        return false;
    case Statement::Step::Error:
        if (error)
            *error = tr("Cannot read media %1: %2").arg(sha256, select->errorMessage());
        return false;
    }
    return false;
}

QByteArray Store::mediaBytes(const QString &sha256, QString *error) const
{
    if (notOpen(error))
        return {};
    Statement *select =
        m_db->cached(QStringLiteral("SELECT bytes FROM media WHERE sha256 = ?1"), error);
    if (!select)
        return {};
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, normalizedSha(sha256));
    switch (select->step()) {
    case Statement::Step::Row:
        return select->columnBlob(0);
    case Statement::Step::Done:
        if (error)
            *error = tr("There is no media %1 in the store.").arg(sha256);
        return {};
    case Statement::Step::Error:
        if (error)
            *error = tr("Cannot read media %1: %2").arg(sha256, select->errorMessage());
        return {};
    }
    return {};
}

QByteArray Store::mediaThumbnail(const QString &sha256) const
{
    if (!m_db)
        return {};
    Statement *select =
        m_db->cached(QStringLiteral("SELECT thumbnail FROM media WHERE sha256 = ?1"), nullptr);
    if (!select)
        return {};
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, normalizedSha(sha256));
    if (select->step() != Statement::Step::Row || select->columnIsNull(0))
        return {};
    return select->columnBlob(0);
}

QList<qint64> Store::articlesUsingMedia(const QString &sha256, QString *error) const
{
    QList<qint64> result;
    if (notOpen(error))
        return result;
    Statement *select = m_db->cached(
        QStringLiteral("SELECT article_id FROM article_media WHERE sha256 = ?1 ORDER BY article_id"),
        error);
    if (!select)
        return result;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, normalizedSha(sha256));
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row)
        result.append(select->columnInt64(0));
    if (step == Statement::Step::Error) {
        if (error)
            *error = tr("Cannot read media %1: %2").arg(sha256, select->errorMessage());
        result.clear();
    }
    return result;
}

SiteSettings Store::siteSettings() const
{
    const SiteSettings defaults = SiteSettings::defaults();
    SiteSettings settings;
    settings.siteName = setting(SiteNameKey, defaults.siteName);
    settings.slogan = setting(SloganKey, defaults.slogan);
    settings.repostNotice = setting(RepostNoticeKey, defaults.repostNotice);
    settings.defaultSection = setting(DefaultSectionKey, defaults.defaultSection);
    return settings;
}

bool Store::setSiteSettings(const SiteSettings &settings, QString *error)
{
    if (notOpen(error))
        return false;
    Transaction transaction(*m_db);
    QString why;
    if (transaction.begin(&why) && setSetting(SiteNameKey, settings.siteName, &why)
        && setSetting(SloganKey, settings.slogan, &why)
        && setSetting(RepostNoticeKey, settings.repostNotice, &why)
        && setSetting(DefaultSectionKey, settings.defaultSection, &why) && transaction.commit(&why))
        return true;
    if (error)
        *error = tr("Cannot save the site settings: %1").arg(why);
    return false;
}

QString Store::setting(const QString &key, const QString &fallback) const
{
    if (!m_db)
        return fallback;
    Statement *select =
        m_db->cached(QStringLiteral("SELECT value FROM settings WHERE key = ?1"), nullptr);
    if (!select)
        return fallback;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, key);
    if (select->step() != Statement::Step::Row)
        return fallback;
    return select->columnText(0);
}

bool Store::setSetting(const QString &key, const QString &value, QString *error)
{
    if (notOpen(error))
        return false;
    Statement *upsert = m_db->cached(
        QStringLiteral("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        error);
    if (!upsert)
        return false;
    upsert->bind(1, key);
    upsert->bind(2, value);
    QString why;
    if (!upsert->exec(&why)) {
        if (error)
            *error = tr("Cannot save the setting “%1”: %2").arg(key, why);
        return false;
    }
    return true;
}

bool Store::checkIntegrity(QStringList *problems, QString *error) const
{
    problems->clear();
    if (notOpen(error))
        return false;
    Statement integrity;
    if (!integrity.prepare(*m_db, QStringLiteral("PRAGMA integrity_check"), error))
        return false;
    Statement::Step step;
    while ((step = integrity.step()) == Statement::Step::Row) {
        const QString line = integrity.columnText(0);
        if (line != QLatin1String("ok"))
            problems->append(line);
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = tr("Cannot check the store: %1").arg(integrity.errorMessage());
        return false;
    }
    Statement foreignKeys;
    if (!foreignKeys.prepare(*m_db, QStringLiteral("PRAGMA foreign_key_check"), error))
        return false;
    while ((step = foreignKeys.step()) == Statement::Step::Row) {
        problems->append(tr("Row %1 of table %2 refers to a missing row of table %3.")
                             .arg(foreignKeys.columnInt64(1))
                             .arg(foreignKeys.columnText(0), foreignKeys.columnText(2)));
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = tr("Cannot check the store: %1").arg(foreignKeys.errorMessage());
        return false;
    }
    return true;
}

QString Store::pragma(const QString &name) const
{
    if (!m_db || name.isEmpty())
        return {};
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            return {};
    }
    QString value;
    if (!m_db->queryText(QStringLiteral("PRAGMA ") + name, &value, nullptr))
        return {};
    return value;
}

QList<ArticleSummary> Store::listArticles(qint64 offset, int limit, const ArticleFilter &filter,
                                          ArticleFilter::Sort sort, QString *error) const
{
    QList<ArticleSummary> result;
    if (notOpen(error))
        return result;
    const bool byRelevance = sort == ArticleFilter::Sort::Relevance
        && !SearchIndex::matchExpression(filter.text).isEmpty();
    QStringList params;
    const QString where = filterClause(filter, byRelevance, &params);
    QString order;
    switch (sort) {
    case ArticleFilter::Sort::UpdatedOldest:
        order = QStringLiteral("a.updated, a.id");
        break;
    case ArticleFilter::Sort::CreatedNewest:
        order = QStringLiteral("a.created DESC, a.id DESC");
        break;
    case ArticleFilter::Sort::CreatedOldest:
        order = QStringLiteral("a.created, a.id");
        break;
    case ArticleFilter::Sort::Title:
        order = QStringLiteral("a.title, a.id");
        break;
    case ArticleFilter::Sort::Relevance:
        if (byRelevance) {
            order = QStringLiteral("article_search.rank, a.updated DESC, a.id DESC");
            break;
        }
        Q_FALLTHROUGH();
    case ArticleFilter::Sort::UpdatedNewest:
        order = QStringLiteral("a.updated DESC, a.id DESC");
        break;
    }
    QString columns = SummaryColumns;
    columns.replace(QStringLiteral(", "), QStringLiteral(", a.")).prepend(QStringLiteral("a."));
    const QString from = byRelevance
        ? QStringLiteral("article_search JOIN articles a ON a.id = article_search.rowid")
        : QStringLiteral("articles a");
    const QString sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + from
        + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY ") + order
        + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit > 0 ? qint64(limit) : qint64(-1)).arg(qMax(qint64(0), offset));
    Statement select;
    QString why;
    if (!select.prepare(*m_db, sql, &why)) {
        if (error)
            *error = tr("Cannot list the articles: %1").arg(why);
        return result;
    }
    for (qsizetype i = 0; i < params.size(); ++i)
        select.bind(int(i + 1), params.at(i));
    Statement::Step step;
    while ((step = select.step()) == Statement::Step::Row) {
        ArticleSummary summary;
        summary.id = select.columnInt64(0);
        summary.uuid = select.columnText(1);
        summary.title = select.columnText(2);
        summary.status = parseStatus(select.columnText(3));
        summary.section = select.columnText(4);
        summary.created = Timestamp::parse(select.columnText(5));
        summary.updated = Timestamp::parse(select.columnText(6));
        summary.words = select.columnInt(7);
        summary.images = select.columnInt(8);
        summary.imagesMissingCaption = select.columnInt(9);
        result.append(std::move(summary));
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = tr("Cannot list the articles: %1").arg(select.errorMessage());
        result.clear();
    }
    return result;
}

qint64 Store::countArticles(const ArticleFilter &filter, QString *error) const
{
    if (notOpen(error))
        return -1;
    QStringList params;
    const QString sql = QStringLiteral("SELECT count(*) FROM articles a WHERE ")
        + filterClause(filter, false, &params);
    Statement select;
    QString why;
    if (!select.prepare(*m_db, sql, &why)) {
        if (error)
            *error = tr("Cannot count the articles: %1").arg(why);
        return -1;
    }
    for (qsizetype i = 0; i < params.size(); ++i)
        select.bind(int(i + 1), params.at(i));
    if (select.step() != Statement::Step::Row) {
        if (error)
            *error = tr("Cannot count the articles: %1").arg(select.errorMessage());
        return -1;
    }
    return select.columnInt64(0);
}

namespace {

QStringList textColumn(Database &db, const QString &sql, QString *error)
{
    QStringList result;
    Statement *select = db.cached(sql, error);
    if (!select)
        return result;
    const auto reset = qScopeGuard([select] { select->reset(); });
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row)
        result.append(select->columnText(0));
    if (step == Statement::Step::Error) {
        if (error)
            *error = select->errorMessage();
        result.clear();
    }
    return result;
}

} // namespace

QStringList Store::sections(QString *error) const
{
    if (notOpen(error))
        return {};
    QString why;
    const QStringList result = textColumn(
        *m_db,
        QStringLiteral("SELECT DISTINCT section FROM articles WHERE deleted_at IS NULL AND "
                       "section <> '' ORDER BY section"),
        &why);
    if (!why.isEmpty() && error)
        *error = tr("Cannot list the sections: %1").arg(why);
    return result;
}

QStringList Store::tags(QString *error) const
{
    if (notOpen(error))
        return {};
    QString why;
    const QStringList result =
        textColumn(*m_db, QStringLiteral("SELECT DISTINCT tag FROM article_tags ORDER BY tag"), &why);
    if (!why.isEmpty() && error)
        *error = tr("Cannot list the tags: %1").arg(why);
    return result;
}

bool Store::search(const QString &query, int offset, int limit, QList<SearchHit> *hits,
                   qint64 *total, QString *error) const
{
    if (notOpen(error))
        return false;
    QString why;
    if (!SearchIndex::search(*m_db, query, offset, limit, hits, total, &why)) {
        if (error)
            *error = tr("Cannot search for “%1”: %2").arg(query, why);
        return false;
    }
    return true;
}

bool Store::purgeTrash(const QDateTime &trashedBefore, int *purged, QString *error)
{
    if (purged)
        *purged = 0;
    if (notOpen(error))
        return false;
    const QString before = Timestamp::format(trashedBefore);
    Statement *count = m_db->cached(
        QStringLiteral("SELECT count(*) FROM articles WHERE deleted_at IS NOT NULL AND deleted_at < ?1"),
        error);
    if (!count)
        return false;
    count->bind(1, before);
    const Statement::Step step = count->step();
    const qint64 due = step == Statement::Step::Row ? count->columnInt64(0) : 0;
    QString why = step == Statement::Step::Row ? QString() : count->errorMessage();
    count->reset();
    if (step != Statement::Step::Row) {
        if (error)
            *error = tr("Cannot empty the trash: %1").arg(why);
        return false;
    }
    if (due == 0)
        return true;
    Statement *remove = m_db->cached(
        QStringLiteral("DELETE FROM articles WHERE deleted_at IS NOT NULL AND deleted_at < ?1"), error);
    if (!remove)
        return false;
    remove->bind(1, before);
    if (!remove->exec(&why)) {
        if (error)
            *error = tr("Cannot empty the trash: %1").arg(why);
        return false;
    }
    if (purged)
        *purged = m_db->changes();
    return true;
}

bool Store::purgeArticle(qint64 id, QString *error)
{
    if (notOpen(error))
        return false;
    QString why;
    Statement *remove = m_db->cached(
        QStringLiteral("DELETE FROM articles WHERE id = ?1 AND deleted_at IS NOT NULL"), &why);
    bool ok = remove != nullptr;
    if (ok) {
        remove->bind(1, id);
        ok = remove->exec(&why);
    }
    if (ok && m_db->changes() == 0) {
        Article article;
        if (!loadArticle(id, &article, error))
            return false;
        why = tr("it is not in the trash");
        ok = false;
    }
    if (!ok && error)
        *error = tr("Cannot delete article %1 for good: %2").arg(id).arg(why);
    return ok;
}

bool Store::restoreRevision(qint64 articleId, qint64 revisionId, Article *restored, QString *error)
{
    if (notOpen(error))
        return false;
    const auto failed = [&](const QString &why) {
        if (error)
            *error = tr("Cannot restore revision %1 of article %2: %3").arg(revisionId).arg(articleId).arg(why);
        return false;
    };
    Article revision;
    QString why;
    if (!loadRevision(revisionId, &revision, &why))
        return failed(why);
    if (revision.id != articleId)
        return failed(tr("it is a revision of article %1").arg(revision.id));
    Transaction transaction(*m_db);
    Article current;
    if (!transaction.begin(&why) || !loadArticle(articleId, &current, &why)
        || !snapshot(articleId, QString::fromUtf8(BeforeRestoreReason), nullptr, &why))
        return failed(why);
    // The identity stays the article's own; only the content goes back.
    revision.id = articleId;
    revision.uuid = current.uuid;
    revision.created = current.created;
    revision.updated = Timestamp::now();
    revision.version = current.version;
    SaveOutcome outcome;
    if (!saveInTransaction(&revision, nullptr, &outcome, &why) || !transaction.commit(&why))
        return failed(why);
    if (restored)
        *restored = revision;
    return true;
}

QString Store::importedReason(const QString &path)
{
    return QString::fromUtf8(ImportedReason) + QStringLiteral(": ") + QFileInfo(path).fileName();
}

QString Store::revisionReasonName(const QString &reason)
{
    const QString importPrefix = QString::fromUtf8(ImportedReason) + QStringLiteral(": ");
    if (reason.startsWith(importPrefix))
        return tr("Imported from %1").arg(reason.mid(importPrefix.size()));
    const QString statusPrefix = QString::fromUtf8(StatusChangeReason) + QStringLiteral(": ");
    if (reason.startsWith(statusPrefix)) {
        Article::Status status;
        if (Article::statusFromName(reason.mid(statusPrefix.size()), &status))
            return tr("Status changed to %1").arg(Article::statusDisplayName(status));
    }
    static const struct {
        const char *reason;
        const char *name;
    } names[] = {
        {BeforeDeleteReason, QT_TR_NOOP("Before deletion")},
        {CheckpointReason, QT_TR_NOOP("Autosave checkpoint")},
        {SavedReason, QT_TR_NOOP("Saved")},
        {ExportedReason, QT_TR_NOOP("Exported")},
        {BeforeRestoreReason, QT_TR_NOOP("Before restoring an earlier version")},
        {BeforeImportReason, QT_TR_NOOP("Before import")},
        {CreatedReason, QT_TR_NOOP("Created")},
        {ChangedElsewhereReason, QT_TR_NOOP("Changed elsewhere (kept when both sides edited)")},
    };
    for (const auto &entry : names) {
        if (reason == QLatin1String(entry.reason))
            return tr(entry.name);
    }
    return reason;
}

QList<StatusChange> Store::statusHistory(qint64 articleId, QString *error) const
{
    QList<StatusChange> result;
    if (notOpen(error))
        return result;
    Statement *select = m_db->cached(
        QStringLiteral("SELECT changed, old_status, new_status FROM status_changes "
                       "WHERE article_id = ?1 ORDER BY id"),
        error);
    if (!select)
        return result;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, articleId);
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row) {
        StatusChange change;
        change.articleId = articleId;
        change.changed = Timestamp::parse(select->columnText(0));
        change.from = parseStatus(select->columnText(1));
        change.to = parseStatus(select->columnText(2));
        result.append(change);
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = tr("Cannot read the status history of article %1: %2")
                         .arg(articleId)
                         .arg(select->errorMessage());
        result.clear();
    }
    return result;
}

bool Store::backupTo(const QString &file, QString *error) const
{
    if (notOpen(error))
        return false;
    return Backup::copyDatabase(*m_db, file, error);
}

} // namespace copydesk
