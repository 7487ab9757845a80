#include "preview/previewview.h"

#include "preview/mediaschemehandler.h"
#include "preview/mediaurl.h"
#include "preview/previewpage.h"
#include "preview/previewpatch.h"
#include "preview/requestinterceptor.h"
#include "model/sitesettings.h"
#include "store/store.h"
#include "application/appearance.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QtConcurrent>

namespace copydesk {

namespace {

const QUrl PageBase(QStringLiteral("copydesk-media:page"));

} // namespace

PreviewView::~PreviewView()
{
    *m_alive = false;
}

PreviewView::PreviewView(const Store *store, QWidget *parent)
    : QWebEngineView(parent), m_store(store), m_watcher(new QFutureWatcher<Rendering>(this))
{
    m_pool.setMaxThreadCount(1);
    connect(m_watcher, &QFutureWatcher<Rendering>::finished, this, &PreviewView::renderingDone);
    setAccessibleName(tr("Page preview"));
    auto *profile = new QWebEngineProfile; // off the record: nothing written to disk
    profile->setHttpCacheType(QWebEngineProfile::NoCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    profile->installUrlSchemeHandler(MediaUrl::scheme(), new MediaSchemeHandler(store, profile));
    profile->setUrlRequestInterceptor(new RequestInterceptor(profile));

    auto *page = new PreviewPage(profile, this);
    profile->setParent(page); // the profile must outlive its page: deleted after it
    QWebEngineSettings *settings = page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false); // the page's own scripts never run
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    setPage(page);
    setContextMenuPolicy(Qt::NoContextMenu);
    followPalette();

    connect(page, &QWebEnginePage::loadFinished, this, [this](bool) {
        m_loading = false;
        m_loaded = true;
        if (!m_pendingHtml.isNull()) {
            const QString html = m_pendingHtml;
            m_pendingHtml.clear();
            loadFull(html);
            return;
        }
        if (m_followBlock >= 0)
            scrollToBlock(m_followBlock);
        emit rendered();
    });
}

bool PreviewView::Rendering::operator==(const Rendering &other) const
{
    return inParts == other.inParts && html == other.html && parts.before == other.parts.before
            && parts.after == other.parts.after && parts.blocks == other.parts.blocks;
}

// On the rendering thread: everything it reads is a copy.
PreviewView::Rendering PreviewView::render(const Article &article, const SiteSettings &site, Look look,
                                           const Rendering &previous)
{
    Renderer::Options options;
    options.inlineStylesheet = true;
    options.imageUrl = [](const Block &image) { return MediaUrl::forImage(image); };
    const auto adapt = [look](QString *head) {
        if (look.dark) {
            const qsizetype root = head->indexOf(QLatin1String("<html"), 0, Qt::CaseInsensitive);
            if (root >= 0)
                head->insert(root + 5, QLatin1String(" class=\"copydesk-dark\""));
        }
        if (look.width == Width::Phone) {
            head->replace(QStringLiteral("</head>"),
                          QStringLiteral("<style>html{background:#d9d9d9}html.copydesk-dark{background:#0d0d0d}"
                                         "body{max-width:375px;margin:0 auto;min-height:100vh}</style></head>"));
        }
    };
    const Renderer renderer;
    Rendering rendering;
    rendering.blocks = article.blocks;
    // The previous parts lend their unchanged blocks (the preview's changes are to the head only).
    rendering.inParts = renderer.renderParts(article, site, options, &rendering.parts, nullptr,
                                             previous.inParts ? &previous.parts : nullptr,
                                             previous.inParts ? &previous.blocks : nullptr);
    if (rendering.inParts)
        adapt(&rendering.parts.before);
    else
        adapt(&(rendering.html = renderer.render(article, site, options)));
    return rendering;
}

void PreviewView::showArticle(const Article &article)
{
    m_article = article;
    m_hasArticle = true;
    if (m_watcher->isRunning())
        m_renderNext = true;
    else
        startRendering();
}

bool PreviewView::isRefreshing() const
{
    return m_watcher->isRunning() || m_renderNext || m_loading || m_patches > 0 || m_held.has_value();
}

QString PreviewView::currentHtml() const
{
    if (!m_hasShown)
        return {};
    return m_shown.inParts ? m_shown.parts.before + m_shown.parts.blocks.join(QString()) + m_shown.parts.after
                           : m_shown.html;
}

void PreviewView::startRendering()
{
    m_renderNext = false;
    const Look look{m_dark, m_width};
    const Rendering previous = m_hasShown ? m_shown : Rendering();
    const quint64 generation = m_generation;
    m_watcher->setFuture(QtConcurrent::run(&m_pool, [article = m_article, site = m_store->siteSettings(), look,
                                                     previous, generation] {
        Rendering rendering = render(article, site, look, previous);
        rendering.generation = generation;
        return rendering;
    }));
}

void PreviewView::renderingDone()
{
    const Rendering rendering = m_watcher->result();
    if (rendering.generation == m_generation && m_hasArticle) {
        if (m_patches > 0)
            m_held = rendering;
        else
            showRendering(rendering);
    }
    if (m_renderNext && m_hasArticle)
        startRendering();
}

void PreviewView::showRendering(const Rendering &rendering)
{
    if (m_hasShown && rendering == m_shown && (m_loaded || m_loading))
        return;
    const Rendering before = m_shown;
    const bool patchable = m_hasShown && m_loaded && !m_loading && before.inParts && rendering.inParts;
    m_shown = rendering;
    m_hasShown = true;
    const QString html = rendering.inParts ? PreviewPatch::markedPage(rendering.parts) : rendering.html;
    if (m_loading) {
        m_pendingHtml = html;
        return;
    }
    if (!m_loaded) {
        loadFull(html);
        return;
    }
    const auto done = [this, alive = m_alive](const QVariant &result) {
        if (!*alive)
            return;
        --m_patches;
        if (result.toBool())
            emit rendered();
        else if (m_hasShown) // the page is not as the last patch left it: load it whole
            loadFull(m_shown.inParts ? PreviewPatch::markedPage(m_shown.parts) : m_shown.html);
        if (m_patches == 0 && m_held) {
            const Rendering next = *std::exchange(m_held, std::nullopt);
            if (next.generation == m_generation && m_hasArticle)
                showRendering(next);
        }
    };
    ++m_patches;
    if (patchable) {
        page()->runJavaScript(PreviewPatch::script(before.parts, rendering.parts), QWebEngineScript::ApplicationWorld,
                              done);
        return;
    }
    // A theme that cannot be cut: the document swapped in place (application world script; page
    // scripts stay disabled).
    const QString literal = QString::fromUtf8(QJsonDocument(QJsonArray{html}).toJson(QJsonDocument::Compact));
    const QString script = QStringLiteral(
            "(function(){var d=new DOMParser().parseFromString(%1[0],'text/html');"
            "var x=window.scrollX,y=window.scrollY;"
            "document.head.replaceWith(document.importNode(d.head,true));"
            "document.body.replaceWith(document.importNode(d.body,true));"
            "window.scrollTo(x,y);return true;})()").arg(literal);
    page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, done);
}

