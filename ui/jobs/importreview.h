#pragma once

#include "jobs/articleimportjob.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace copydesk {

class ImportPreviewDialog;
class Store;
class ThumbnailJob;

// What an import read, file by file after the reading: each shown in its ImportPreviewDialog
// (unless the preview is switched off, or the editor chose to import the rest as recognised),
// then stored as previewed (its photos without thumbnails, in the article's one transaction); a
// cancelled preview stores nothing. The thumbnails follow in the background (ThumbnailJob).
class ImportReview : public QObject
{
    Q_OBJECT

public:
    // QSettings key: false once the editor chose "Import without a preview from now on".
    static QString previewSetting();

    // window parents the previews.
    ImportReview(Store *store, QWidget *window, QObject *parent = nullptr);

    // preview false, or the setting off: all stored as recognised.
    void start(const QList<ArticleImportJob::Result> &results, bool preview = true);
    bool isRunning() const { return m_running; }
    ThumbnailJob *thumbnails() const { return m_thumbnails; }

signals:
    // One article is in the store now.
    void stored(const ImportedArticle &imported);
    // As ArticleFileImporter::finished.
    void finished(qint64 last, const QStringList &problems, const QStringList &warnings);

private:
    void next();
    void store(const QString &path, ImportedArticle imported);

    Store *m_store;
    QWidget *m_window;
    QList<ArticleImportJob::Result> m_results;
    qsizetype m_next = 0;
    bool m_running = false;
    bool m_preview = true;
    qint64 m_last = 0;
    QStringList m_problems;
    QStringList m_warnings;
    QPointer<ImportPreviewDialog> m_dialog;
    ThumbnailJob *m_thumbnails;
};

} // namespace copydesk
