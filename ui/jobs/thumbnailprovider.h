#pragma once

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace copydesk {

class Store;
class ThumbnailJob;

// The window's photo thumbnails: what the store has, at once; a missing one (an import stores
// none) is made in the background by its ThumbnailJob and announced by made(), never decoded
// on the UI thread. Each photo is asked for once: one that cannot be made stays without.
class ThumbnailProvider : public QObject
{
    Q_OBJECT

public:
    explicit ThumbnailProvider(Store *store, QObject *parent = nullptr);

    // The stored thumbnail (JPEG or PNG bytes), or empty bytes while it is being made (or when
    // it cannot be); made() follows when it is in the store.
    QByteArray thumbnail(const QString &sha256);
    // Thumbnails made elsewhere (an import's ThumbnailJob): announced as made() too.
    void announce(const QStringList &sha256s);
    ThumbnailJob *job() const { return m_job; }

signals:
    // These photos have a stored thumbnail now.
    void made(const QStringList &sha256s);

private:
    Store *m_store;
    ThumbnailJob *m_job;
    QSet<QString> m_asked;
};

} // namespace copydesk
