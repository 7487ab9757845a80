#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QPDF;

namespace copydesk {

// Changes a PDF in memory with qpdf: reads it (a damaged or encrypted file is refused, not
// rebuilt by guesswork), lets edit change the document, and writes it back with the original
// streams (Chromium's compressed drawing, the photos) copied as they are. qpdf's exceptions stay
// inside; on failure *pdf is unchanged and *error says why.
class PdfRewrite
{
    Q_DECLARE_TR_FUNCTIONS(PdfRewrite)

public:
    // edit returns false with *error set to refuse.
    using Edit = std::function<bool(QPDF &document, QString *error)>;

    static bool apply(QByteArray *pdf, QString *error, const Edit &edit);
};

} // namespace copydesk
