#pragma once

#include "export/articleexporter.h"
#include "export/exportwriter.h"

#include <QCoreApplication>

#include <functional>

namespace copydesk {

class ExportDocument;

// PDF export through Qt WebEngine's printToPdf: the single-file page (photos as data: URIs)
// with the theme's print stylesheet (A4 or Letter, margins, captions kept with their photos,
// TrueType CJK fonts so that Chromium embeds CID fonts), written to a private temporary file
// and printed by the warm PdfRenderer; page numbers are stamped into the PDF afterwards
// (Chromium in Qt 6.4 has neither @page margin boxes nor a footer option), then the document
// information (PdfDocumentInfo). Needs a QApplication.
class PdfExporter : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    // Registers a PdfExporter as ExportFormat's PDF writer.
    static void install();
    // The PDF bytes of the document. Callable on any thread; the main thread's event loop must
    // run meanwhile (it does where the caller is the main thread: a local loop). progress is
    // asked now and then; false cancels (error then stays as progress left it, or "cancelled").
    static bool pdf(const ExportDocument &document, const ArticleExporter::Options &options,
                    QByteArray *out, QString *error, const std::function<bool()> &progress = {});
    // The extra CSS for print: paper size and margins, then the theme's print.css (photos and
    // captions kept together, print fonts).
    static QString printStylesheet(const Theme &theme, QPageSize::PageSizeId paper);

    bool render(const Job &job, QByteArray *bytes, QString *error) const override;
};

} // namespace copydesk
