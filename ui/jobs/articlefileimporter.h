#pragma once

#include "import/importedarticle.h"

#include <QObject>
#include <QStringList>

class QWidget;

namespace copydesk {

class ArticleImportJob;
class ImportReview;
class Store;

// Imports article files as new articles: the file chooser, reading and converting them off the UI
// thread with progress and cancel, then each previewed and added to the store with its photos;
// the photos' thumbnails are made afterwards in the background.
class ArticleFileImporter : public QObject
{
    Q_OBJECT

public:
    // window parents the dialogs.
    ArticleFileImporter(Store *store, QWidget *window);

    // The files the user picks (none when cancelled).
    QStringList choose();
    // Ignored while an import is running. preview: as ImportReview::start.
    void importPaths(const QStringList &paths, bool preview = true);

signals:
    // One article is in the store now.
    void stored(const ImportedArticle &imported);
    // All done: the last article stored (0 for none), what could not be imported (one line per
    // file) and what was imported with reservations.
    void finished(qint64 last, const QStringList &problems, const QStringList &warnings);
    // After stored: the thumbnails of its photos are in the store now (ThumbnailJob::made).
    void thumbnailsMade(const QStringList &sha256s, const QStringList &problems);

private:
    ArticleImportJob *m_job;
    ImportReview *m_review;
    QWidget *m_window;
    bool m_preview = true;
};

} // namespace copydesk
