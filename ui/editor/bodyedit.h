#pragma once

#include "media/decodedimage.h"
#include "editor/photodraghandler.h"
#include "model/block.h"

#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextEdit>

namespace copydesk {

class MappedDocument;
class Store;

// The article body editor: rich text with photos as blocks in the flow, each with its caption
// beneath (editable in place, a greyed placeholder when empty) and its credit beside it.
// Read-only (setReadOnly), none of its edits acts — keys, cut, paste, drops, photo edits and
// moves — except replaceBlocks(), which is how another desk's version comes in.
class BodyEdit : public QTextEdit
{
    Q_OBJECT

public:
    static constexpr int ColumnWidth = 720;

    explicit BodyEdit(const Store *store, QWidget *parent = nullptr);

    // Loads the blocks; resets undo history.
    void setBlocks(const QList<Block> &blocks);
    // Replaces the whole body with the blocks as one undoable step.
    void replaceBlocks(const QList<Block> &blocks);
    QList<Block> blocks() const;
    // The index in blocks() of the block a document position belongs to (DocumentMapper::modelIndexAt).
    int modelIndexAt(int position) const;
    // Inserts article blocks at the cursor (pasted copy) as one undoable step.
    void insertBlocks(const QList<Block> &blocks);
    // Pastes the clipboard's text as paragraphs only (Ctrl+Shift+V).
    void pastePlainText();
    // Inserts photos after the cursor's block as one undoable step.
    void insertImages(const QList<Block> &images);
    // The image block the cursor is in (or whose caption it is in); -1 when none.
    int currentImageBlockNumber() const;
    Block imageAt(int blockNumber) const;
    // Edits the image's fields in place, as one undoable step.
    void updateImage(int blockNumber, const Block &image);
    void removeImage(int blockNumber);
    // Moves the photo (with its caption) past the neighbouring article block, up (-1) or down
    // (+1), as one undoable step; the photo stays selected. False at either end.
    bool movePhoto(int blockNumber, int direction);
    // Selects the photo as an object: the caret on it, its frame drawn, the Photo panel on it.
    void selectPhoto(int blockNumber);
    // Cut and copy as Word does: a selection that touches a photo takes the whole photo block
    // (image, caption, credit, alt, crop) along, as article blocks on the clipboard.
    void cutBlocks();
    void copyBlocks();
    // The MIME type of article blocks on the clipboard: an ArticleJson article holding them.
    static QString blocksMimeType();
    int imageDisplayWidth() const;
    // Photos just decoded that the store may not have yet (the autosaver writes them): shown
    // from these bytes meanwhile.
    void provideMedia(const QList<DecodedImage> &images);
    // True while an input method's composition (preedit) that commits nothing is applied: the
    // document's layout changes then, not its text.
    bool isComposing() const { return m_composing; }

signals:
    void currentImageChanged(int blockNumber);
    // Local files dropped or pasted into the body (photos, or article files to import).
    void filesDropped(const QStringList &paths);
    void imagePasted(const QImage &image);
    // Formatted copy (Word, WPS, WeChat, a web page) to convert and insert with insertBlocks().
    void htmlPasted(const QString &html);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;
    void resizeEvent(QResizeEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void updateMargins();
    void requestImage(const QUrl &url, const QString &mediaId);
    void imageReady(const QUrl &url, const QImage &image);
    QImage placeholderImage() const;
    void insertParagraphs(const QString &text);
    void notifyCurrentImage();

    const Store *m_store;
    MappedDocument *m_mapped; // blocks() reads again only the blocks edited since the last call
    QSet<QString> m_pending;
    QHash<QString, DecodedImage> m_provided;
    int m_lastImageBlock = -2;
    bool m_composing = false;
    Block m_lastImage;
    PhotoDragHandler m_photoDrag;
};

} // namespace copydesk
