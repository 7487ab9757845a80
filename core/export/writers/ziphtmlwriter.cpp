#include "export/writers/ziphtmlwriter.h"

#include "export/exportfiles.h"
#include "export/htmlexporter.h"
#include "export/zipwriter.h"
#include "text/safefilename.h"

#include <QIODevice>

namespace copydesk {

bool ZipHtmlWriter::write(const Job &job, QString *error) const
{
    HtmlExporter::Options options;
    options.rendition = job.options.rendition;
    options.theme = job.options.theme;
    const QString folder = SafeFileName::fromTitle(job.article.title);
    return ExportFiles::saveFile(job.target, [&](QIODevice *device, QString *why) {
        ZipWriter zip(device);
        // Photos are compressed already: stored as they are; the page and its CSS deflated.
        const HtmlExporter::FileSink intoZip = [&](const QString &relative, const QByteArray &bytes, QString *e) {
            return zip.add(folder + QLatin1Char('/') + relative, bytes,
                           relative.startsWith(QLatin1String("images/")), e);
        };
        return HtmlExporter::writePage(*job.store, job.article, options, intoZip, why,
                                       job.progress)
            && zip.finish(why);
    }, error);
}

} // namespace copydesk
