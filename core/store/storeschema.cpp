#include "store/storeschema.h"

#include "model/articlejson.h"
#include "search/searchindex.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "store/store.h"

#include <iterator>

namespace copydesk {

namespace {

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
    // Version 4: the outlet's word lists for proofing (禁用词, 慎用词, 规范表述), see WordListRows.
    R"sql(
-- Every import of a list is a new version under the same name; proofing reads the newest one
-- of each enabled name. enabled is kept the same on all versions of a name.
CREATE TABLE word_lists (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    imported TEXT NOT NULL,
    source_file TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 0,
    UNIQUE (name, version)
);
CREATE TABLE word_list_terms (
    list_id INTEGER NOT NULL REFERENCES word_lists (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    term TEXT NOT NULL,
    preferred TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'caution',
    PRIMARY KEY (list_id, position)
) WITHOUT ROWID;
)sql",
    // Version 5: search indexing off the save transaction (SearchIndex::markPending, catchUp).
    R"sql(
-- Articles whose row in article_search may be behind their text: a save marks its article here
-- in its own transaction, SearchIndex::catchUp() indexes the marked ones afterwards in another,
-- and every search matches a marked article by its stored text.
CREATE TABLE search_pending (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
);
)sql",
    // Version 6: the newsroom server's sync state (see SyncRows). Every local write of an article
    // queues it in the outbox, whoever wrote it; the sync engine pushes and clears it.
    R"sql(
CREATE TABLE IF NOT EXISTS sync_state (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
-- The server revision each article was last in step with, the local version that held it, and
-- its JSON (the base of a three-way merge when both sides changed).
CREATE TABLE IF NOT EXISTS sync_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    server_rev INTEGER NOT NULL,
    synced_version INTEGER NOT NULL,
    synced_json TEXT NOT NULL
);
-- One row per article: the newest version written locally and not yet pushed. Articles from
-- before this version are queued too, so a store's first sync sends everything it holds.
CREATE TABLE IF NOT EXISTS sync_outbox (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    version INTEGER NOT NULL
);
INSERT OR IGNORE INTO sync_outbox (article_id, version) SELECT id, version FROM articles;
CREATE TRIGGER IF NOT EXISTS sync_outbox_insert AFTER INSERT ON articles BEGIN
    INSERT OR REPLACE INTO sync_outbox (article_id, version) VALUES (new.id, new.version);
END;
CREATE TRIGGER IF NOT EXISTS sync_outbox_update AFTER UPDATE OF version ON articles
WHEN new.version IS NOT old.version BEGIN
    INSERT OR REPLACE INTO sync_outbox (article_id, version) VALUES (new.id, new.version);
END;
)sql",
    // Version 7: a contentless search index, a third of the size (see SearchIndex). Its rows are
    // filled again by the C++ half of this step.
    R"sql(
DROP TABLE article_search;
CREATE VIRTUAL TABLE article_search USING fts5(title, subtitle, body, captions, byline, source,
    content = '', tokenize = 'copydesk_bigram');
INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 2.0, 3.0, 2.0)');
-- A contentless index forgets a row only when given the text it indexed: a marked article
-- keeps that text (its JSON as it was when first marked; NULL when it has no row) until
-- SearchIndex::catchUp() has indexed it again. No foreign key: a purged article's row is
-- taken out of the index by the next catch-up.
DROP TABLE search_pending;
CREATE TABLE search_pending (
    article_id INTEGER PRIMARY KEY,
    indexed_json TEXT
);
INSERT INTO search_pending (article_id) SELECT id FROM articles WHERE deleted_at IS NULL;
)sql",
    // Version 8: keystroke saves write the blocks they changed, not the whole article (see
    // ArticleEdits). A marked article whose indexed_json is '' has its indexed text in
    // articles.json (article_json since version 10), which its edits leave as it was until they
    // are folded into it.
    R"sql(
