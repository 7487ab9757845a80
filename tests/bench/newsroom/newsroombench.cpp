#include "newsroombench.h"

#include "articlegenerator.h"
#include "benchreport.h"
#include "newsroomcrowdbench.h"
#include "fixtures/pgcluster.h"
#include "fixtures/syncdesk.h"
#include "postgres/pgconnection.h"
#include "server/newsroomserver.h"
#include "server/serverleases.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/syncrows.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

namespace copydesk::bench {

namespace {

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(fraction * double(values.size()))));
}

BenchReport::Verdict verdict(double value, double limit)
{
    return value < limit ? BenchReport::Verdict::Pass : BenchReport::Verdict::Fail;
}

} // namespace

NewsroomBench::NewsroomBench(const ArticleGenerator &generator, bool quick, BenchReport *report)
    : m_generator(generator), m_quick(quick), m_report(report)
{
}

bool NewsroomBench::run(QString *error)
{
    const QString section = QStringLiteral("newsroom");
    if (!test::PgCluster::available(error)) {
        m_report->addNote(QStringLiteral("newsroom: skipped, ") + *error);
        return true;
    }
    test::PgCluster cluster;
    QTemporaryDir dir;
    if (!cluster.startNewsroom(QStringList{QStringLiteral("wang=editor"), QStringLiteral("zhao=chief")}
                                   + NewsroomCrowdBench::users(), error))
        return false;
    test::SyncDesk writer;
    test::SyncDesk reader;
    // The chief writes: the generated articles come in every status, some approved or published.
    if (!writer.open(dir.filePath(QStringLiteral("writer.sqlite3")), cluster.url(QStringLiteral("zhao")), error)
        || !reader.open(dir.filePath(QStringLiteral("reader.sqlite3")), cluster.url(QStringLiteral("wang")), error))
        return false;
    const int count = m_quick ? 200 : Articles;
    QList<Article> articles;
    for (int i = 0; i < count; ++i)
        articles.append(m_generator.article(i));
    if (!writer.store.insertArticles(&articles, error))
        return false;
    SyncReport report;
    QElapsedTimer timer;
    timer.start();
    if (!writer.sync(&report, error))
        return false;
    if (report.pushed != count) {
        *error = QStringLiteral("the first push wrote %1 of %2 articles").arg(report.pushed).arg(count);
        return false;
    }
    m_report->add(section, QStringLiteral("first push of %1 articles").arg(count), double(timer.elapsed()) / 1000, QStringLiteral("s"));
    timer.restart();
    report = SyncReport();
    if (!reader.sync(&report, error))
        return false;
    if (report.pulled != count) {
        *error = QStringLiteral("the first pull wrote %1 of %2 articles").arg(report.pulled).arg(count);
        return false;
    }
    m_report->add(section, QStringLiteral("first sync (pull) of %1 articles into an empty store").arg(count),
                  double(timer.elapsed()) / 1000, QStringLiteral("s"));

    // Incremental: one edit on the writer, push; the reader pulls it.
    std::vector<double> push;
    std::vector<double> pull;
    for (int i = 0; i < (m_quick ? 5 : 40); ++i) {
        Article article;
        if (!writer.store.loadArticle(articles.at(i).id, &article, error))
            return false;
        article.subtitle = QStringLiteral("第 %1 次修改").arg(i);
        if (!writer.store.saveArticle(&article, error))
            return false;
        timer.restart();
        if (!writer.sync(&report, error))
            return false;
        push.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        if (!reader.sync(&report, error))
            return false;
        pull.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double pushP95 = percentile(push, 0.95);
    const double pullP95 = percentile(pull, 0.95);
    m_report->add(section, QStringLiteral("incremental sync after one edit, push p95"), pushP95, QStringLiteral("ms"),
                  QStringLiteral("< %1 ms").arg(IncrementalTargetMs), verdict(pushP95, IncrementalTargetMs));
    m_report->add(section, QStringLiteral("incremental sync after one edit, pull p95"), pullP95, QStringLiteral("ms"),
                  QStringLiteral("< %1 ms").arg(IncrementalTargetMs), verdict(pullP95, IncrementalTargetMs));

    // NOTIFY: from the writer's push to the listener's wake-up.
    PgConnection listener;
    if (!listener.open(cluster.url(QStringLiteral("zhao")), error)
        || !listener.exec(QStringLiteral("LISTEN copydesk_changes"), error))
        return false;
    std::vector<double> notify;
    for (int i = 0; i < (m_quick ? 5 : 40); ++i) {
        Article article;
        if (!writer.store.loadArticle(articles.at(i).id, &article, error))
            return false;
        article.byline = QStringLiteral("记者 %1").arg(i);
        if (!writer.store.saveArticle(&article, error))
            return false;
        timer.restart();
        if (!writer.sync(&report, error))
            return false;
        QList<PgConnection::Notification> received;
        while (received.isEmpty() && timer.elapsed() < 5000)
            received = listener.waitForNotifications(100);
        notify.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double notifyP95 = percentile(notify, 0.95);
    m_report->add(section, QStringLiteral("push to NOTIFY received, p95"), notifyP95, QStringLiteral("ms"),
                  QStringLiteral("< %1 ms").arg(NotifyTargetMs), verdict(notifyP95, NotifyTargetMs));

    // Lease take (and release) on localhost.
    ServerLeases leases(writer.server.connection());
    std::vector<double> take;
    for (int i = 0; i < (m_quick ? 10 : 200); ++i) {
        ServerLeases::Take outcome;
        ServerLeases::Lease lease;
        timer.restart();
        if (!leases.take(articles.at(i % articles.size()).uuid, QStringLiteral("bench"), false, &outcome, &lease, error))
            return false;
        take.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!leases.release(articles.at(i % articles.size()).uuid, QStringLiteral("bench"), error))
            return false;
    }
    const double takeP95 = percentile(take, 0.95);
    m_report->add(section, QStringLiteral("lease take, p95"), takeP95, QStringLiteral("ms"),
                  QStringLiteral("< %1 ms").arg(LeaseTargetMs), verdict(takeP95, LeaseTargetMs));
    return NewsroomCrowdBench(cluster, m_quick, m_report).run(dir.path(), error);
}

} // namespace copydesk::bench
