#pragma once

#include "export/exportformat.h"

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
// with cancel; exports one or several stored articles and remembers the choices.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // The articles must be flushed to the store before (the export reads the store).
    ExportDialog(Store *store, const QList<qint64> &articleIds, QWidget *parent = nullptr);

    void setFormat(ExportFormat::Id format);
    void setDestination(const QString &folder);
    // Runs the export now (as the Export button does); false when any article failed or the
    // user cancelled. The written paths are in outputs().
    bool runExport();
    QStringList outputs() const { return m_outputs; }
    QStringList problems() const;

protected:
    void reject() override;

private:
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
    QStringList m_outputs;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace copydesk
