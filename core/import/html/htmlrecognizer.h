#pragma once

#include "import/html/htmlconverter.h"
#include "model/article.h"
#include "model/block.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <gumbo.h>

namespace copydesk {

// The passes over the assembled blocks that read them as an article: title, subtitle and
// metadata lines, sub-heads and captions of unmarked copy, and the sub-heads' levels.
class HtmlRecognizer
{
public:
    // The document's <title>, without the site's name.
    static QString documentTitle(const GumboNode *root);

    // Title, subtitle and the metadata lines around the body, as the plain-text importer reads them.
    static void recognize(Article *article, QList<Block> *blocks, const QSet<int> &subtitleStyled,
                          const QString &pageTitle, const HtmlConverter::Options &options,
                          QHash<int, int> *rawLevels);

    // HTML that marks no sub-heads and holds no pictures (copy whose look came from a style sheet,
    // text wrapped in <p>) is read as the plain-text importer reads lines: a short line before a
    // paragraph of prose is a sub-head, or (in a document, not a paste, whose first line could be
    // its headline) a caption of a photo to come. Copy with fewer than two paragraphs of prose (a
    // few short lines) is left as it is.
    static void applyTextRules(QList<Block> *blocks, bool captions, QHash<int, int> *rawLevels);

    // Sub-heads take level 2 for the highest level the document uses and 3 below it; bold short
    // lines are level 3 under explicit headings, else 2; title styles left in the body are level 2.
    static void assignHeadingLevels(QList<Block> *blocks, const QHash<int, int> &rawLevels);

private:
    // "标题_新华网", "标题 - 中国日报网", "标题|人民网": the page title without the site's name.
    static QString cleanDocumentTitle(const QString &title);

    // Metadata and furniture lines are paragraphs, or bold ones read as sub-heads ("阅读原文").
    static bool isFrameCandidate(const Block &block);
    static bool isProse(const Block &block);
};

} // namespace copydesk
