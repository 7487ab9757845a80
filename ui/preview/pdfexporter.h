#pragma once

#include "export/articleexporter.h"

#include <QCoreApplication>

namespace copydesk {

class ExportDocument;

// PDF export through Qt WebEngine's printToPdf: the single-file page (photos as data: URIs)
// with a print stylesheet (A4, margins, captions kept with their photos), loaded from a private
// temporary file with scripts off and every other request blocked; page numbers are stamped
// into the PDF afterwards (Chromium in Qt 6.4 has neither @page margin boxes nor a footer
// option). Needs a QApplication; runs a local event loop on the main thread.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    // Registers write() as ArticleExporter's PDF writer.
    static void install();
    // The PDF bytes of the document (without writing a file).
    static bool render(const ExportDocument &document, const ArticleExporter::Options &options,
                       QByteArray *pdf, QString *error);
    // Renders and saves to path through a temporary file.
    static bool write(const ExportDocument &document, const ArticleExporter::Options &options,
                      const QString &path, QString *error, const ArticleExporter::ProgressFunction &progress);
    // The extra CSS for print: page size and margins, photos and captions kept together.
    static QString printStylesheet();
};

} // namespace copydesk
