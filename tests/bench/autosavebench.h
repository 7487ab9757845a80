#pragma once

#include <QString>

namespace copydesk::bench {

class ArticleGenerator;
class BenchReport;

// Times Store::saveArticle on a long article, each call after a small edit, against the floor
// any durable save has to pay: writing the same number of bytes to a file and fsyncing it.
class AutosaveBench
{
public:
    static constexpr double RatioTarget = 2.0;
    static constexpr int WarmUp = 5;

    AutosaveBench(const ArticleGenerator &generator, const QString &folder, BenchReport *report);
    bool run(int saves, int bodyCharacters, QString *error);

private:
    const ArticleGenerator &m_generator;
    QString m_folder;
    BenchReport *m_report;
};

} // namespace copydesk::bench
