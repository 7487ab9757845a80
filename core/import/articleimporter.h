#pragma once

#include "import/importedarticle.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace copydesk {


// Imports a reporter's or a web page's file as an article, picking the reader by file type:
// .docx (Word, WPS), .odt, .html/.htm, .md/.markdown, .txt/.text (TextImporter) and .json
// (ArticleJson, with a fresh identity). File ▸ Import and copydesk-cli import both go through it.
class ArticleImporter
{
    Q_DECLARE_TR_FUNCTIONS(ArticleImporter)

public:
    static constexpr qint64 MaxHtmlSize = 100LL * 1024 * 1024; // photos inlined as data: URIs count

    // Lowercase, without the dot.
    static QStringList supportedSuffixes();
    // A QFileDialog name filter, e.g. "Articles (*.docx *.odt …)".
    static QString fileDialogFilter();

    // Reads and converts the file with its photos accepted from their headers (sizes, hashes; no
    // pixel decoded, no thumbnails), touching no store; thread-safe (the
    // GUI may run it in QtConcurrent::run). Errors name the file and say why ("Cannot import
    // x.docx: it is not a zip package …"); *out is untouched on error. out->warnings lists what
    // was left out (photos that could not be used).
    static bool readFile(const QString &path, ImportedArticle *out, QString *error);

};

} // namespace copydesk
