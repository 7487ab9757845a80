#pragma once

#include <QString>
#include <QStringList>

namespace copydesk::test {
class PgCluster;
}

namespace copydesk::bench {

class BenchReport;

// Ten desks editing the same articles at once, each on its own thread with its own store and
// connection: every round one edit and one sync. Times the syncs, counts the conflicts the
// server kept, and checks that every edit is on the server (as a head or a kept conflict).
class NewsroomCrowdBench
{
public:
    static constexpr int Desks = 10;
    static constexpr int SharedArticles = 30;
    static constexpr double SyncTargetMs = 1000;

    NewsroomCrowdBench(test::PgCluster &cluster, bool quick, BenchReport *report)
        : m_cluster(cluster), m_quick(quick), m_report(report) {}
    // The desks' logins (editors), for the newsroom the cluster is made with.
    static QStringList users();
    bool run(const QString &folder, QString *error);

private:
    test::PgCluster &m_cluster;
    bool m_quick;
    BenchReport *m_report;
};

} // namespace copydesk::bench
