#pragma once

#include <QString>

namespace copydesk::bench {

class ArticleGenerator;
class BenchReport;

// The newsroom workflow at scale: full-text search (p50/p95 by query length, against a LIKE scan
// of the same text, with the hit counts compared), the search index's size and build cost, the
// article list's first page and deep pages through count + page fetch, and the diff of a 20k-
// character article.
class SearchBench
{
public:
    static constexpr int BatchSize = 1000;
    static constexpr int Queries = 100;
    static constexpr int LikeQueries = 10;
    static constexpr int OpenRuns = 5;
    static constexpr qint64 TargetArticles = 100000;
    static constexpr double TwoCharacterP95TargetMs = 10;
    static constexpr double ListOpenTargetMs = 300;
    static constexpr double DiffTargetMs = 50;
    static constexpr int DiffCharacters = 20000;

    SearchBench(const ArticleGenerator &generator, const QString &folder, BenchReport *report);
    bool run(qint64 articles, QString *error);
    bool runDiff(QString *error);

private:
    const ArticleGenerator &m_generator;
    QString m_folder;
    BenchReport *m_report;
};

} // namespace copydesk::bench
