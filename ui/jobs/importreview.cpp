#include "jobs/importreview.h"

#include "dialogs/importpreviewdialog.h"
#include "jobs/thumbnailjob.h"
#include "store/store.h"

#include <QFileInfo>
#include <QSettings>
#include <QWidget>

namespace copydesk {

QString ImportReview::previewSetting()
{
    return QStringLiteral("import/preview");
}

ImportReview::ImportReview(Store *store, QWidget *window, QObject *parent)
    : QObject(parent), m_store(store), m_window(window), m_thumbnails(new ThumbnailJob(store, this))
{
}

void ImportReview::start(const QList<ArticleImportJob::Result> &results, bool preview)
{
    m_results = results;
    m_next = 0;
    m_running = true;
    m_preview = preview && QSettings().value(previewSetting(), true).toBool();
    m_last = 0;
    m_problems.clear();
    m_warnings.clear();
    next();
}

// The previews are window-modal but not nested event loops: each one's answer moves on.
void ImportReview::next()
{
    while (m_next < m_results.size()) {
        const ArticleImportJob::Result &result = m_results.at(m_next++);
        if (!result.error.isEmpty()) {
            m_problems.append(result.error);
            continue;
        }
        if (!m_preview) {
            store(result.path, result.imported);
            continue;
        }
        const int remaining = int(m_results.size() - m_next);
        m_dialog = new ImportPreviewDialog(result.imported, QFileInfo(result.path).fileName(), remaining, m_window);
        const QString path = result.path;
        connect(m_dialog, &QDialog::finished, this, [this, path](int answer) {
            if (m_dialog->dontShowAgain()) {
                QSettings().setValue(previewSetting(), false);
                m_preview = false;
            }
            if (answer == ImportPreviewDialog::ImportRest)
                m_preview = false;
            if (answer != QDialog::Rejected)
                store(path, m_dialog->corrected());
            m_dialog->deleteLater();
            next();
        });
        m_dialog->open();
        return;
    }
    m_running = false;
    emit finished(m_last, m_problems, m_warnings);
}

void ImportReview::store(const QString &path, ImportedArticle imported)
{
    QString error;
    if (m_store->importArticle(&imported.article, imported.media, &error, Store::importedReason(path))) {
        m_last = imported.article.id;
        m_warnings += imported.warnings;
        emit stored(imported);
        m_thumbnails->make(imported.media);
        return;
    }
    m_problems.append(error);
}

} // namespace copydesk
