#include "jobs/exportjob.h"

#include "model/article.h"
#include "store/store.h"
#include "text/safefilename.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QThread>

namespace copydesk {

ExportJob::ExportJob(QObject *parent) : QObject(parent) {}

ExportJob::~ExportJob()
{
    if (!m_thread)
        return;
    disconnect(m_thread.get(), nullptr, this, nullptr);
    cancel();
    QEventLoop loop;
    connect(m_thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    if (!m_thread->isFinished())
        loop.exec();
    m_thread->wait();
}

void ExportJob::start(const Request &request)
{
    if (m_running)
        return;
    if (m_thread)
        m_thread->wait();
    m_running = true;
    m_cancelled = false;
    m_replace = false;
    m_answered.acquire(m_answered.available());
    m_results.clear();
    m_thread.reset(QThread::create([this, request] { run(request); }));
    m_thread->setObjectName(QStringLiteral("ExportJob"));
    connect(m_thread.get(), &QThread::finished, this, &ExportJob::threadFinished);
    m_thread->start();
}

void ExportJob::cancel()
{
    if (!m_running || m_cancelled.exchange(true))
        return;
    m_answered.release(); // a worker waiting for an answer goes on, and stops
}

void ExportJob::answerOverwrite(bool replace)
{
    m_replace = replace;
    m_answered.release();
}

void ExportJob::threadFinished()
{
    m_running = false;
    emit finished(m_results, m_cancelled);
}

// On the worker.
bool ExportJob::askOverwrite(const QString &path)
{
    emit overwriteAsked(path);
    m_answered.acquire();
    return m_replace && !m_cancelled;
}

// On the worker.
void ExportJob::run(const Request &request)
{
    Store store;
    QString openError;
    if (!store.open(request.storePath, &openError)) {
        Result result;
        result.error = openError;
        m_results.append(result);
        return;
    }
    const int total = int(request.articleIds.size()) * 100;
    for (qsizetype i = 0; i < request.articleIds.size() && !m_cancelled; ++i) {
        const qint64 id = request.articleIds.at(i);
        Result result;
        Article article;
        result.loaded = store.loadArticle(id, &article, &result.error);
        if (!result.loaded) {
            m_results.append(result);
            continue;
        }
        result.title = article.title;
        ArticleExporter::Options options = request.options;
        options.overwrite = false;
        const QString target = QDir(request.folder).filePath(
                ExportFormat::outputName(request.format, SafeFileName::fromTitle(article.title)));
        if (QFileInfo::exists(target)) {
            if (!askOverwrite(target)) {
                result.skipped = true;
                m_results.append(result);
                continue;
            }
            options.overwrite = true;
        }
        emit articleStarted(article.title);
        const int base = int(i) * 100;
        emit progress(base, total);
        result.exported = ArticleExporter().exportArticle(
                &store, id, request.format, request.folder, options, &result.output,
                &result.error, [this, base, total](int done, int steps) {
                    emit progress(base + (steps > 0 ? done * 100 / steps : 0), total);
                    return !m_cancelled;
                });
        m_results.append(result);
    }
}

} // namespace copydesk
