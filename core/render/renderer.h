#pragma once

#include "model/article.h"
#include "model/sitesettings.h"
#include "render/theme.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <string>

namespace copydesk {

// Article + theme → a complete HTML5 page; the one renderer behind preview and every
// HTML-based export. All article and site text is escaped; only markup the renderer built
// itself from escaped pieces reaches the page raw.
class Renderer
{
public:
    // The src of a stored photo (preview: "copydesk-media:<sha>", export: "images/01.jpg").
    // An empty result renders the photo as a placeholder.
    using ImageUrlFunction = std::function<QString(const Block &image)>;

    struct Options
    {
        ImageUrlFunction imageUrl;
        QString stylesheetHref = QStringLiteral("style.css");
        bool inlineStylesheet = false; // embed the theme's css in <style> instead of linking
    };

    explicit Renderer(const Theme &theme = Theme::builtin());

    // Never fails hard: a template that cannot render yields a short page naming the
    // problem, and *error (when given) says why; *error is cleared on success.
    QString render(const Article &article, const SiteSettings &site, const Options &options,
                   QString *error = nullptr) const;

    // The page in UTF-8 pieces, in order.
    using ChunkFunction = std::function<void(const std::string &utf8)>;
    // The same page as render(), handed to write piece by piece with the theme's blocks section
    // rendered one block at a time (TemplateSections), so the memory held stays about one
    // block's whatever the article's length. False with *error when the template cannot
    // render; what was written by then is to be discarded.
    bool renderTo(const Article &article, const SiteSettings &site, const Options &options,
                  const ChunkFunction &write, QString *error) const;

    // The page cut where its body blocks are: before + blocks (joined) + after is render()'s page,
    // blocks[i] the markup of article.blocks[i] (empty for a block with nothing to show).
    struct Parts
    {
        QString before;
        QStringList blocks;
        QString after;
        // What of the page the theme's blocks section reads besides its block.
        QString blockContext;
        // How many blocks were rendered, not taken from the previous parts.
        int renderedBlocks = 0;
    };

    // The page in its parts, for a view that replaces only the blocks that changed. previous (the
    // parts of previousBlocks with the same site and options) lends the markup of the blocks equal
    // to theirs at the start and the end of the body, while the page around them reads the same.
    // False when the theme's template does not render its blocks in one {{#blocks}} section
    // (render() then; *error empty) or cannot render (*error says why).
    bool renderParts(const Article &article, const SiteSettings &site, const Options &options, Parts *parts,
                     QString *error = nullptr, const Parts *previous = nullptr,
                     const QList<Block> *previousBlocks = nullptr) const;

    // Escapes & < > " ' and drops code points HTML forbids (controls, lone surrogates,
    // noncharacters).
    static QString escape(const QString &text);

private:
    Theme m_theme;
};

} // namespace copydesk
