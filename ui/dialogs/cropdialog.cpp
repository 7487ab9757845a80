#include "dialogs/cropdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTransform>
#include <QVBoxLayout>

namespace copydesk {

CropDialog::CropDialog(const QImage &photo, const QSize &original, const QRectF &crop, int rotation, QWidget *parent)
    : QDialog(parent), m_photo(photo), m_original(original.isEmpty() ? photo.size() : original), m_rotation(((rotation % 360) + 360) % 360 / 90 * 90)
{
    setObjectName(QStringLiteral("cropDialog"));
    setWindowTitle(tr("Crop and Turn"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("cropPreview"));
    m_preview->setAccessibleName(tr("Crop preview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(480, 360);

    m_aspect = new QComboBox(this);
    m_aspect->setObjectName(QStringLiteral("cropAspect"));
    m_aspect->setAccessibleName(tr("Aspect ratio"));
    m_aspect->addItems({tr("Free"), QStringLiteral("16:9"), QStringLiteral("4:3"), QStringLiteral("3:2"), QStringLiteral("1:1")});
    auto *left = new QPushButton(tr("Turn &Left"), this);
    left->setObjectName(QStringLiteral("turnLeftButton"));
    auto *right = new QPushButton(tr("Turn &Right"), this);
    right->setObjectName(QStringLiteral("turnRightButton"));
    auto *reset = new QPushButton(tr("Re&set"), this);
    reset->setObjectName(QStringLiteral("resetCropButton"));

    // The crop in per cent of the turned photo, for the keyboard and exact values.
    const auto spin = [this](const char *name, const QString &label) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setRange(0, 100);
        box->setDecimals(1);
        box->setSuffix(QStringLiteral(" %"));
        box->setAccessibleName(label);
        connect(box, &QDoubleSpinBox::valueChanged, this, &CropDialog::spinChanged);
        return box;
    };
    m_left = spin("cropLeft", tr("Left"));
    m_top = spin("cropTop", tr("Top"));
    m_width = spin("cropWidth", tr("Width"));
    m_height = spin("cropHeight", tr("Height"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Aspect:"), m_aspect);
    form->addRow(tr("L&eft:"), m_left);
    form->addRow(tr("&Top:"), m_top);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    auto *turns = new QHBoxLayout;
    turns->addWidget(left);
    turns->addWidget(right);
    turns->addWidget(reset);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *side = new QVBoxLayout;
    side->addLayout(form);
    side->addLayout(turns);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_preview, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);

    connect(m_aspect, &QComboBox::currentIndexChanged, this, [this](int index) { setAspect(Aspect(index)); });
    connect(left, &QPushButton::clicked, this, [this] { turn(-90); });
    connect(right, &QPushButton::clicked, this, [this] { turn(90); });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_rotation = 0;
        m_aspect->setCurrentIndex(int(Aspect::Free));
        setCrop(QRectF(0, 0, 1, 1));
    });
    setCrop(crop.isValid() ? crop : QRectF(0, 0, 1, 1));
    m_aspect->setFocus();
}

void CropDialog::setAspect(Aspect aspect)
{
    if (m_aspect->currentIndex() != int(aspect))
        m_aspect->setCurrentIndex(int(aspect)); // comes back here through the signal
    else
        setCrop(presetCrop(aspect));
}

void CropDialog::turn(int degrees)
{
    m_rotation = (((m_rotation + degrees) % 360) + 360) % 360;
    // The old crop does not fit the turned photo: the preset's fits it again.
    setCrop(presetCrop(Aspect(m_aspect->currentIndex())));
}

QRectF CropDialog::presetCrop(Aspect aspect) const
{
    static const qreal ratios[] = {0, 16.0 / 9, 4.0 / 3, 3.0 / 2, 1};
    const qreal ratio = ratios[int(aspect)];
    QSizeF size = m_original;
    if (m_rotation % 180)
        size.transpose();
    if (ratio <= 0 || size.isEmpty())
        return QRectF(0, 0, 1, 1);
    const qreal photoRatio = size.width() / size.height();
    // A landscape preset on a portrait photo is taken upright (4:3 → 3:4), as editors expect.
    const qreal usedRatio = photoRatio < 1 && ratio > 1 ? 1 / ratio : ratio;
    if (photoRatio > usedRatio) {
        const qreal width = usedRatio / photoRatio;
        return QRectF((1 - width) / 2, 0, width, 1);
    }
    const qreal height = photoRatio / usedRatio;
    return QRectF(0, (1 - height) / 2, 1, height);
}

void CropDialog::setCrop(const QRectF &crop)
{
    m_crop = crop.intersected(QRectF(0, 0, 1, 1));
    if (m_crop.isEmpty())
        m_crop = QRectF(0, 0, 1, 1);
    m_updating = true;
    m_left->setValue(m_crop.x() * 100);
    m_top->setValue(m_crop.y() * 100);
    m_width->setValue(m_crop.width() * 100);
    m_height->setValue(m_crop.height() * 100);
    m_updating = false;
    updatePreview();
}

void CropDialog::spinChanged()
{
    if (m_updating)
        return;
    const QRectF typed(m_left->value() / 100, m_top->value() / 100, m_width->value() / 100, m_height->value() / 100);
    m_crop = typed.intersected(QRectF(0, 0, 1, 1));
    if (m_crop.isEmpty())
        m_crop = QRectF(0, 0, 1, 1);
    updatePreview();
}

void CropDialog::setPhoto(const QImage &photo)
{
    m_photo = photo;
    updatePreview();
}

void CropDialog::updatePreview()
{
    if (m_photo.isNull()) {
        m_preview->setText(tr("The photo is not available; the crop still applies."));
        return;
    }
    const QImage turned = m_photo.transformed(QTransform().rotate(m_rotation));
    QImage shown = turned.scaled(m_preview->minimumSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation)
                           .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&shown);
    const QRectF cropRect(m_crop.x() * shown.width(), m_crop.y() * shown.height(), m_crop.width() * shown.width(),
                          m_crop.height() * shown.height());
    // What the crop leaves out, dimmed; the crop's edge drawn.
    QPainterPath outside;
    outside.addRect(QRectF(shown.rect()));
    outside.addRect(cropRect);
    painter.fillPath(outside, QColor(0, 0, 0, 140));
    painter.setPen(QPen(Qt::white, 2, Qt::DashLine));
    painter.drawRect(cropRect.adjusted(1, 1, -1, -1));
    painter.end();
    m_preview->setPixmap(QPixmap::fromImage(shown));
}

} // namespace copydesk
