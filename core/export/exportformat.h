#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace copydesk {

class ExportWriter;

// The one table of export formats: command-line names, display names, file names, and the
// writer of each. Core registers its writers; the GUI library adds the PDF writer (Qt
// WebEngine), so without it PDF is listed as unavailable.
class ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ExportFormat)

public:
    enum Id { Html, HtmlZip, HtmlSingle, Pdf, Docx, Odt, Markdown, Json, Nitf, NewsMl, WeChat };

    static QList<Id> all();
    // "html", "zip", "html-single", "pdf", "docx", "odt", "md", "json", "nitf", "newsml", "wechat".
    static QString name(Id format);
    static bool fromName(const QString &name, Id *format);
    // Translated, for menus: "HTML folder", "Word document (.docx)", ...
    static QString displayName(Id format);
    // What an export creates inside the chosen folder for an article named name (already a
    // SafeFileName): the folder "name" (html) or a file such as "name.docx", "name.nitf.xml".
    static QString outputName(Id format, const QString &name);
    static bool isFolder(Id format);
    // Markdown, NITF and NewsML refer to their photos as files in the images/ folder beside
    // them, named after the photo's content (images/<16 hex digits>.jpg), so exports of several
    // articles into one folder share it without clashes.
    static bool hasImageFiles(Id format);
    // The revision reason recorded after a successful export, e.g. "exported to Word (.docx)".
    static QString revisionReason(Id format);

    // The format's writer; null while none is registered (PDF without the GUI library).
    static const ExportWriter *writer(Id format);
    static bool isAvailable(Id format) { return writer(format) != nullptr; }
    // Call at start-up on the main thread, before any export.
    static void setWriter(Id format, std::shared_ptr<const ExportWriter> writer);
};

} // namespace copydesk
