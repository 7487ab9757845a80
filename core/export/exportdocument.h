#pragma once

#include "model/article.h"
#include "export/exportimage.h"
#include "media/imagerendition.h"
#include "model/sitesettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

namespace copydesk {

class Store;

// An article loaded for export: the article, the site settings and the web renditions of its
// distinct stored photos (made in parallel). Image blocks keep the originals' sizes; image()
// gives the rendition's.
class ExportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ExportDocument)

public:
    // Called after each photo; return false to cancel.
    using StepFunction = std::function<bool(int photosDone)>;

    // Number of distinct stored photos (the renditions load() will make).
    static int photoCount(const Article &article);

    // Loads the article and makes its renditions. Fails with a readable error for an unknown
    // article, a photo missing from the store or not decodable, or a cancel.
    bool load(const Store &store, qint64 articleId, const ImageRendition::Options &options,
              QString *error, const StepFunction &step = {});
    // The same from an article already in hand (its photos still come from the store).
    bool load(const Store &store, const Article &article, const ImageRendition::Options &options,
              QString *error, const StepFunction &step = {});

    const Article &article() const { return m_article; }
    const SiteSettings &site() const { return m_site; }
    const QList<ExportImage> &images() const { return m_images; }
    // The rendition of a stored photo, or null for a placeholder or unknown media.
    const ExportImage *image(const Block &block) const;

private:
    Article m_article;
    SiteSettings m_site;
    QList<ExportImage> m_images;
    QHash<QString, qsizetype> m_index;
};

} // namespace copydesk
