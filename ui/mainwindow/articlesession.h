#pragma once

#include "model/article.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QObject>

class QTimer;
class QUndoStack;

namespace copydesk {

class ArticleEditor;
class Autosaver;
class MetadataPanel;

// The open article: what the editor and the details panel show, handed to the autosaver shortly
// after each edit, and brought up to date when another program changes it.
class ArticleSession : public QObject
{
    Q_OBJECT

public:
    ArticleSession(Store *store, Autosaver *autosaver, ArticleEditor *editor, MetadataPanel *details,
                   QUndoStack *undo, QObject *parent = nullptr);

    qint64 id() const { return m_current.id; }
    // The article as last synced.
    const Article &article() const { return m_current; }
    // The article as the editor shows it now (what the next autosave writes).
    Article current() const;
    // Edits not yet synced.
    bool isDirty() const { return m_dirty; }
    // True while the panels are being filled (their edit signals are not user edits).
    bool isSwitching() const { return m_switching; }

    // Shows the stored article (call saveNow() or flush() first). An article whose save is still
    // under way is shown once it is written. False with the store's reason.
    bool open(qint64 id, QString *error);
    // No article open.
    void close();
    // An edit happened: synced after a pause in typing, and never later than a short wait.
    void scheduleSync();
    void sync();
    // Syncs, then hands everything pending to the autosaver's worker without waiting.
    void saveNow();
    // Syncs, then writes everything pending, the event loop running meanwhile; false with the
    // store's reason.
    bool flush(QString *error);
    // The autosaver wrote the article.
    void saved(qint64 id, const QDateTime &updated, qint64 version);
    // Another program wrote to the store: the open article is reloaded when nothing typed here
    // waits to be saved; otherwise the next save merges the two (changedElsewhere()).
    void storeChanged(const QList<Store::Change> &changes);
    // A save found the article changed by another program.
    void changedElsewhere(const Article &sent, const Article &stored, const Store::SaveOutcome &outcome);
    // Brings the restored version of the open article in as one undoable step; false when id is
    // not the open article or cannot be read (then reopen it).
    bool restore(qint64 id);

signals:
    void opened(const Article &article);
    // Synced, changed by another program, or restored.
    void changed(const Article &article);
    // After the edits of a sync have gone to the autosaver and changed().
    void synced();
    void message(const QString &text);
    // Both changed the same field: this window's version was saved, the other kept in the history.
    void conflicted();

private:
    void showChanged(const Article &article);
    void lookAgainIfIdle();

    Store *m_store;
    Autosaver *m_autosaver;
    ArticleEditor *m_editor;
    MetadataPanel *m_details;
    QUndoStack *m_undo;
    Article m_current;
    bool m_dirty = false;
    // Another program wrote the open article while this window's own edit was on its way: looked
    // at again once that save is written (it may have committed before the other write), or
    // once the sync finds nothing to save.
    bool m_lookAgain = false;
    bool m_switching = false;
    QTimer *m_syncTimer;
    QElapsedTimer m_dirtySince; // since the first edit not yet synced
};

} // namespace copydesk
