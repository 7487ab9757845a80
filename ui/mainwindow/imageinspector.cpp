#include "mainwindow/imageinspector.h"

#include "model/mediainfo.h"
#include "jobs/thumbnailprovider.h"
#include "store/store.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace copydesk {

ImageInspector::ImageInspector(const Store *store, ThumbnailProvider *thumbnails, QWidget *parent)
    : QWidget(parent), m_store(store), m_thumbnails(thumbnails)
{
    setObjectName(QStringLiteral("imageInspector"));
    auto *layout = new QVBoxLayout(this);
    m_thumbnail = new QLabel(this);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setMinimumHeight(120);
    m_thumbnail->setObjectName(QStringLiteral("imageThumbnail"));
    m_thumbnail->setAccessibleName(tr("Photo thumbnail"));
    connect(m_thumbnails, &ThumbnailProvider::made, this, [this](const QStringList &sha256s) {
        if (m_selected && sha256s.contains(m_image.media))
            showThumbnail();
    });
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("imageInfo"));
    m_info->setAlignment(Qt::AlignCenter);
    m_info->setWordWrap(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_metadataNote = new QLabel(tr("Caption and credit come from the photo's metadata: check them."), this);
    m_metadataNote->setObjectName(QStringLiteral("metadataNote"));
    m_metadataNote->setWordWrap(true);
    m_metadataNote->setStyleSheet(QStringLiteral("QLabel { background: #dbeafe; color: #1e3a8a; padding: 4px; }"));
    m_metadataNote->hide();
    m_confirm = new QPushButton(tr("C&hecked"), this);
    m_confirm->setObjectName(QStringLiteral("confirmMetadataButton"));
    m_confirm->setToolTip(tr("The caption and credit are right: stop asking"));
    m_confirm->hide();
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        m_image.checkMetadata = false;
        m_metadataNote->hide();
        m_confirm->hide();
        emit edited(m_image);
    });
    layout->addWidget(m_thumbnail);
    layout->addWidget(m_info);
    layout->addWidget(m_metadataNote);
    layout->addWidget(m_confirm);

    m_fields = new QWidget(this);
    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_caption = new QLineEdit(m_fields);
    m_caption->setObjectName(QStringLiteral("captionEdit"));
    m_caption->setPlaceholderText(tr("What the photo shows"));
    m_credit = new QLineEdit(m_fields);
    m_credit->setObjectName(QStringLiteral("creditEdit"));
    m_credit->setPlaceholderText(tr("Photographer or agency"));
    m_alt = new QLineEdit(m_fields);
    m_alt->setObjectName(QStringLiteral("altEdit"));
    m_alt->setPlaceholderText(tr("For readers who cannot see it"));
    // QFormLayout makes each label the buddy of its field: Alt+letter goes to the field.
    form->addRow(tr("&Caption"), m_caption);
    form->addRow(tr("C&redit"), m_credit);
    form->addRow(tr("A&lt text"), m_alt);
    m_caption->setAccessibleName(tr("Caption"));
    m_credit->setAccessibleName(tr("Credit"));
    m_alt->setAccessibleName(tr("Alt text"));
    for (QLineEdit *edit : {m_caption, m_credit, m_alt})
        connect(edit, &QLineEdit::textEdited, this, &ImageInspector::emitEdited);

    auto *buttons = new QHBoxLayout;
    m_replace = new QPushButton(tr("Re&place…"), m_fields);
    m_replace->setObjectName(QStringLiteral("replaceImageButton"));
    m_remove = new QPushButton(tr("Re&move"), m_fields);
    m_remove->setObjectName(QStringLiteral("removeImageButton"));
    m_crop = new QPushButton(tr("Cr&op and Turn…"), m_fields);
    m_crop->setObjectName(QStringLiteral("cropImageButton"));
    buttons->addWidget(m_replace);
    buttons->addWidget(m_crop);
    buttons->addWidget(m_remove);
    form->addRow(buttons);
    connect(m_replace, &QPushButton::clicked, this, &ImageInspector::replaceRequested);
    connect(m_remove, &QPushButton::clicked, this, &ImageInspector::removeRequested);
    connect(m_crop, &QPushButton::clicked, this, &ImageInspector::cropRequested);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    setImage(Block(), false);
}

void ImageInspector::setImage(const Block &image, bool selected)
{
    m_loading = true;
    m_metadataNote->setVisible(selected && image.checkMetadata);
    m_confirm->setVisible(selected && image.checkMetadata);
    m_image = image;
    m_selected = selected;
    m_fields->setEnabled(selected);
    setReadOnly(m_readOnly);
    // Only what changed: the field being typed in keeps its caret.
    for (auto [edit, text] : {std::pair(m_caption, image.caption), std::pair(m_credit, image.credit),
                              std::pair(m_alt, image.alt)}) {
        if (edit->text() != (selected ? text : QString()))
            edit->setText(selected ? text : QString());
    }
    showThumbnail();
    if (!selected) {
        m_info->setText(tr("Click a photo in the article to edit its caption and credit."));
    } else if (image.media.isEmpty()) {
        m_info->setText(image.sourceUrl.isEmpty() ? tr("Placeholder: replace it with the photo.")
                                                  : tr("Placeholder for %1").arg(image.sourceUrl));
    } else {
        MediaInfo info;
        QString error;
        m_info->setText(m_store->mediaInfo(image.media, &info, &error)
                                ? tr("%1 · %2 × %3 px").arg(info.fileName).arg(image.width).arg(image.height)
                                : error);
    }
    m_loading = false;
}

void ImageInspector::showThumbnail()
{
    QPixmap pixmap;
    if (m_selected && !m_image.media.isEmpty())
        pixmap.loadFromData(m_thumbnails->thumbnail(m_image.media));
    if (!pixmap.isNull()) {
        m_thumbnail->setPixmap(pixmap.scaled(QSize(280, 200) * devicePixelRatioF(), Qt::KeepAspectRatio,
                                             Qt::SmoothTransformation));
    } else {
        m_thumbnail->setPixmap(QPixmap());
        m_thumbnail->setText(m_selected ? tr("Photo to come") : QString());
    }
}

void ImageInspector::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : {m_caption, m_credit, m_alt})
        edit->setReadOnly(readOnly);
    m_replace->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
    m_confirm->setEnabled(!readOnly);
    m_crop->setEnabled(!readOnly && m_selected && !m_image.isPlaceholder());
}

void ImageInspector::emitEdited()
{
    if (m_loading || m_readOnly)
        return;
    m_image.caption = m_caption->text();
    m_image.credit = m_credit->text();
    m_image.alt = m_alt->text();
    emit edited(m_image);
}

} // namespace copydesk
