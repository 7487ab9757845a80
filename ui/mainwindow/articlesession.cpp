#include "mainwindow/articlesession.h"

#include "editor/articleeditor.h"
#include "editor/bodyedit.h"
#include "mainwindow/metadatapanel.h"
#include "model/articlemerge.h"
#include "store/autosaver.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>

#include <limits>

namespace copydesk {

namespace {

// Edits reach the preview and the autosaver this long after typing pauses, and never later than
// SyncMaxWaitMs after the first of them, however fast the typing. The preview is to show an edit
// within 100 ms of the pause: a sync costs ~1.4 ms at 200k characters and the preview's patch
// ~1 ms of rendering off the UI thread (copydesk-bench-gui --only edit), which leaves the page
// what 60 ms of waiting does not take.
constexpr int SyncDelayMs = 60;
constexpr int SyncMaxWaitMs = 250;

} // namespace

ArticleSession::ArticleSession(Store *store, Autosaver *autosaver, ArticleEditor *editor, MetadataPanel *details,
                               QUndoStack *undo, QObject *parent)
    : QObject(parent), m_store(store), m_autosaver(autosaver), m_editor(editor), m_details(details), m_undo(undo),
      m_syncTimer(new QTimer(this))
{
    m_syncTimer->setSingleShot(true);
    m_syncTimer->setInterval(SyncDelayMs);
    connect(m_syncTimer, &QTimer::timeout, this, &ArticleSession::sync);
    connect(m_autosaver, &Autosaver::saved, this, &ArticleSession::saved);
    connect(m_autosaver, &Autosaver::changedElsewhere, this, &ArticleSession::changedElsewhere);
}

Article ArticleSession::current() const
{
    Article article = m_current;
    m_editor->applyTo(&article);
    m_details->applyTo(&article);
    return article;
}

bool ArticleSession::open(qint64 id, QString *error)
{
    // Back to an article just left: the store has its latest text once that write is done.
    if (m_autosaver->hasPending(id) && !m_autosaver->waitUntilWritten(error))
        return false;
    Article article;
    if (!m_store->loadArticle(id, &article, error))
        return false;
    m_switching = true;
    m_current = article;
    m_autosaver->setBase(article);
    m_editor->setArticle(article);
    m_details->setArticle(article);
    m_dirty = false;
    m_lookAgain = false;
    m_switching = false;
    emit opened(article);
    return true;
}

void ArticleSession::close()
{
    m_syncTimer->stop();
    m_dirty = false;
    m_lookAgain = false;
    m_current = Article();
}

void ArticleSession::scheduleSync()
{
    if (m_switching || !m_current.id)
        return;
    if (!m_dirty)
        m_dirtySince.start();
    m_dirty = true;
    const qint64 left = qMax<qint64>(0, SyncMaxWaitMs - m_dirtySince.elapsed());
    m_syncTimer->start(int(qMin<qint64>(SyncDelayMs, left)));
}

void ArticleSession::sync()
{
    m_syncTimer->stop();
    if (!m_dirty || !m_current.id)
        return;
    m_dirty = false;
    const Article article = current();
    // An input method's preedit (it changes the document, not the text) or an edit undone leaves
    // the article as it was: nothing to save or to show.
    if (article == m_current) {
        lookAgainIfIdle();
        return;
    }
    m_current = article;
    m_autosaver->schedule(m_current);
    emit changed(m_current);
    emit synced();
}

void ArticleSession::saveNow()
{
    if (m_dirty)
        sync();
    m_autosaver->saveNow();
}

bool ArticleSession::flush(QString *error)
{
    if (m_dirty)
        sync();
    return m_autosaver->waitUntilWritten(error);
}

void ArticleSession::saved(qint64 id, const QDateTime &updated, qint64 version)
{
    if (id != m_current.id)
        return;
    m_current.updated = updated;
    m_current.version = version;
    lookAgainIfIdle();
}

void ArticleSession::lookAgainIfIdle()
{
    if (!m_lookAgain || m_dirty || m_autosaver->hasPending(m_current.id))
        return;
    m_lookAgain = false;
    storeChanged({Store::Change{m_current.id, std::numeric_limits<qint64>::max(), 0, false}});
}

void ArticleSession::storeChanged(const QList<Store::Change> &changes)
{
    bool changedHere = false;
    for (const Store::Change &change : changes)
        changedHere = changedHere || (change.id == m_current.id && change.version > m_current.version);
    if (!changedHere)
        return;
    if (m_dirty || m_autosaver->hasPending(m_current.id)) {
        m_lookAgain = true;
        return;
    }
    Article stored;
    if (!m_store->loadArticle(m_current.id, &stored, nullptr) || stored.version <= m_current.version)
        return;
    if (!ArticleMerge::changedFields(stored, m_current).isEmpty()) {
        showChanged(stored);
        emit message(tr("This article was changed by another program; the window shows the new version."));
    }
    m_current.version = stored.version;
    m_current.updated = stored.updated;
    m_autosaver->setBase(stored);
}

// The merge the save wrote (or, where both changed the same field, this window's version, the
// other kept as a revision) is brought into the editor together with whatever was typed since
// the save was sent.
void ArticleSession::changedElsewhere(const Article &sent, const Article &stored, const Store::SaveOutcome &outcome)
{
    if (stored.id != m_current.id)
        return;
    if (m_dirty)
        sync();
    Article now = current();
    Article shown;
    ArticleMerge::merge(sent, now, stored, &shown);
    shown.version = stored.version;
    shown.updated = stored.updated;
    if (!ArticleMerge::changedFields(shown, now).isEmpty())
        showChanged(shown);
    m_current = shown;
    if (!ArticleMerge::changedFields(shown, stored).isEmpty())
        m_autosaver->schedule(m_current);
    if (outcome.kind == Store::SaveOutcome::Kind::Conflict)
        emit conflicted();
    else
        emit message(tr("Changes made by another program were merged with yours."));
}

// Undo brings back the text the restored version replaced (which the store also kept as a
// revision).
bool ArticleSession::restore(qint64 id)
{
    Article stored;
    if (id != m_current.id || !m_store->loadArticle(id, &stored, nullptr)) {
        m_current = Article();
        return false;
    }
    m_switching = true;
    m_undo->beginMacro(tr("Restore Version"));
    m_editor->replaceContent(stored);
    m_details->changeDetails(stored, tr("Restore Version"));
    m_undo->endMacro();
    m_switching = false;
    m_dirty = false;
    m_current = stored;
    m_autosaver->setBase(stored);
    emit changed(stored);
    emit message(tr("Version restored. Edit ▸ Undo brings back the text it replaced, "
                    "which is also kept in the history."));
    return true;
}

// Puts a newer version of the open article into the panels, keeping the cursor where it was.
void ArticleSession::showChanged(const Article &article)
{
    m_switching = true;
    if (article.blocks != m_current.blocks || article.title != m_current.title
        || article.subtitle != m_current.subtitle) {
        const int position = m_editor->body()->textCursor().position();
        m_editor->setArticle(article);
        QTextCursor cursor = m_editor->body()->textCursor();
        cursor.setPosition(qMin(position, m_editor->body()->document()->characterCount() - 1));
        m_editor->body()->setTextCursor(cursor);
    }
    m_details->setArticle(article);
    m_current = article;
    m_switching = false;
    emit changed(article);
}

} // namespace copydesk
