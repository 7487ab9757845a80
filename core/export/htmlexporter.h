#pragma once

#include "export/exportwriter.h"
#include "media/imagerendition.h"
#include "render/theme.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace copydesk {

class Store;

// Exports one stored article as a self-contained folder: index.html, style.css and
// images/NN.<ext> web renditions. Writes into a temporary sibling folder and renames it into
// place at the end, so a failure or cancel never leaves a half export behind.
class HtmlExporter : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlExporter)

public:
    struct Options
    {
        ImageRendition::Options rendition;
        Theme theme = Theme::builtin();
        // Replace an existing folder of the same name, but only one that holds nothing except
        // a previous export's index.html, style.css and images/.
        bool overwrite = false;
    };
    // Called on the calling thread; return false to cancel.
    using ProgressFunction = std::function<bool(int done, int total)>;
    // Takes one file of the page: its path inside the export ("index.html", "images/01.jpg").
    using FileSink = std::function<bool(const QString &relative, const QByteArray &bytes, QString *error)>;

    // The page's files into sink, in order: the photos' web renditions (made in parallel,
    // handed over in article order), then index.html and style.css. The folder export and the
    // zipped one (written straight into the zip) both use it.
    static bool writePage(const Store &store, Article article, const Options &options,
                          const FileSink &sink, QString *error, const ProgressFunction &progress = {});

    // Creates <parentDir>/<SafeFileName::fromTitle(title)>/ and returns its path in *outDir.
    // Reads the article and its photos from the store only. Fails with a readable error for a
    // missing or read-only parentDir, an unknown article, a photo missing from the store, an
    // existing folder (unless options.overwrite), a write error or a cancel.
    bool exportArticle(const Store &store, qint64 articleId, const QString &parentDir,
                       const Options &options, QString *outDir, QString *error,
                       const ProgressFunction &progress = {}) const;

    bool needsDocument() const override { return false; }
    bool write(const Job &job, QString *error) const override;
};

} // namespace copydesk
