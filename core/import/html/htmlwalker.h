#pragma once

#include "import/html/htmlcontext.h"
#include "import/html/htmlconverter.h"
#include "import/html/htmlimages.h"
#include "import/html/htmlpiece.h"
#include "import/html/htmltextbuilder.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <gumbo.h>

#include <functional>

namespace copydesk {

// Walks gumbo's tree once, depth first without recursion: each element sets the context of its
// content (marks, heading, list, caption hints), text becomes pieces, pictures pending photos.
class HtmlWalker
{
public:
    explicit HtmlWalker(const HtmlConverter::Options &options) : m_options(options) {}

    void run(const GumboNode *root);

    QList<HtmlPiece> pieces;
    QList<HtmlImages::Pending> pending;
    QStringList warnings;
    QHash<int, int> sizes; // characters per size (half px) over the whole document

private:
    void text(const QString &content);
    void flush();

    int newId() { return ++m_ids; }

    // Sets the context for the element's content; false drops the element and its content.
    bool enter(const GumboElement &element, bool *block);
    void image(const GumboElement &element, const QHash<QString, QString> &style);
    int pendingIndex(const QString &src, const std::function<HtmlImages::Pending()> &make);
    QString pendingFor(const QString &src, const std::function<HtmlImages::Pending()> &make);

    // The local file a src names: a file: URL, a Windows path, or a relative path under baseDir.
    QString localPath(const QString &src) const;

    // A document's pictures are read from its own folder and below only: a page saved from the
    // web must not pull other local files into an article. (Pasted HTML has no folder: Word and
    // WPS put its pictures in temporary files anywhere.)
    bool insideBaseDir(const QString &path) const;

    const HtmlConverter::Options &m_options;
    HtmlContext m_context;
    HtmlContext m_pieceContext;
    HtmlTextBuilder m_builder;
    QString m_marker;
    QHash<QString, int> m_pendingBySrc;
    int m_ids = 0;
};

} // namespace copydesk
