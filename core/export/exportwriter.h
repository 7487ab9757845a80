#pragma once

#include "export/articleexporter.h"
#include "model/article.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace copydesk {

class ExportDocument;
class Store;

// How one export format writes an article: the interface behind ExportFormat's table, which
// ArticleExporter, the CLI, the export dialog and the tests all read. The default write() saves
// what render() makes as one file (with the shared images/ of the formats that refer to photo
// files), atomically; formats that write a folder or stream their output override write().
class ExportWriter
{
public:
    // What a writer gets: the stored article, its photos' renditions when needsDocument(), the
    // options, and where to write (target: the file, or for a folder format the folder).
    struct Job
    {
        const Store *store = nullptr;
        Article article;
        const ExportDocument *document = nullptr;
        ArticleExporter::Options options;
        QString parentDir;
        QString target;
        // The writer's own steps, done of total; false to cancel.
        std::function<bool(int done, int total)> progress;
    };

    virtual ~ExportWriter() = default;
    // Whether the job needs the article's photos rendered (ExportDocument).
    virtual bool needsDocument() const { return true; }
    // Markdown, NITF and NewsML refer to their photos as files in images/ beside them.
    virtual bool hasImageFiles() const { return false; }
    // The file's bytes.
    virtual bool render(const Job &job, QByteArray *bytes, QString *error) const;
    virtual bool write(const Job &job, QString *error) const;
};

} // namespace copydesk
