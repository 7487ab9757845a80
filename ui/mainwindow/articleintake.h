#pragma once

#include <QObject>
#include <QStringList>

class QImage;
class QMimeData;

namespace copydesk {

class MainWindow;

// What comes into the window from outside: files dropped or opened (photos into the open
// article, anything else imported), pasted images and formatted copy, article files imported,
// and what the window shows of their outcome.
class ArticleIntake : public QObject
{
    Q_OBJECT

public:
    // Wires the window's photo inserter and article file importer.
    explicit ArticleIntake(MainWindow *window);

    void importPaths(const QStringList &paths, bool preview);
    void openFiles(const QStringList &paths, bool preview);
    void insertPhotos(const QStringList &paths);
    void insertPastedImage(const QImage &image);
    void pasteHtml(const QString &html);

    // The local files among dropped data.
    static QStringList localFiles(const QMimeData *data);

private:
    void articlesImported(qint64 last, const QStringList &problems, const QStringList &warnings);
    bool canInsert();

    MainWindow *m_window;
};

} // namespace copydesk