CREATE TABLE article_edits (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    first INTEGER NOT NULL,
    removed INTEGER NOT NULL,
    blocks TEXT NOT NULL
);
CREATE INDEX article_edits_article ON article_edits (article_id, id);
-- Whoever writes an article's JSON wrote the whole article, its edits applied.
CREATE TRIGGER article_edits_folded AFTER UPDATE OF json ON articles BEGIN
    DELETE FROM article_edits WHERE article_id = new.id;
END;
)sql",
    // Version 9: the body first in the search index. FTS5 writes two bytes before the positions
    // of a term in any column but the first, and most of the index is the body's: 24 % smaller
    // (docs/benchmarks.md). Its rows are filled again by the C++ half of this step.
    R"sql(
DROP TABLE article_search;
CREATE VIRTUAL TABLE article_search USING fts5(body, title, subtitle, captions, byline, source,
    content = '', tokenize = 'copydesk_bigram');
INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(1.0, 10.0, 4.0, 2.0, 3.0, 2.0)');
-- Segments are merged eight at a time, not four: each text is merged again fewer times as the
-- index grows (bulk insert +26 % at 100k articles), with queries as fast (docs/benchmarks.md).
INSERT INTO article_search (article_search, rank) VALUES ('automerge', 8);
-- The new index holds nothing yet: no marked article has indexed text to forget.
DELETE FROM search_pending;
INSERT INTO search_pending (article_id) SELECT id FROM articles WHERE deleted_at IS NULL;
)sql",
    // Version 10: the article's JSON in a table of its own. A keystroke's save changes the row's
    // time, version and counts; with the JSON in the same row SQLite read, rebuilt and compared
    // the whole record for that, 0.6 MB at 200k characters (docs/benchmarks.md).
    R"sql(
CREATE TABLE article_json (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    json TEXT NOT NULL
);
INSERT INTO article_json (article_id, json) SELECT id, json FROM articles;
DROP TRIGGER articles_status_change;
DROP TRIGGER article_edits_folded;
ALTER TABLE articles DROP COLUMN json;
-- A whole save writes the JSON before the row, so a status change keeps the new content.
CREATE TRIGGER articles_status_change AFTER UPDATE OF status ON articles
WHEN old.status IS NOT new.status BEGIN
    INSERT INTO status_changes (article_id, changed, old_status, new_status)
        VALUES (new.id, new.updated, old.status, new.status);
    INSERT INTO revisions (article_id, created, reason, json)
        VALUES (new.id, new.updated, 'status change: ' || new.status,
                (SELECT json FROM article_json WHERE article_id = new.id));
END;
CREATE TRIGGER article_edits_folded AFTER UPDATE OF json ON article_json BEGIN
    DELETE FROM article_edits WHERE article_id = new.article_id;
END;
)sql",
};

static_assert(std::size(Migrations) == Store::SchemaVersion,
              "one migration step per schema version");

} // namespace

bool StoreSchema::migrate(Database &db, qint64 from, qint64 *failedStep, QString *error)
{
    for (qint64 step = from; step < Store::SchemaVersion; ++step) {
        if (!db.exec(QString::fromUtf8(Migrations[step]), error)
            || (step == 1 && !tagExistingArticles(db, error))) {
            *failedStep = step + 1;
            return false;
        }
    }
    // The C++ half of migrations 7 and 9, once the tables of the later steps are there too.
    if (from <= 8 && !SearchIndex::indexPending(db, error)) {
        *failedStep = 9;
        return false;
    }
    const QString stamp = QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                              .arg(Store::ApplicationId)
                              .arg(Store::SchemaVersion);
    *failedStep = Store::SchemaVersion;
    return db.exec(stamp, error);
}

// The C++ half of migration 2: the tags of the articles already stored (their search rows come
// with migration 7). An article whose JSON cannot be read stays untagged rather than blocking
// the update.
bool StoreSchema::tagExistingArticles(Database &db, QString *error)
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
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = select.errorMessage();
        return false;
    }
    return true;
}

} // namespace copydesk
