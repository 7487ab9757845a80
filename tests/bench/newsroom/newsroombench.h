#pragma once

#include <QString>

namespace copydesk::bench {

class ArticleGenerator;
class BenchReport;

// The newsroom server on localhost: first sync of a desk into an empty store, incremental sync
// after one edit, NOTIFY-to-client latency, lease take; then ten desks at once (NewsroomCrowdBench).
class NewsroomBench
{
public:
    static constexpr int Articles = 10000;
    static constexpr double IncrementalTargetMs = 200;
    static constexpr double NotifyTargetMs = 1000;
    static constexpr double LeaseTargetMs = 200;

    NewsroomBench(const ArticleGenerator &generator, bool quick, BenchReport *report);
    bool run(QString *error);

private:
    const ArticleGenerator &m_generator;
    bool m_quick;
    BenchReport *m_report;
};

} // namespace copydesk::bench
