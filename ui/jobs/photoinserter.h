#pragma once

#include "jobs/photoimportjob.h"

#include <QImage>
#include <QObject>
#include <QStringList>

class QWidget;

namespace copydesk {

class ArticleEditor;
class Autosaver;

// Brings photos into the open article: file and folder choosers, decoding off the UI thread with
// progress and cancel, insert or replace in the editor, storing through the autosaver.
class PhotoInserter : public QObject
{
    Q_OBJECT

public:
    // window parents the dialogs.
    PhotoInserter(ArticleEditor *editor, Autosaver *autosaver, QWidget *window);

    void choosePhotos();
    void chooseFolder();
    // Another photo for the image block at the cursor.
    void chooseReplacement();
    // Files and folders (their photos, in shooting order); ignored while a batch is running.
    void insertPhotos(const QStringList &paths);
    void insertPastedImage(const QImage &image);

signals:
    void problem(const QString &what, const QString &why);
    void message(const QString &text);

private:
    void decoded(const QList<PhotoImportJob::Result> &results, bool cancelled);
    static QString fileFilter();

    ArticleEditor *m_editor;
    Autosaver *m_autosaver;
    QWidget *m_window;
    PhotoImportJob *m_job;
    int m_replaceBlock = -1;
};

} // namespace copydesk
