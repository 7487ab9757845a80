#pragma once

#include "media/imagerendition.h"
#include "render/theme.h"

#include <QString>

#include <functional>

namespace copydesk {

class Store;

// Exports one stored article as a self-contained folder: index.html, style.css and
// images/NN.<ext> web renditions. Writes into a temporary sibling folder and renames it into
// place at the end, so a failure or cancel never leaves a half export behind.
class HtmlExporter
{
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

    // Creates <parentDir>/<SafeFileName::fromTitle(title)>/ and returns its path in *outDir.
    // Reads the article and its photos from the store only. Fails with a readable error for a
    // missing or read-only parentDir, an unknown article, a photo missing from the store, an
    // existing folder (unless options.overwrite), a write error or a cancel.
    bool exportArticle(const Store &store, qint64 articleId, const QString &parentDir,
                       const Options &options, QString *outDir, QString *error,
                       const ProgressFunction &progress = {}) const;
};

} // namespace copydesk
