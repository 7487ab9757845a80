#pragma once

#include <QDialog>
#include <QImage>
#include <QRectF>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace copydesk {

// Crop and turn a photo without touching its file: the result is Block::crop (normalized, in the
// turned photo's coordinates) and Block::rotation, with the aspect presets picture editors use.
class CropDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Aspect { Free, Wide, Classic, Photo, Square }; // free, 16:9, 4:3, 3:2, 1:1

    // photo: any rendition of the original (a thumbnail will do, or none), upright, unturned;
    // original: the original's pixel size, which the presets' ratios are measured on.
    CropDialog(const QImage &photo, const QSize &original, const QRectF &crop, int rotation,
               QWidget *parent = nullptr);

    // The photo arrived after the dialog opened (its thumbnail was being made).
    void setPhoto(const QImage &photo);
    QRectF crop() const { return m_crop; }
    int rotation() const { return m_rotation; }
    void setAspect(Aspect aspect);
    void turn(int degrees);

private:
    // The largest centred crop of the aspect in the turned photo.
    QRectF presetCrop(Aspect aspect) const;
    void setCrop(const QRectF &crop);
    void spinChanged();
    void updatePreview();

    QImage m_photo;
    QSize m_original;
    QRectF m_crop;
    int m_rotation = 0;
    bool m_updating = false;
    QLabel *m_preview;
    QComboBox *m_aspect;
    QDoubleSpinBox *m_left, *m_top, *m_width, *m_height;
};

} // namespace copydesk
