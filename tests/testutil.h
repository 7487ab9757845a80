#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace copydesk::test {

// Absolute path of a file under ../shared (the shared sample and standards).
QString sharedPath(const QString &relative);
// The shared sample article text, from its title on (the masthead slogans dropped).
QString sampleArticleText();
// A generated photo-like image (gradients and shapes) of the given size.
QImage makePhoto(int width, int height, int seed = 0);
// Encodes an image; format is "jpeg", "png", ...
QByteArray encode(const QImage &image, const char *format, int quality = 90);

} // namespace copydesk::test
