#pragma once

#include <QString>

namespace copydesk::bench {

class ArticleGenerator;
class BenchReport;

// 校对 speed: the engine's start-up, a full check of a 20k-character article, the editor's
// re-check of one paragraph, and a 10,000-term word list over a 10,000-character text.
class ProofBench
{
public:
    static constexpr int ArticleCharacters = 20000;
    static constexpr int WordListTerms = 10000;
    static constexpr int WordListCharacters = 10000;
    static constexpr double FullCheckTargetMs = 30;
    static constexpr double ParagraphTargetMs = 2;
    static constexpr double WordListTargetMs = 20;

    ProofBench(const ArticleGenerator &generator, bool quick, BenchReport *report);
    bool run(QString *error);

private:
    void fullCheck();
    void wordList();

    const ArticleGenerator &m_generator;
    bool m_quick;
    BenchReport *m_report;
};

} // namespace copydesk::bench
