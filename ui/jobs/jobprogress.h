#pragma once

#include <QCoreApplication>
#include <QProgressDialog>
#include <QString>
#include <QWidget>

namespace copydesk {

// The window-modal progress dialog of a job over several items: it follows the job's progress,
// Cancel cancels the job, and it closes when the job finishes. Job has progress(int, int), cancel()
// and a finished(...) signal.
class JobProgress
{
    Q_DECLARE_TR_FUNCTIONS(JobProgress)

public:
    template<typename Job, typename Finished>
    static void show(Job *job, Finished finished, int count, const QString &label, const QString &objectName,
                     QWidget *window)
    {
        auto *progress = new QProgressDialog(label, tr("Cancel"), 0, count, window);
        progress->setObjectName(objectName);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        progress->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(job, &Job::progress, progress, &QProgressDialog::setValue);
        QObject::connect(progress, &QProgressDialog::canceled, job, &Job::cancel);
        QObject::connect(job, finished, progress, &QProgressDialog::close);
    }
};

} // namespace copydesk
