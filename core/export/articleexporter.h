#pragma once

#include "model/article.h"
#include "export/exportformat.h"
#include "media/imagerendition.h"
#include "render/theme.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

#include <functional>

namespace copydesk {

class ExportDocument;
class Store;

// Exports one stored article to any ExportFormat inside a chosen folder and records a revision
// "exported to …". Output names come from the title (SafeFileName::fromTitle); nothing is
// written outside the folder, nothing is overwritten unless allowed, and every file goes
// through a temporary file renamed into place, so an error or a cancel leaves no half file and
// the store untouched. Reads the store only: the GUI flushes pending edits (Autosaver::flush)
// first. Each format's writer comes from ExportFormat's table; PDF needs Qt WebEngine, which
// core does not use: the GUI library registers that writer.
class ArticleExporter
{
    Q_DECLARE_TR_FUNCTIONS(ArticleExporter)

public:
    struct Options
    {
        ImageRendition::Options rendition;
        Theme theme = Theme::builtin();
        // Replace an existing output of the same name (a plain file; for the HTML folder only
        // a previous export).
        bool overwrite = false;
        // Record the "exported to …" revision after a successful export.
        bool recordRevision = true;
        // The paper of the PDF export.
        QPageSize::PageSizeId paper = QPageSize::A4;
    };
    // Called on the calling thread with done in 0..total; return false to cancel.
    using ProgressFunction = std::function<bool(int done, int total)>;
    // *outPath: the HTML folder, or the file written. Fails with a readable error for a missing,
    // non-folder or read-only parentDir, an unknown article, a photo missing from the store, an
    // existing output (unless options.overwrite), a write error (disk full) or a cancel.
    bool exportArticle(Store *store, qint64 articleId, ExportFormat::Id format,
                       const QString &parentDir, const Options &options, QString *outPath,
                       QString *error, const ProgressFunction &progress = {}) const;

    // The WeChat rich text of a stored article (the GUI's "Copy for WeChat").
    static bool weChatHtml(const Store &store, qint64 articleId, const Options &options,
                           QString *html, QString *error);
};

} // namespace copydesk
