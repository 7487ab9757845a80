#pragma once

#include <QList>
#include <QObject>

class QWidget;

namespace copydesk {

class Store;

// The window's store-wide dialogs and copies: export, Copy for WeChat, trash, site, preferences.
class DeskDialogs : public QObject
{
    Q_OBJECT

public:
    DeskDialogs(Store *store, QWidget *window);

    void exportArticles(const QList<qint64> &ids);
    // The stored article (the caller flushes first), checked by the export preflight.
    void copyForWeChat(qint64 id, const QString &plainText);
    // The article restored from the trash, or 0.
    qint64 showTrash();
    void showSiteSettings();
    // Window-modal and not blocking; skipping is remembered in the store so it is asked once.
    void askForSiteOnFirstRun();
    void showPreferences();

    // What failed in one line, why beneath it.
    static void reportError(QWidget *parent, const QString &what, const QString &why);

signals:
    void siteChanged();
    void message(const QString &text, int timeout);

private:
    Store *m_store;
    QWidget *m_window;
};

} // namespace copydesk
