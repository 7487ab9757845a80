#pragma once

#include <QWebEngineUrlRequestInterceptor>

namespace copydesk {

// Blocks every request from the preview that is not to the app's own media scheme or inline data.
class RequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    static bool isAllowed(const QUrl &url);
};

} // namespace copydesk
