#include "preview/previewview.h"

#include "preview/mediaschemehandler.h"
#include "preview/mediaurl.h"
#include "preview/previewpage.h"
#include "render/renderer.h"
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

namespace copydesk {

namespace {

const QUrl PageBase(QStringLiteral("copydesk-media:page"));

} // namespace

PreviewView::~PreviewView()
{
    *m_alive = false;
}

PreviewView::PreviewView(const Store *store, QWidget *parent) : QWebEngineView(parent), m_store(store)
{
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

QString PreviewView::renderHtml(const Article &article) const
{
    Renderer::Options options;
    options.inlineStylesheet = true;
    options.imageUrl = [](const Block &image) { return MediaUrl::forImage(image); };
    QString html = Renderer().render(article, m_store->siteSettings(), options);
    if (m_dark) {
        const qsizetype root = html.indexOf(QLatin1String("<html"), 0, Qt::CaseInsensitive);
        if (root >= 0)
            html.insert(root + 5, QLatin1String(" class=\"copydesk-dark\""));
    }
    if (m_width == Width::Phone) {
        html.replace(QStringLiteral("</head>"),
                     QStringLiteral("<style>html{background:#d9d9d9}html.copydesk-dark{background:#0d0d0d}"
                                    "body{max-width:375px;margin:0 auto;min-height:100vh}</style></head>"));
    }
    return html;
}

void PreviewView::showArticle(const Article &article)
{
    m_article = article;
    m_hasArticle = true;
    const QString html = renderHtml(article);
    if (html == m_html)
        return;
    m_html = html;
    if (m_loading) {
        m_pendingHtml = html;
        return;
    }
    if (!m_loaded) {
        loadFull(html);
        return;
    }
    // Swap the document in place (application world script; page scripts stay disabled).
    const QString literal = QString::fromUtf8(QJsonDocument(QJsonArray{html}).toJson(QJsonDocument::Compact));
    const QString script = QStringLiteral(
            "(function(){var d=new DOMParser().parseFromString(%1[0],'text/html');"
            "var x=window.scrollX,y=window.scrollY;"
            "document.head.replaceWith(document.importNode(d.head,true));"
            "document.body.replaceWith(document.importNode(d.body,true));"
            "window.scrollTo(x,y);})()").arg(literal);
    page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [this, alive = m_alive](const QVariant &) {
        if (*alive)
            emit rendered();
    });
}

void PreviewView::scrollToBlock(int index)
{
    m_followBlock = index;
    if (index < 0 || !m_loaded || m_loading)
        return;
    const QString script = QStringLiteral(
            "(function(){var b=document.querySelector('.article-body');if(!b)return;"
            "var e=b.children[%1];if(!e)return;var r=e.getBoundingClientRect();"
            "if(r.top<0||r.bottom>window.innerHeight)e.scrollIntoView({block:'center'});})()").arg(index);
    page()->runJavaScript(script, QWebEngineScript::ApplicationWorld);
}

void PreviewView::loadFull(const QString &html)
{
    m_loading = true;
    setHtml(html, PageBase);
}

void PreviewView::clear()
{
    m_hasArticle = false;
    m_html.clear();
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
    m_html.clear();
    m_loaded = false;
    if (!m_hasArticle)
        return;
    if (m_loading) {
        m_html = renderHtml(m_article);
        m_pendingHtml = m_html;
    } else {
        showArticle(m_article);
    }
}

} // namespace copydesk
