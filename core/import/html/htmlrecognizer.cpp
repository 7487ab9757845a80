#include "import/html/htmlrecognizer.h"

#include "import/copyrules.h"
#include "import/framemetadata.h"
#include "import/html/htmlassembler.h"
#include "import/html/htmlgumbo.h"

#include <QRegularExpression>

#include <algorithm>

namespace copydesk {

QString HtmlRecognizer::documentTitle(const GumboNode *root)
{
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
            continue;
        if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_TITLE
            && node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) {
            QString text;
            const GumboVector &children = node->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                const auto *child = static_cast<const GumboNode *>(children.data[i]);
                if (child->type == GUMBO_NODE_TEXT)
                    text += HtmlGumbo::utf8(child->v.text.text);
            }
            return cleanDocumentTitle(text);
        }
        if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_BODY)
            continue;
        const GumboVector &children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                                                       : node->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return {};
}

void HtmlRecognizer::recognize(Article *article, QList<Block> *blocks, const QSet<int> &subtitleStyled,
                               const QString &pageTitle, const HtmlConverter::Options &options,
                               QHash<int, int> *rawLevels)
{
    FrameMetadata meta;
    QList<bool> keep(blocks->size(), true);
    qsizetype i = 0;
    if (options.recognizeTitle) {
        while (i < blocks->size() && isFrameCandidate(blocks->at(i))
               && ((options.recognizeMetadata && meta.takeFrameLine(CopyRules::trimmed(blocks->at(i).text.text)))
                   || !CopyRules::hasLetterOrNumber(blocks->at(i).text.text))) {
            keep[i] = false;
            ++i;
        }
        const bool titleLike = i < blocks->size()
            && (blocks->at(i).type == Block::Type::Heading
                || (blocks->at(i).type == Block::Type::Paragraph
                    && CopyRules::visibleLength(blocks->at(i).text.text) <= 100
                    && !blocks->at(i).text.text.contains(u'\n')));
        if (titleLike) {
            article->title = CopyRules::trimmed(blocks->at(i).text.text).simplified();
            keep[i] = false;
            ++i;
            if (i < blocks->size() && subtitleStyled.contains(int(i))) {
                article->subtitle = CopyRules::trimmed(blocks->at(i).text.text).simplified();
                keep[i] = false;
                ++i;
            }
        } else {
            article->title = pageTitle;
        }
    }
    if (options.recognizeMetadata) {
        qsizetype end = blocks->size();
        while (end > i && isFrameCandidate(blocks->at(end - 1))
               && FrameMetadata::isFrameLine(CopyRules::trimmed(blocks->at(end - 1).text.text)))
            --end;
        bool head = true;
        for (qsizetype k = i; k < blocks->size(); ++k) {
            const Block &block = blocks->at(k);
            const QString line = CopyRules::trimmed(block.text.text);
            if (!isFrameCandidate(block)) {
                head = head && block.type != Block::Type::List;
                continue;
            }
            head = head && line.size() <= 60 && !CopyRules::endsSentence(line);
            QString url;
            if (k >= end || (head && meta.takeFrameLine(line))) {
                if (k >= end)
                    meta.takeFrameLine(line);
                keep[k] = false;
            } else if (CopyRules::isDisclaimer(line, &url)) {
                meta.setUrl(url);
                keep[k] = false;
            } else if (CopyRules::isOriginalTitle(line)) {
                keep[k] = false;
            }
        }
    }
    QList<Block> kept;
    QHash<int, int> levels;
    for (qsizetype k = 0; k < blocks->size(); ++k) {
        if (!keep.at(k))
            continue;
        if (rawLevels->contains(int(k)))
            levels.insert(int(kept.size()), rawLevels->value(int(k)));
        kept.append(blocks->at(k));
    }
    *blocks = kept;
    *rawLevels = levels;
    if (options.recognizeMetadata) {
        QString lead;
        for (const Block &block : std::as_const(*blocks)) {
            if (block.type == Block::Type::Paragraph) {
                lead = block.text.text;
                break;
            }
        }
        meta.applyTo(article, lead);
    }
}

void HtmlRecognizer::applyTextRules(QList<Block> *blocks, bool captions, QHash<int, int> *rawLevels)
{
    const bool structured = std::any_of(blocks->cbegin(), blocks->cend(), [](const Block &block) {
        return block.type == Block::Type::Heading || block.type == Block::Type::Image;
    });
    if (structured || std::count_if(blocks->cbegin(), blocks->cend(), isProse) < 2)
        return;
    for (qsizetype i = 0; i < blocks->size(); ++i) {
        Block &block = (*blocks)[i];
        if (block.type != Block::Type::Paragraph || !block.text.marks.isEmpty() || block.text.text.contains(u'\n'))
            continue;
        const bool beforeProse = i + 1 < blocks->size() && isProse(blocks->at(i + 1));
        const QString line = CopyRules::trimmed(block.text.text);
        QString caption;
        if (captions && CopyRules::captionFromMarker(line, &caption)) {
            block = CopyRules::captionPlaceholder(caption);
            continue;
        }
        switch (CopyRules::classify(line)) {
        case CopyRules::LineKind::Heading:
            if (beforeProse) {
                block = Block::heading(line, 2);
                rawLevels->insert(int(i), 0);
            }
            break;
        case CopyRules::LineKind::Caption:
            if (captions)
                block = CopyRules::captionPlaceholder(line);
            break;
        case CopyRules::LineKind::Paragraph:
            break;
        }
    }
}

void HtmlRecognizer::assignHeadingLevels(QList<Block> *blocks, const QHash<int, int> &rawLevels)
{
    QList<int> used;
    for (auto it = rawLevels.cbegin(); it != rawLevels.cend(); ++it) {
        if (it.value() > 0 && it.value() != HtmlAssembler::TitleStyle && !used.contains(it.value()))
            used.append(it.value());
    }
    std::sort(used.begin(), used.end());
    for (auto it = rawLevels.cbegin(); it != rawLevels.cend(); ++it) {
        if (it.key() >= blocks->size())
            continue;
        const int raw = it.value();
        int level = 2;
        if (raw == 0)
            level = used.isEmpty() ? 2 : 3;
        else if (raw != HtmlAssembler::TitleStyle)
            level = raw == used.first() ? 2 : 3;
        (*blocks)[it.key()].level = level;
    }
}

QString HtmlRecognizer::cleanDocumentTitle(const QString &title)
{
    const QString text = title.simplified();
    static const QRegularExpression separator(QStringLiteral("\\s+[-–—|]\\s+|_|\\s*[|｜]\\s*"));
    QRegularExpressionMatchIterator it = separator.globalMatch(text);
    qsizetype last = -1;
    qsizetype lastLength = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        last = match.capturedStart();
        lastLength = match.capturedLength();
    }
    if (last > 0 && text.size() - last - lastLength <= 20 && CopyRules::visibleLength(text.left(last)) >= 4)
        return text.left(last).trimmed();
    return text;
}

bool HtmlRecognizer::isFrameCandidate(const Block &block)
{
    return block.type == Block::Type::Paragraph || block.type == Block::Type::Heading;
}

bool HtmlRecognizer::isProse(const Block &block)
{
    return block.type == Block::Type::Paragraph
        && (CopyRules::endsSentence(block.text.text) || CopyRules::visibleLength(block.text.text) > 60);
}

} // namespace copydesk
