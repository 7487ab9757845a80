#include "newsroomcrowdbench.h"

#include "benchreport.h"
#include "fixtures/pgcluster.h"
#include "fixtures/syncdesk.h"
#include "model/article.h"
#include "postgres/pgconnection.h"
#include "postgres/pgresult.h"
#include "server/newsroomserver.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/syncrows.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace copydesk::bench {

namespace {

using Desk = test::SyncDesk;

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(fraction * double(values.size()))));
}

} // namespace

QStringList NewsroomCrowdBench::users()
{
    QStringList users;
    for (int i = 0; i < Desks; ++i)
        users.append(QStringLiteral("desk%1=editor").arg(i));
    return users;
}

bool NewsroomCrowdBench::run(const QString &folder, QString *error)
{
    const QString section = QStringLiteral("newsroom");
    const QString desksAtOnce = QStringLiteral("%1 desks at once: ").arg(Desks);
    std::vector<std::unique_ptr<Desk>> desks;
    for (int i = 0; i < Desks; ++i) {
        desks.push_back(std::make_unique<Desk>());
        if (!desks.back()->open(QStringLiteral("%1/desk%2.sqlite3").arg(folder).arg(i),
                                m_cluster.url(QStringLiteral("desk%1").arg(i)), error))
            return false;
    }
    // The desks start after what the server already holds (the 10,000 articles timed before):
    // the first desk writes the shared articles, every desk pulls those.
    PgResult last;
    if (!desks.front()->server.connection().exec(QStringLiteral("SELECT coalesce(max(change_seq), 0) FROM articles"),
                                                 &last, error))
        return false;
    for (auto &desk : desks)
        if (!desk->rows.setState(QString::fromLatin1(SyncEngine::LastSequenceKey),
                                 QString::number(last.int64(0, 0)), error))
            return false;
    QStringList uuids;
    for (int i = 0; i < SharedArticles; ++i) {
        Article article = Article::create(QStringLiteral("共同编辑的稿件 %1").arg(i));
        article.blocks.append(Block::paragraph(QStringLiteral("第一段。")));
        if (!desks.front()->store.insertArticle(&article, error))
            return false;
        uuids.append(article.uuid);
    }
    SyncReport report;
    for (auto &desk : desks)
        if (!desk->sync(&report, error))
            return false;

    const int rounds = m_quick ? 3 : 30;
    std::mutex lock;
    std::vector<double> syncs;
    QStringList failures;
    QStringList edits; // uuid \t the subtitle written
    int conflicts = 0;
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int d = 0; d < Desks; ++d) {
        threads.emplace_back([&, d] {
            Desk &desk = *desks.at(size_t(d));
            QRandomGenerator random(quint32(d + 1));
            for (int round = 0; round < rounds; ++round) {
                const QString uuid = uuids.at(int(random.bounded(SharedArticles)));
                qint64 id = 0;
                Article article;
                QString why;
                const QString subtitle = QStringLiteral("desk%1 round %2").arg(d).arg(round);
                bool ok = desk.rows.articleIdForUuid(uuid, &id, &why) && desk.store.loadArticle(id, &article, &why);
                if (ok) {
                    article.subtitle = subtitle;
                    ok = desk.store.saveArticle(&article, &why);
                }
                QElapsedTimer timer;
                timer.start();
                SyncReport sync;
                ok = ok && desk.sync(&sync, &why);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                const std::lock_guard<std::mutex> guard(lock);
                syncs.push_back(ms);
                conflicts += sync.conflicts;
                edits.append(uuid + QLatin1Char('\t') + subtitle);
                if (!ok)
                    failures.append(why);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    const double seconds = double(wall.elapsed()) / 1000;
    if (!failures.isEmpty()) {
        *error = QStringLiteral("%1 syncs failed, first: %2").arg(failures.size()).arg(failures.constFirst());
        return false;
    }
    // Nothing lost: every edit is in one of the server's revisions of its article.
    int found = 0;
    for (const QString &edit : std::as_const(edits)) {
        QList<QByteArray> jsons;
        if (!desks.front()->server.revisionJsons(edit.section(QLatin1Char('\t'), 0, 0), &jsons, error))
            return false;
        const QByteArray text = edit.section(QLatin1Char('\t'), 1).toUtf8();
        if (std::any_of(jsons.cbegin(), jsons.cend(), [&](const QByteArray &json) { return json.contains(text); }))
            ++found;
    }
    const double p95 = percentile(syncs, 0.95);
    m_report->add(section, desksAtOnce + QStringLiteral("edit + sync rounds"), double(syncs.size()) / seconds,
                  QStringLiteral("per s"));
    m_report->add(section, desksAtOnce + QStringLiteral("one sync, p50"), percentile(syncs, 0.5),
                  QStringLiteral("ms"));
    m_report->add(section, desksAtOnce + QStringLiteral("one sync, p95"), p95, QStringLiteral("ms"),
                  QStringLiteral("< %1 ms").arg(SyncTargetMs),
                  p95 < SyncTargetMs ? BenchReport::Verdict::Pass : BenchReport::Verdict::Fail);
    m_report->add(section, desksAtOnce + QStringLiteral("pushes kept as conflicts"), conflicts, QString());
    m_report->add(section, desksAtOnce + QStringLiteral("edits found on the server, of %1").arg(edits.size()), found, QString(),
                  QStringLiteral("all"), found == edits.size() ? BenchReport::Verdict::Pass : BenchReport::Verdict::Fail);
    return true;
}

} // namespace copydesk::bench
