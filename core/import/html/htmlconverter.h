#pragma once

#include "import/importedarticle.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace copydesk {

// Maps HTML onto the article model with an HTML5 parser (gumbo), keeping only structure:
// paragraphs, sub-heads, bold, italic, http/https/mailto links, lists (also Word's mso-list
// paragraphs), quotes and photos with their captions. Everything else (fonts, colours, classes,
// scripts, event handlers, styles, forms, frames, objects, Office XML) is read for hints at most
// and never kept. The one converter behind clipboard paste, .html import and the .docx, .odt and
// .md importers (which hand it HTML they build).
//
// Photos: data: URIs, local files and embedded package parts are decoded (in parallel) into
// ImportedArticle::media; a remote (http/https) picture is never fetched: it becomes a placeholder
// whose sourceUrl records where it was. A short caption-like paragraph right after a photo
// (centred, grey or smaller than the body text, "图为…", a figcaption or Word's Caption style)
// becomes its caption; a credit line after it ("摄影:X", "(记者 X 摄)") its credit. Photos without
// such a caption take caption, credit and alt text from their own metadata (PhotoMetadata).
class HtmlConverter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlConverter)

public:
    // Deeper element nesting is refused: HTML5 tree building slows down quadratically with depth.
    static constexpr int MaxNesting = 2000;

    struct Options
    {
        // The first block becomes the title (a subtitle-styled block after it the subtitle); with
        // no suitable block, the document's <title> is used.
        bool recognizeTitle = true;
        // 来源, 作者/记者, 责任编辑 lines above and below the body become the article's fields,
        // a repost notice its canonical URL, and site furniture there is dropped (the plain-text
        // importer's rules, see CopyRules).
        bool recognizeMetadata = true;
        // Paste as plain text: paragraphs only, no marks, headings, lists or photos.
        bool paragraphsOnly = false;
        // Markdown: an image's title attribute is its caption.
        bool imageTitleAsCaption = false;
        // Whether file: URLs and relative paths (resolved under baseDir) are read as photos.
        bool readLocalFiles = true;
        // The document's folder: relative image paths lead there, and with it set, no picture
        // outside it (and its subfolders) is read. Empty (a paste): relative paths are not
        // resolved, file: URLs are read wherever they point.
        QString baseDir;
        // Photos inside a package (.docx, .odt): a src starting with embeddedPrefix names a part
        // that readEmbedded reads. It is called on worker threads (photos are read and decoded in
        // parallel), so it must be thread-safe.
        QString embeddedPrefix;
        std::function<bool(const QString &part, QByteArray *bytes, QString *error)> readEmbedded;
    };

    // Fails only on HTML nested deeper than MaxNesting; *out is untouched then. The article is a
    // fresh draft (Article::create()).
    static bool convert(const QString &html, const Options &options, ImportedArticle *out, QString *error);

    // HTML file bytes as text: by byte order mark, else the <meta> charset (a document declaring
    // a legacy charset whose bytes are valid multi-byte UTF-8 is UTF-8), else UTF-8 when valid,
    // else GB18030.
    static QString decode(const QByteArray &bytes);
};

} // namespace copydesk
