#pragma once

#include <QWebEngineUrlSchemeHandler>

namespace copydesk {

class Store;

// Serves copydesk-media:<sha256> requests from the store's media table (no temporary files); a
// request with a crop query gets the cropped rendition, made off the UI thread.
class MediaSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    MediaSchemeHandler(const Store *store, QObject *parent = nullptr);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    const Store *m_store;
};

} // namespace copydesk
