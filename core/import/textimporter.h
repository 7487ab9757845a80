#pragma once

#include "import/mastheadlines.h"
#include "model/article.h"

#include <QString>

namespace copydesk {

// Turns pasted or saved plain text (a reporter's copy, a press release, a web page's text) into an Article.
class TextImporter
{
public:
    // Largest file importFile() accepts.
    static constexpr qint64 MaxFileSize = 20 * 1024 * 1024;

    // Never fails: empty input gives an article with an empty title and no blocks. The result is a
    // fresh draft (Article::create) whose title, byline, source, editor, canonicalUrl and blocks come
    // from the text; the text's own punctuation is kept as written. A site's masthead and
    // navigation above the headline are dropped (MastheadLines); titleLine (1-based, blank lines
    // counted) names the headline's line instead, everything above it dropped.
    static Article fromPlainText(const QString &text, int titleLine = 0);
    // The text's non-blank lines as fromPlainText reads them (MastheadLines::end finds the masthead).
    static QList<MastheadLines::Line> lines(const QString &text);

    // Reads a .txt file: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, else GB18030. Refuses
    // missing, empty, binary and larger than MaxFileSize files; *article is untouched on error.
    // text, when given, receives the decoded text.
    static bool importFile(const QString &path, Article *article, QString *error, int titleLine = 0,
                           QString *text = nullptr);
};

} // namespace copydesk
