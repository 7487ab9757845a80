#include "export/writers/singlehtmlwriter.h"

#include "export/exportdocument.h"
#include "render/renderer.h"

#include <QHash>

namespace copydesk {

QString SingleHtmlWriter::html(const ExportDocument &document, const Theme &theme, QString *error)
{
    Article article = document.article();
    // The page states the renditions' sizes, not the originals'; renditions are cropped already.
    // The renderer hands the imageUrl function the article's own blocks.
    QHash<const Block *, QString> uris;
    for (Block &block : article.blocks) {
        if (const ExportImage *image = document.image(block)) {
            uris.insert(&block, image->dataUri());
            block.width = image->size.width();
            block.height = image->size.height();
            block.crop = QRectF();
            block.rotation = 0;
        }
    }
    Renderer::Options options;
    options.inlineStylesheet = true;
    options.imageUrl = [&uris](const Block &block) { return uris.value(&block); };
    return Renderer(theme).render(article, document.site(), options, error);
}

bool SingleHtmlWriter::render(const Job &job, QByteArray *bytes, QString *error) const
{
    QString renderError;
    *bytes = html(*job.document, job.options.theme, &renderError).toUtf8();
    if (renderError.isEmpty())
        return true;
    *error = ArticleExporter::tr("Cannot export: %1").arg(renderError);
    return false;
}

} // namespace copydesk
