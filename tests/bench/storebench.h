#pragma once

#include <QString>

namespace copydesk::bench {

class ArticleGenerator;
class BenchReport;

// Times a store of N generated articles: bulk insert, reopen, list, open + list, single loads,
// and reports the file size.
class StoreBench
{
public:
    static constexpr int BatchSize = 1000;
    static constexpr int FlatBatches = 10;
    static constexpr int OpenRuns = 5;
    static constexpr int Loads = 200;
    // The target applies to this store size and up.
    static constexpr qint64 TargetArticles = 100000;
    static constexpr double OpenListTargetMs = 300;

    StoreBench(const ArticleGenerator &generator, const QString &folder, BenchReport *report);
    bool run(qint64 articles, QString *error);

private:
    bool timeLoads(const QString &path, const QString &label, qint64 articles, QString *error);
    // The pages of the search index beside those of the articles' text (SQLite's dbstat).
    bool reportSizes(const QString &path, const QString &label, QString *error);

    const ArticleGenerator &m_generator;
    QString m_folder;
    BenchReport *m_report;
};

} // namespace copydesk::bench
