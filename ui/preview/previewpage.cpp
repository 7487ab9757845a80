#include "preview/previewpage.h"

#include "preview/mediaurl.h"

#include <QDesktopServices>

namespace copydesk {

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(isMainFrame)
    if (type == NavigationTypeLinkClicked) {
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
        return false;
    }
    // Only the page the app itself sets (setHtml: a data: URL on the media scheme's base) may load.
    return url.scheme() == QLatin1String("data") || url.scheme() == QLatin1String(MediaUrl::scheme());
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return nullptr;
}

} // namespace copydesk
