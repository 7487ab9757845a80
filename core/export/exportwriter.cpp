#include "export/exportwriter.h"

#include "export/exportdocument.h"
#include "export/exportfiles.h"

namespace copydesk {

bool ExportWriter::render(const Job &, QByteArray *, QString *error) const
{
    *error = ArticleExporter::tr("Cannot export: this format writes no single file.");
    return false;
}

bool ExportWriter::write(const Job &job, QString *error) const
{
    QByteArray bytes;
    if (!render(job, &bytes, error))
        return false;
    if (job.progress && !job.progress(1, 1)) {
        *error = ArticleExporter::tr("Export cancelled.");
        return false;
    }
    // A failed export leaves nothing behind: photos it wrote go again with the file.
    QStringList created;
    if (hasImageFiles() && job.document
        && !ExportFiles::saveSharedImages(job.parentDir, job.document->images(), job.options.overwrite,
                                          &created, error))
        return false;
    if (!ExportFiles::saveFile(job.target, bytes, error)) {
        ExportFiles::removeCreated(created);
        return false;
    }
    return true;
}

} // namespace copydesk
