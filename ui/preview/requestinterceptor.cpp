#include "preview/requestinterceptor.h"

#include "preview/mediaurl.h"

namespace copydesk {

bool RequestInterceptor::isAllowed(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == QLatin1String(MediaUrl::scheme()) || scheme == QLatin1String("data")
            || (scheme == QLatin1String("about") && url.path() == QLatin1String("blank"));
}

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (!isAllowed(info.requestUrl()))
        info.block(true);
}

} // namespace copydesk
