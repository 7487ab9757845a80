#pragma once

#include "model/article.h"

#include <QWebEngineView>

#include <memory>

namespace copydesk {

class Store;

// The live page preview: the renderer's exact page in a locked-down WebEngine view.
class PreviewView : public QWebEngineView
{
    Q_OBJECT

public:
    enum class Width { Desktop, Phone };

    explicit PreviewView(const Store *store, QWidget *parent = nullptr);
    ~PreviewView() override;

    // Renders the article; after the first load only the body is swapped, keeping the scroll position.
    void showArticle(const Article &article);
    void clear();
    // Brings the body's index-th block into view when it is off screen (the block being edited).
    void scrollToBlock(int index);
    void setPreviewWidth(Width width);
    Width previewWidth() const { return m_width; }
    // Dark follows the view's palette: the page gets the theme's dark colours (class
    // "copydesk-dark" on its root element), which published pages never have.
    bool isDark() const { return m_dark; }
    // The last HTML handed to the page (for tests and export parity checks).
    QString currentHtml() const { return m_html; }

signals:
    void rendered();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString renderHtml(const Article &article) const;
    void loadFull(const QString &html);
    void followPalette();
    // Renders the whole page again (not the in-place swap) after a change outside the body.
    void renderAgain();

    const Store *m_store;
    Article m_article;
    bool m_hasArticle = false;
    QString m_html;
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
