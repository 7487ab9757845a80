#pragma once

#include <QDialog>
#include <QList>

class QTableWidget;
class QTableWidgetItem;

namespace copydesk {

class ArticleEditor;
class Store;
class ThumbnailProvider;

// The photo desk: every photo of the open article in order, one row each (thumbnail, caption,
// credit, alt, marks for a missing caption or metadata to check), edited in place and reordered —
// the pass a picture editor makes over 15 photos. Each edit is a step on the window's undo stack.
// It follows the editor's read-only state: while someone else holds the article it only shows.
class PhotoDesk : public QDialog
{
    Q_OBJECT

public:
    enum Column { Picture, Caption, Credit, Alt, Marks };

    // A missing thumbnail fills in when thumbnails has made it.
    PhotoDesk(ArticleEditor *editor, ThumbnailProvider *thumbnails, QWidget *parent = nullptr);

    // Rows again from the body (it changes under the desk: typing, undo, another article).
    void refresh();
    // Swaps the current row's photo with the photo before (-1) or after (+1) it in the article.
    void moveCurrent(int direction);
    // Moves the photo of row from to row to (the photos between shift by one; the text between
    // photos stays), as one undoable step — what a drag of a row does.
    void moveRow(int from, int to);
    QTableWidget *table() const { return m_table; }
    bool isReadOnly() const { return m_readOnly; }

protected:
    // Drops of a row on the table's viewport move that photo (moveRow).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void cellEdited(QTableWidgetItem *item);
    void scheduleRefresh();
    void setReadOnly(bool readOnly);

    ArticleEditor *m_editor;
    ThumbnailProvider *m_thumbnails;
    QTableWidget *m_table;
    QList<int> m_blocks; // the image block number of each row
    bool m_loading = false;
    bool m_refreshQueued = false;
    bool m_readOnly = false;
    QList<QWidget *> m_moveButtons;
};

} // namespace copydesk
