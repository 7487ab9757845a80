#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace copydesk {

struct Article;

// The PDF's document information (Title, Author, Subject, Keywords, Creator), written into the
// PDF Chromium printed, with qpdf, as readers and archives show it.
class PdfDocumentInfo
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocumentInfo)

public:
    QString title;
    QString author;   // the byline
    QString subject;  // the subtitle, else the lead's first sentence
    QString keywords; // the tags, comma-separated
    QString creator;  // "Copydesk <version>"

    static PdfDocumentInfo of(const Article &article);
    // Replaces the Info dictionary; on failure *pdf is unchanged.
    bool apply(QByteArray *pdf, QString *error) const;
};

} // namespace copydesk
