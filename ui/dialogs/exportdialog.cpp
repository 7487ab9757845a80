#include "dialogs/exportdialog.h"
#include "export/exportfiles.h"
#include "export/exportformat.h"

#include "model/article.h"
#include "export/exportpreflight.h"
#include "store/store.h"
#include "preview/pdfrenderer.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace copydesk {

ExportDialog::ExportDialog(Store *store, const QList<qint64> &articleIds, QWidget *parent)
    : QDialog(parent), m_store(store), m_ids(articleIds), m_job(new ExportJob(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(articleIds.size() == 1 ? tr("Export Article") : tr("Export %n Articles", nullptr, int(articleIds.size())));
    QSettings settings;

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (ExportFormat::Id format : ExportFormat::all()) {
        if (format == ExportFormat::Pdf && !ExportFormat::isAvailable(ExportFormat::Pdf))
            continue;
        m_format->addItem(ExportFormat::displayName(format), int(format));
    }
    ExportFormat::Id remembered = ExportFormat::Html;
    ExportFormat::fromName(settings.value(QStringLiteral("export/format")).toString(), &remembered);
    m_format->setCurrentIndex(qMax(0, m_format->findData(int(remembered))));

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(documents).isDir())
        documents = QDir::homePath();
    m_folder->setText(QDir::toNativeSeparators(settings.value(QStringLiteral("export/folder"), documents).toString()));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_longEdge = new QSpinBox(this);
    m_longEdge->setRange(400, 6000);
    m_longEdge->setSingleStep(100);
    m_longEdge->setSuffix(tr(" px"));
    m_longEdge->setValue(settings.value(QStringLiteral("export/longEdge"), 1600).toInt());
    m_quality = new QSpinBox(this);
    m_quality->setRange(40, 100);
    m_quality->setValue(settings.value(QStringLiteral("export/quality"), 85).toInt());
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("exportPaper"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(settings.value(QStringLiteral("export/paper")).toString() == QLatin1String("letter") ? 1 : 0);
    m_openFolder = new QCheckBox(tr("Open the folder when done"), this);
    m_openFolder->setChecked(settings.value(QStringLiteral("export/openFolder"), true).toBool());

    auto *form = new QFormLayout;
    form->addRow(tr("&Format"), m_format);
    auto *folderLabel = new QLabel(tr("&Save in"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Photo &long edge"), m_longEdge);
    form->addRow(tr("JPEG &quality"), m_quality);
    form->addRow(tr("PDF &paper"), m_paper);
    form->addRow(QString(), m_openFolder);
    m_format->setAccessibleName(tr("Format"));
    m_folder->setAccessibleName(tr("Save in"));
    m_longEdge->setAccessibleName(tr("Photo long edge"));
    m_quality->setAccessibleName(tr("JPEG quality"));
    m_paper->setAccessibleName(tr("PDF paper"));
    const auto paperForPdf = [this] {
        const bool pdf = ExportFormat::Id(m_format->currentData().toInt()) == ExportFormat::Pdf;
        m_paper->setEnabled(pdf);
        // Chromium's renderer starts (if it is not running yet) while the options are chosen.
        if (pdf)
            PdfRenderer::instance()->warmUp();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, paperForPdf);
    paperForPdf();

    m_preflightTitle = new QLabel(this);
    m_preflightTitle->setWordWrap(true);
    m_preflight = new QListWidget(this);
    m_preflight->setObjectName(QStringLiteral("preflightList"));
    m_preflight->setAccessibleName(tr("Problems found before export"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(m_exportButton, &QPushButton::clicked, this, [this] { m_acceptWhenDone = startExport(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_job, &ExportJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &ExportJob::articleStarted, this,
            [this](const QString &title) { m_status->setText(tr("Exporting “%1”…").arg(title)); });
    connect(m_job, &ExportJob::overwriteAsked, this,
            [this](const QString &path) { m_job->answerOverwrite(!m_job->isCancelled() && confirmOverwrite(path)); });
    connect(m_job, &ExportJob::finished, this, &ExportDialog::exportDone);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preflightTitle);
    layout->addWidget(m_preflight, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(560, 460);
    updatePreflight();
}

ExportDialog::~ExportDialog()
{
    // The job's last signals must not reach this half-destroyed dialog; deleting it waits.
    disconnect(m_job, nullptr, this, nullptr);
    delete m_job;
}

void ExportDialog::setFormat(ExportFormat::Id format)
{
    m_format->setCurrentIndex(qMax(0, m_format->findData(int(format))));
}

void ExportDialog::setDestination(const QString &folder)
{
    m_folder->setText(folder);
}

QStringList ExportDialog::problems() const
{
    QStringList list;
    for (int i = 0; i < m_preflight->count(); ++i)
        list.append(m_preflight->item(i)->text());
    return list;
}

void ExportDialog::updatePreflight()
{
    m_preflight->clear();
    for (qint64 id : std::as_const(m_ids)) {
        Article article;
        QString error;
        if (!m_store->loadArticle(id, &article, &error)) {
            m_preflight->addItem(error);
            continue;
        }
        for (const ExportPreflight::Problem &problem : ExportPreflight::check(article, *m_store)) {
            m_preflight->addItem(m_ids.size() == 1 ? problem.message
                                                   : tr("%1: %2").arg(article.title.isEmpty() ? tr("(untitled)") : article.title,
                                                                      problem.message));
        }
    }
    const bool any = m_preflight->count() > 0;
    m_preflightTitle->setText(any ? tr("Before you export, check these:") : tr("No problems found."));
    m_preflight->setVisible(any);
    m_exportButton->setText(any ? tr("&Export Anyway") : tr("&Export"));
}

void ExportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export To"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/format"),
                      ExportFormat::name(ExportFormat::Id(m_format->currentData().toInt())));
    settings.setValue(QStringLiteral("export/folder"), m_folder->text());
    settings.setValue(QStringLiteral("export/longEdge"), m_longEdge->value());
    settings.setValue(QStringLiteral("export/quality"), m_quality->value());
    settings.setValue(QStringLiteral("export/openFolder"), m_openFolder->isChecked());
    settings.setValue(QStringLiteral("export/paper"),
                      m_paper->currentData().toInt() == int(QPageSize::Letter) ? QStringLiteral("letter") : QStringLiteral("a4"));
}

bool ExportDialog::confirmOverwrite(const QString &path)
{
    const auto answer = QMessageBox::question(
            this, windowTitle(),
            tr("“%1” already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

bool ExportDialog::startExport()
{
    if (m_job->isRunning())
        return false;
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty()) {
        m_status->setText(tr("Choose a folder to export into."));
        return false;
    }
    QString folderError;
    if (!ExportFiles::makeFolder(folder, &m_createdFolder, &folderError)) {
        m_status->setText(folderError);
        return false;
    }
    saveChoices();
    ExportJob::Request request;
    request.storePath = m_store->path();
    request.articleIds = m_ids;
    request.format = ExportFormat::Id(m_format->currentData().toInt());
    request.folder = folder;
    request.options.rendition.maxLongEdge = m_longEdge->value();
    request.options.rendition.jpegQuality = m_quality->value();
    request.options.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());

    m_exportFolder = folder;
    m_outputs.clear();
    m_exportButton->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, int(m_ids.size()) * 100);
    m_progress->setValue(0);
    m_job->start(request);
    return true;
}

void ExportDialog::exportDone(const QList<ExportJob::Result> &results, bool cancelled)
{
    QStringList failures;
    for (const ExportJob::Result &result : results) {
        if (!result.loaded)
            failures.append(result.error);
        else if (result.exported)
            m_outputs.append(result.output);
        else if (!result.skipped && !cancelled)
            failures.append(tr("%1: %2").arg(result.title, result.error));
    }
    m_progress->setValue(m_progress->maximum());
    m_exportButton->setEnabled(true);
    bool ok = false;
    if (cancelled) {
        m_status->setText(tr("Export cancelled. Nothing half-written was left behind."));
    } else if (!failures.isEmpty()) {
        m_status->setText(tr("Some articles could not be exported:\n%1").arg(failures.join(QLatin1Char('\n'))));
    } else {
        const QString done = tr("Exported %n article(s).", nullptr, int(m_outputs.size()));
        m_status->setText(m_createdFolder ? done + QLatin1Char(' ')
                                                    + tr("The folder %1 was created.").arg(QDir::toNativeSeparators(m_exportFolder))
                                          : done);
        ok = true;
    }
    const bool acceptNow = ok && m_acceptWhenDone;
    m_acceptWhenDone = false;
    emit exportFinished(ok);
    if (m_closeWhenDone) {
        m_closeWhenDone = false;
        QDialog::reject();
    } else if (acceptNow) {
        if (m_openFolder->isChecked() && !m_outputs.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_outputs.first()).absolutePath()));
        accept();
    }
}

void ExportDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void ExportDialog::closeEvent(QCloseEvent *event)
{
    if (m_job->isRunning()) {
        m_closeWhenDone = true;
        m_job->cancel();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace copydesk
