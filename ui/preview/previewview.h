#pragma once

#include "model/article.h"
#include "model/sitesettings.h"
#include "render/renderer.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWebEngineView>

#include <memory>
#include <optional>

namespace copydesk {

class Store;

// The live page preview: the renderer's exact page in a locked-down WebEngine view. The page is
// rendered on a worker thread, the blocks that did not change taken from the last rendering
// (Renderer::renderParts), and only the changed blocks are patched into the page (PreviewPatch).
class PreviewView : public QWebEngineView
{
    Q_OBJECT

public:
    enum class Width { Desktop, Phone };

    explicit PreviewView(const Store *store, QWidget *parent = nullptr);
    ~PreviewView() override;

    // Renders the article (off the UI thread); after the first load only the blocks that changed
    // are replaced, keeping the scroll position. rendered() follows once the page shows it.
    void showArticle(const Article &article);
    // True while the last article handed over is being rendered or put into the page.
    bool isRefreshing() const;
    void clear();
    // Brings the body's index-th block into view when it is off screen (the block being edited).
    void scrollToBlock(int index);
    void setPreviewWidth(Width width);
    Width previewWidth() const { return m_width; }
    // Dark follows the view's palette: the page gets the theme's dark colours (class
    // "copydesk-dark" on its root element), which published pages never have.
    bool isDark() const { return m_dark; }
    // The page as the renderer wrote it that the preview shows or is loading (for tests and
    // export parity checks; the page itself also holds PreviewPatch's comment markers).
    QString currentHtml() const;

signals:
    void rendered();

protected:
    void changeEvent(QEvent *event) override;

private:
    // One rendering: in parts (Renderer::renderParts), or whole for a theme that cannot be cut.
    struct Rendering
    {
        bool inParts = false;
        Renderer::Parts parts;
        QString html;
        QList<Block> blocks; // the article's, to lend the next rendering its unchanged blocks
        quint64 generation = 0;
        bool operator==(const Rendering &other) const;
    };
    struct Look
    {
        bool dark = false;
        Width width = Width::Desktop;
    };

    static Rendering render(const Article &article, const SiteSettings &site, Look look, const Rendering &previous);
    void startRendering();
    void renderingDone();
    void showRendering(const Rendering &rendering);
    void loadFull(const QString &html);
    void followPalette();
    // Renders the whole page again (not the in-place swap) after a change outside the body.
    void renderAgain();

    const Store *m_store;
    Article m_article;
    bool m_hasArticle = false;
    QThreadPool m_pool; // one thread: renderings in order, never behind other work
    QFutureWatcher<Rendering> *m_watcher;
    bool m_renderNext = false; // the article changed while a rendering ran
    quint64 m_generation = 0;  // renderings started before clear() are dropped
    Rendering m_shown;         // what the page shows or is loading
    bool m_hasShown = false;
    int m_patches = 0; // scripts sent and not yet back
    // A rendering done while a script was still out: sent when it is back, so that the page
    // takes one change at a time instead of a queue of them.
    std::optional<Rendering> m_held;
    bool m_loaded = false;
    bool m_loading = false;
    QString m_pendingHtml;
    int m_followBlock = -1;
    Width m_width = Width::Desktop;
    bool m_dark = false;
    // False from the moment this view starts to go: the page, deleted after it, still calls its
    // pending script callbacks.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace copydesk
