#pragma once

#include "import/importedarticle.h"

#include <QString>
#include <QXmlStreamReader>

namespace copydesk {

// What the importers of zip packages (.docx, .odt) share: reading their XML, and handing the HTML
// they build from it to HtmlConverter with the package's photos.
class PackageImport
{
public:
    // An attribute by local name, whatever its prefix (w:val, r:embed, r:id, ...).
    static QString attribute(const QXmlStreamReader &xml, const char *name);

    static QString escape(const QString &text);

    // Converts bodyHtml, the content of a <body>; an image src starting with embeddedPrefix names
    // a part of the package at path, each read on a worker thread through a package of its own.
    static bool convert(const QString &path, const QString &embeddedPrefix, const QString &bodyHtml,
                        ImportedArticle *out, QString *error);
};

} // namespace copydesk
