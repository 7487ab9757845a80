#pragma once

#include "import/importedarticle.h"

#include <QCoreApplication>
#include <QString>

namespace copydesk {

// Reads a Word .docx (also as WPS Office writes one) into the article model: it turns the main
// document part into plain HTML (paragraphs, heading/title/caption/quote styles and outline
// levels, bold, italic, hyperlinks, numbered and bulleted lists, embedded photos) that
// HtmlConverter maps onto blocks with its caption, title and metadata rules.
class DocxImporter
{
    Q_DECLARE_TR_FUNCTIONS(DocxImporter)

public:
    // The error is a reason without the file name (ArticleImporter names it). Thread-safe.
    static bool read(const QString &path, ImportedArticle *out, QString *error);
};

} // namespace copydesk
