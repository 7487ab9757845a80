#pragma once

#include <QWebEnginePage>

namespace copydesk {

// The preview's page: never navigates away; http(s)/mailto links open in the system browser.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT

public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};

} // namespace copydesk
