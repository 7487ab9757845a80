#include "export/writers/singlehtmlwriter.h"

#include "export/exportdocument.h"
#include "render/renderer.h"

namespace copydesk {

QString SingleHtmlWriter::html(const ExportDocument &document, const Theme &theme, QString *error)
{
    Article article = document.article();
    // The page states the renditions' sizes, not the originals'.
    for (Block &block : article.blocks) {
        if (const ExportImage *image = document.image(block)) {
            block.width = image->size.width();
            block.height = image->size.height();
        }
    }
    Renderer::Options options;
    options.inlineStylesheet = true;
    options.imageUrl = [&document](const Block &block) {
        const ExportImage *image = document.image(block);
        return image ? image->dataUri() : QString();
    };
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
