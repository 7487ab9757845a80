#pragma once

#include "model/block.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace copydesk {

class Store;
class ThumbnailProvider;

// The selected photo: thumbnail (a missing one shown when the ThumbnailProvider has made it),
// caption, credit, alt text, replace and remove.
class ImageInspector : public QWidget
{
    Q_OBJECT

public:
    ImageInspector(const Store *store, ThumbnailProvider *thumbnails, QWidget *parent = nullptr);

    // An image block, or a default Block to show "no photo selected". A photo whose caption,
    // credit or alt came from its own metadata (Block::checkMetadata) asks to be checked.
    void setImage(const Block &image, bool selected);
    // Read-only article: the fields can be read and copied, the buttons are off.
    void setReadOnly(bool readOnly);

signals:
    void edited(const Block &image);
    void replaceRequested();
    void removeRequested();
    void cropRequested();

private:
    void emitEdited();
    void showThumbnail();

    const Store *m_store;
    ThumbnailProvider *m_thumbnails;
    Block m_image;
    QLabel *m_thumbnail;
    QLabel *m_info;
    QLabel *m_metadataNote;
    QLineEdit *m_caption;
    QLineEdit *m_credit;
    QLineEdit *m_alt;
    QPushButton *m_replace;
    QPushButton *m_remove;
    QPushButton *m_crop;
    QPushButton *m_confirm;
    QWidget *m_fields;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_selected = false;
};

} // namespace copydesk
