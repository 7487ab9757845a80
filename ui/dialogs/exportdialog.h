#pragma once

#include "export/exportformat.h"
#include "jobs/exportjob.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace copydesk {

class Store;

// File ▸ Export: format, destination, rendition size and quality, preflight warnings, progress
// with cancel; exports one or several stored articles (an ExportJob, off the UI thread) and
// remembers the choices. Cancel while exporting cancels and stays open to say so; closing the
// window while exporting cancels and closes once the job has stopped.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // The articles must be flushed to the store before (the export reads the store).
    ExportDialog(Store *store, const QList<qint64> &articleIds, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFormat(ExportFormat::Id format);
    void setDestination(const QString &folder);
    // Starts the export (as the Export button does); false when it cannot start (the status
    // line says why). exportFinished() follows; the written paths are then in outputs().
    bool startExport();
    bool isExporting() const { return m_job->isRunning(); }
    QStringList outputs() const { return m_outputs; }
    QStringList problems() const;

signals:
    // ok: every article was exported or kept; false when any failed or the user cancelled.
    void exportFinished(bool ok);

protected:
    void reject() override;
    void closeEvent(QCloseEvent *event) override;

private:
    void exportDone(const QList<ExportJob::Result> &results, bool cancelled);
    void updatePreflight();
    void chooseFolder();
    void saveChoices() const;
    bool confirmOverwrite(const QString &path);

    Store *m_store;
    QList<qint64> m_ids;
    QComboBox *m_format;
    QComboBox *m_paper;
    QLineEdit *m_folder;
    QSpinBox *m_longEdge;
    QSpinBox *m_quality;
    QCheckBox *m_openFolder;
    QListWidget *m_preflight;
    QLabel *m_preflightTitle;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    ExportJob *m_job;
    QStringList m_outputs;
    QString m_exportFolder;
    bool m_createdFolder = false;
    bool m_acceptWhenDone = false; // started by the Export button
    bool m_closeWhenDone = false;  // closed while exporting
};

} // namespace copydesk
