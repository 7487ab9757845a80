#include "proofbench.h"

#include "articlegenerator.h"
#include "benchreport.h"
#include "samples.h"
#include "proof/proofengine.h"
#include "text/script.h"

#include <QElapsedTimer>

namespace copydesk::bench {

namespace {

QString target(double ms)
{
    return QStringLiteral("< %1 ms").arg(ms);
}

BenchReport::Verdict verdict(double value, double limit)
{
    return value < limit ? BenchReport::Verdict::Pass : BenchReport::Verdict::Fail;
}

} // namespace

ProofBench::ProofBench(const ArticleGenerator &generator, bool quick, BenchReport *report)
    : m_generator(generator), m_quick(quick), m_report(report)
{
}

bool ProofBench::run(QString *error)
{
    if (!m_generator.isValid()) {
        *error = QStringLiteral("the sample gave no paragraphs");
        return false;
    }
    fullCheck();
    wordList();
    return true;
}

void ProofBench::fullCheck()
{
    const QString section = QStringLiteral("proof");
    QElapsedTimer timer;
    timer.start();
    const ProofEngine engine;
    m_report->add(section, QStringLiteral("engine start-up (OpenCC, Hunspell, confusables)"), timer.nsecsElapsed() / 1e6,
                  QStringLiteral("ms"));
    const Article article = m_generator.longArticle(m_quick ? 2000 : ArticleCharacters, 7);
    int characters = 0;
    for (const Block &block : article.blocks)
        characters += int(block.plainText().size());
    m_report->add(section, QStringLiteral("article body characters"), characters, QStringLiteral("count"));
    // The first check fills OpenCC's per-character cache: timed apart.
    timer.restart();
    const int findings = int(engine.checkArticle(article).size());
    m_report->add(section, QStringLiteral("first full check (cold caches)"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    m_report->add(section, QStringLiteral("findings in the article"), findings, QStringLiteral("count"));
    Samples full;
    for (int run = 0; run < (m_quick ? 3 : 30); ++run) {
        timer.restart();
        engine.checkArticle(article);
        full.add(timer.nsecsElapsed() / 1e6);
    }
    m_report->add(section, QStringLiteral("full check p50"), full.median(), QStringLiteral("ms"));
    m_report->add(section, QStringLiteral("full check p95"), full.percentile(95), QStringLiteral("ms"),
                  target(FullCheckTargetMs), verdict(full.percentile(95), FullCheckTargetMs));

    // The editor's re-check: the longest paragraph alone.
    QString paragraph;
    for (const Block &block : article.blocks) {
        if (block.type == Block::Type::Paragraph && block.text.text.size() > paragraph.size())
            paragraph = block.text.text;
    }
    m_report->add(section, QStringLiteral("paragraph characters"), paragraph.size(), QStringLiteral("count"));
    const ProofContext context = engine.context(ProofFinding::Field::Body, ProofOptions::Script::Simplified);
    Samples one;
    for (int run = 0; run < (m_quick ? 10 : 1000); ++run) {
        timer.restart();
        engine.checkText(paragraph, context);
        one.add(timer.nsecsElapsed() / 1e6);
    }
    m_report->add(section, QStringLiteral("paragraph re-check p50"), one.median(), QStringLiteral("ms"));
    m_report->add(section, QStringLiteral("paragraph re-check p99"), one.percentile(99), QStringLiteral("ms"),
                  target(ParagraphTargetMs), verdict(one.percentile(99), ParagraphTargetMs));
}

void ProofBench::wordList()
{
    const QString section = QStringLiteral("wordlist");
    // Terms of 2–4 characters drawn from the article's own characters (so many partly match),
    // a tenth Latin.
    const Article article = m_generator.longArticle(WordListCharacters * 2, 11);
    QString text;
    for (const Block &block : article.blocks)
        text += block.plainText();
    text.truncate(m_quick ? 2000 : WordListCharacters);
    QString pool;
    for (const QChar c : std::as_const(text)) {
        if (Script::isCjk(c.unicode()))
            pool += c;
    }
    ProofOptions options;
    const int terms = m_quick ? 500 : WordListTerms;
    quint32 state = 12345;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (int i = 0; i < terms; ++i) {
        WordListEntry entry;
        const int length = 2 + int(next() % 3);
        if (i % 10 == 0) {
            for (int k = 0; k < length + 1; ++k)
                entry.term += QChar(char16_t(u'A' + next() % 26));
        } else {
            for (int k = 0; k < length; ++k)
                entry.term += pool.at(int(next() % pool.size()));
        }
        entry.preferred = QStringLiteral("规范");
        options.wordList.append(entry);
    }
    // Only the word-list rule, so the scan itself is timed.
    for (const QString &id : ProofEngine::ruleIds()) {
        if (id != QLatin1String("wordlist"))
            options.disabledRules.insert(id);
    }
    QElapsedTimer timer;
    timer.start();
    const ProofEngine engine(options);
    m_report->add(section, QStringLiteral("engine with %1 terms: build").arg(terms), timer.nsecsElapsed() / 1e6,
                  QStringLiteral("ms"));
    const ProofContext context = engine.context(ProofFinding::Field::Body, ProofOptions::Script::Simplified);
    const int hits = int(engine.checkText(text, context).size());
    m_report->add(section, QStringLiteral("hits in %1 characters").arg(text.size()), hits, QStringLiteral("count"));
    Samples scan;
    for (int run = 0; run < (m_quick ? 3 : 50); ++run) {
        timer.restart();
        engine.checkText(text, context);
        scan.add(timer.nsecsElapsed() / 1e6);
    }
    m_report->add(section, QStringLiteral("scan p50"), scan.median(), QStringLiteral("ms"));
    m_report->add(section, QStringLiteral("scan p95"), scan.percentile(95), QStringLiteral("ms"), target(WordListTargetMs),
                  verdict(scan.percentile(95), WordListTargetMs));
}

} // namespace copydesk::bench
