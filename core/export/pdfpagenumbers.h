#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace copydesk {

// Stamps "n / N" centred at the foot of every page of a PDF with an incremental update (the
// original bytes stay as they are; new page dictionaries, one content stream per page and a
// standard Helvetica font are appended with their own xref section). For PDFs with a classic
// xref table, as Chromium (Skia) writes them; others are refused and left untouched.
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