void PreviewView::scrollToBlock(int index)
{
    m_followBlock = index;
    if (index < 0 || !m_loaded || m_loading)
        return;
    page()->runJavaScript(PreviewPatch::scrollScript(index), QWebEngineScript::ApplicationWorld);
}

void PreviewView::loadFull(const QString &html)
{
    m_loading = true;
    setHtml(html, PageBase);
}

void PreviewView::clear()
{
    m_hasArticle = false;
    m_hasShown = false;
    m_held.reset();
    ++m_generation;
    m_pendingHtml.clear();
    m_loaded = false;
    m_loading = true;
    setHtml(QString(), PageBase);
}

void PreviewView::setPreviewWidth(Width width)
{
    if (m_width == width)
        return;
    m_width = width;
    renderAgain();
}

void PreviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        followPalette();
    QWebEngineView::changeEvent(event);
}

void PreviewView::followPalette()
{
    page()->setBackgroundColor(palette().color(QPalette::Base));
    const bool dark = Appearance::isDark(palette());
    if (dark == m_dark)
        return;
    m_dark = dark;
    renderAgain();
}

void PreviewView::renderAgain()
{
    m_hasShown = false;
    m_loaded = false;
    if (m_hasArticle)
        showArticle(m_article);
}

} // namespace copydesk
