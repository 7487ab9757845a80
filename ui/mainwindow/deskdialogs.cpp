#include "mainwindow/deskdialogs.h"

#include "dialogs/exportdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/preflightprompt.h"
#include "dialogs/sitesettingsdialog.h"
#include "dialogs/trashdialog.h"
#include "export/articleexporter.h"
#include "mainwindow/mainwindow.h"
#include "store/store.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QMimeData>

namespace copydesk {

DeskDialogs::DeskDialogs(Store *store, QWidget *window) : QObject(window), m_store(store), m_window(window)
{
}

void DeskDialogs::exportArticles(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    ExportDialog dialog(m_store, ids, m_window);
    dialog.exec();
}

void DeskDialogs::copyForWeChat(qint64 id, const QString &plainText)
{
    QString html;
    QString error;
    // The same pre-export check as every export: placeholders would arrive as literal boxes.
    Article stored;
    if (!m_store->loadArticle(id, &stored, &error)) {
        reportError(m_window, MainWindow::tr("Could not copy the article for WeChat."), error);
        return;
    }
    if (!PreflightPrompt::confirm(m_window, ExportPreflight::check(stored, *m_store), MainWindow::tr("&Copy Anyway")))
        return;
    if (!ArticleExporter::weChatHtml(*m_store, id, ArticleExporter::Options(), &html, &error)) {
        reportError(m_window, MainWindow::tr("Could not copy the article for WeChat."), error);
        return;
    }
    auto *data = new QMimeData;
    data->setHtml(html);
    data->setText(plainText);
    QGuiApplication::clipboard()->setMimeData(data);
    emit message(MainWindow::tr("Copied for WeChat: paste it into the official account editor."), 6000);
}

qint64 DeskDialogs::showTrash()
{
    TrashDialog dialog(m_store, m_window);
    qint64 restored = 0;
    connect(&dialog, &TrashDialog::restored, this, [&restored](qint64 id) { restored = id; });
    dialog.exec();
    return restored;
}

void DeskDialogs::showSiteSettings()
{
    SiteSettingsDialog dialog(m_store, m_window);
    connect(&dialog, &SiteSettingsDialog::saved, this, &DeskDialogs::siteChanged);
    dialog.exec();
}

void DeskDialogs::askForSiteOnFirstRun()
{
    static const QString askedKey = QStringLiteral("ui/siteAsked");
    if (m_store->siteSettings().isSet() || !m_store->setting(askedKey).isEmpty())
        return;
    auto *dialog = new SiteSettingsDialog(m_store, SiteSettingsDialog::Mode::FirstRun, m_window);
    dialog->setObjectName(QStringLiteral("firstRunSiteDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SiteSettingsDialog::saved, this, &DeskDialogs::siteChanged);
    connect(dialog, &QDialog::finished, this, [this] {
        QString error;
        if (!m_store->setSetting(askedKey, QStringLiteral("1"), &error))
            emit message(error, 6000);
    });
    dialog->open();
}

void DeskDialogs::showPreferences()
{
    PreferencesDialog(m_window).exec();
}

void DeskDialogs::reportError(QWidget *parent, const QString &what, const QString &why)
{
    QMessageBox box(QMessageBox::Warning, MainWindow::tr("Copydesk"), what, QMessageBox::Ok, parent);
    box.setInformativeText(why);
    box.exec();
}

} // namespace copydesk
