#include "testutil.h"


#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QLinearGradient>
#include <QStringList>

namespace copydesk::test {

QString sharedPath(const QString &relative)
{
    return QStringLiteral(COPYDESK_SHARED_DIR "/") + relative;
}

QString sampleArticleText()
{
    QFile file(sharedPath(QStringLiteral("samples/daxiang-womens-federation.txt")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the shared sample: %s", qPrintable(file.fileName()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    return lines.mid(3).join(QLatin1Char('\n'));
}

QImage makePhoto(int width, int height, int seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, width, height);
    gradient.setColorAt(0, QColor::fromHsv((seed * 47) % 360, 160, 230));
    gradient.setColorAt(1, QColor::fromHsv((seed * 47 + 120) % 360, 200, 90));
    painter.fillRect(image.rect(), gradient);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 12; ++i) {
        painter.setBrush(QColor::fromHsv((seed * 31 + i * 29) % 360, 180, 200, 160));
        const int r = qMax(4, qMin(width, height) / (3 + i % 5));
        painter.drawEllipse(QPoint((i * 97 + seed * 13) % qMax(1, width), (i * 61 + seed * 7) % qMax(1, height)), r, r);
    }
    return image;
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        qFatal("cannot encode test image: %s", qPrintable(writer.errorString()));
    return bytes;
}

} // namespace copydesk::test
