#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace copydesk {

// The font of the stamped page numbers, so that every font of the exported PDF is embedded:
// DejaVu Sans (fonts-dejavu-core, on every Debian desktop) cut down with HarfBuzz's subsetter to
// the characters of "12 / 34" (about 3 KB), for a simple TrueType font with WinAnsi codes.
class PageNumberFont
{
    Q_DECLARE_TR_FUNCTIONS(PageNumberFont)

public:
    static constexpr int FirstChar = 32; // space; '/' is 47, the digits 48..57
    static constexpr int LastChar = 57;

    QByteArray program;  // the TrueType font file (FontFile2)
    QList<int> widths;   // advances of FirstChar..LastChar in thousandths of the size
    int ascent = 0;      // in thousandths of the size
    int descent = 0;     // negative

    // The cut-down font from fontFile; false with a reason when the file is missing or not a font.
    static bool load(const QString &fontFile, PageNumberFont *font, QString *error);
    static QString defaultFile();
    // The width of a label of those characters, in points at size.
    double width(const QByteArray &label, double size) const;
};

} // namespace copydesk
