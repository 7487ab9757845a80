#pragma once

#include "import/importedarticle.h"

#include <QCoreApplication>
#include <QString>

namespace copydesk {

// Reads an OpenDocument text (.odt, as LibreOffice and WPS write it) into the article model: it
// turns content.xml into plain HTML (paragraphs, heading/title/caption/quote styles, bold,
// italic, links, lists, embedded pictures and LibreOffice's caption frames) that HtmlConverter
// maps onto blocks.
class OdtImporter
{
    Q_DECLARE_TR_FUNCTIONS(OdtImporter)

public:
    // The error is a reason without the file name (ArticleImporter names it). Thread-safe.
    static bool read(const QString &path, ImportedArticle *out, QString *error);
};

} // namespace copydesk
