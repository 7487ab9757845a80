#pragma once

#include "import/importedarticle.h"

#include <QCoreApplication>
#include <QString>

namespace copydesk {

// Reads Markdown (CommonMark, via cmark) into the article model through HtmlConverter: "# " is
// the title, ![alt](src "title") a photo whose title is its caption (local files relative to the
// document are imported, web pictures become placeholders recording their URL). A leading YAML
// front matter block may give title, subtitle, author, source and editor.
class MarkdownImporter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownImporter)

public:
    static constexpr qint64 MaxFileSize = 20 * 1024 * 1024;

    // Never fails on text; baseDir is where relative image paths lead (empty: nowhere).
    static ImportedArticle fromMarkdown(const QString &text, const QString &baseDir);
    // UTF-8 (with or without BOM), else GB18030. The error is a reason without the file name.
    static bool read(const QString &path, ImportedArticle *out, QString *error);
};

} // namespace copydesk
