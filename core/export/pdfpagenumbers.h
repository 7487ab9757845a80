#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace copydesk {

// Stamps "n / N" centred at the foot of every page of a PDF (9 pt, grey, in an embedded subset of
// DejaVu Sans: PageNumberFont), as Chromium (Skia) writes them, with qpdf: the document is
// rewritten, its own streams copied as they are. Damaged and encrypted PDFs are refused.
class PdfPageNumbers
{
    Q_DECLARE_TR_FUNCTIONS(PdfPageNumbers)

public:
    // On failure *pdf is unchanged.
    static bool stamp(QByteArray *pdf, QString *error);
    // The page numbers' baseline above the page's bottom edge, in points.
    static constexpr double BaselinePt = 28;
};

} // namespace copydesk
