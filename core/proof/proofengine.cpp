#include "proof/proofengine.h"

#include "proof/asciiquoterule.h"
#include "proof/chineseconverter.h"
#include "proof/cjklatinspacerule.h"
#include "proof/confusablerule.h"
#include "proof/doubledmarkrule.h"
#include "proof/ellipsisdashrule.h"
#include "proof/fullwidthalnumrule.h"
#include "proof/halfwidthpunctuationrule.h"
#include "proof/prooftext.h"
#include "proof/repeatedcharacterrule.h"
#include "proof/scriptmixrule.h"
#include "proof/spellingrule.h"
#include "proof/strayspacerule.h"
#include "proof/unbalancedpairrule.h"
#include "proof/wordlistrule.h"

#include <algorithm>

namespace copydesk {

ProofEngine::ProofEngine(const ProofOptions &options)
    : m_options(options),
      m_toSimplified(std::make_unique<ChineseConverter>(QStringLiteral("t2s"))),
      m_toTraditional(std::make_unique<ChineseConverter>(QStringLiteral("s2tw")))
{
    std::vector<std::unique_ptr<ProofRule>> all;
    all.push_back(std::make_unique<HalfwidthPunctuationRule>());
    all.push_back(std::make_unique<AsciiQuoteRule>());
    all.push_back(std::make_unique<UnbalancedPairRule>());
    all.push_back(std::make_unique<DoubledMarkRule>());
    all.push_back(std::make_unique<EllipsisDashRule>());
    all.push_back(std::make_unique<FullwidthAlnumRule>());
    all.push_back(std::make_unique<StraySpaceRule>());
    all.push_back(std::make_unique<CjkLatinSpaceRule>());
    all.push_back(std::make_unique<RepeatedCharacterRule>());
    all.push_back(std::make_unique<ConfusableRule>());
    auto scriptMix = std::make_unique<ScriptMixRule>(*m_toSimplified, *m_toTraditional);
    m_scriptMix = scriptMix.get();
    all.push_back(std::move(scriptMix));
    all.push_back(std::make_unique<WordListRule>(options.wordList, *m_toSimplified));
    auto spelling = std::make_unique<SpellingRule>(options.userWords);
    m_spelling = spelling->isAvailable();
    all.push_back(std::move(spelling));
    for (auto &rule : all) {
        if (!options.disabledRules.contains(rule->id()))
            m_rules.push_back(std::move(rule));
    }
}

ProofEngine::~ProofEngine() = default;

QStringList ProofEngine::ruleIds()
{
    return {QStringLiteral("halfwidth-punctuation"), QStringLiteral("ascii-quotes"),
            QStringLiteral("unbalanced-pair"),       QStringLiteral("doubled-mark"),
            QStringLiteral("ellipsis-dash"),         QStringLiteral("fullwidth-alnum"),
            QStringLiteral("stray-space"),           QStringLiteral("cjk-latin-space"),
            QStringLiteral("repeated-character"),    QStringLiteral("confusable"),
            QStringLiteral("script-mix"),            QStringLiteral("wordlist"),
            QStringLiteral("spelling")};
}

QString ProofEngine::ruleName(const QString &id)
{
    static const struct {
        const char *id;
        const char *name;
    } names[] = {
        {"halfwidth-punctuation", QT_TR_NOOP("Half-width punctuation")},
        {"ascii-quotes", QT_TR_NOOP("Straight quotes")},
        {"unbalanced-pair", QT_TR_NOOP("Unpaired marks")},
        {"doubled-mark", QT_TR_NOOP("Doubled marks")},
        {"ellipsis-dash", QT_TR_NOOP("Ellipsis and dash")},
        {"fullwidth-alnum", QT_TR_NOOP("Full-width letters and digits")},
        {"stray-space", QT_TR_NOOP("Stray spaces")},
        {"cjk-latin-space", QT_TR_NOOP("Space between Chinese and Latin")},
        {"repeated-character", QT_TR_NOOP("Repeated characters")},
        {"confusable", QT_TR_NOOP("Confusable phrases")},
        {"script-mix", QT_TR_NOOP("Traditional and simplified mixed")},
        {"wordlist", QT_TR_NOOP("Outlet word lists")},
        {"spelling", QT_TR_NOOP("English spelling")},
    };
    for (const auto &entry : names) {
        if (id == QLatin1String(entry.id))
            return tr(entry.name);
    }
    return id;
}

bool ProofEngine::hasSpelling() const
{
    return m_spelling;
}

ProofContext ProofEngine::context(ProofFinding::Field field, ProofOptions::Script script) const
{
    ProofContext context;
    context.field = field;
    context.preset = m_options.preset;
    context.script = script == ProofOptions::Script::Traditional ? script : ProofOptions::Script::Simplified;
    return context;
}

ProofOptions::Script ProofEngine::scriptOf(const Article &article) const
{
    if (m_options.script != ProofOptions::Script::Auto)
        return m_options.script;
    QString all = article.title + article.subtitle;
    for (const Block &block : article.blocks)
        all += block.plainText();
    return scriptOf(all);
}

ProofOptions::Script ProofEngine::scriptOf(const QString &text) const
{
    if (m_options.script != ProofOptions::Script::Auto)
        return m_options.script;
    return m_scriptMix->tally(text).script();
}

ProofOptions::Script ProofEngine::scriptOf(const ScriptTally &tally) const
{
    return m_options.script != ProofOptions::Script::Auto ? m_options.script : tally.script();
}

ScriptTally ProofEngine::scriptTally(const QString &text) const
{
    return m_scriptMix->tally(text);
}

QList<ProofFinding> ProofEngine::checkText(const QString &text, const ProofContext &context) const
{
    QList<ProofFinding> findings;
    const ProofText prepared(text);
    for (const auto &rule : m_rules)
        rule->check(prepared, context, &findings);
    for (ProofFinding &finding : findings)
        finding.field = context.field;
    std::stable_sort(findings.begin(), findings.end(), [](const ProofFinding &a, const ProofFinding &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    return findings;
}

void ProofEngine::checkField(const QString &text, ProofFinding::Field field, int block, int offset,
                             ProofOptions::Script script, QList<ProofFinding> *findings) const
{
    if (text.isEmpty())
        return;
    const QList<ProofFinding> found = checkText(text, context(field, script));
    for (ProofFinding finding : found) {
        finding.block = block;
        finding.start += offset;
        finding.end += offset;
        findings->append(finding);
    }
}

QList<ProofFinding> ProofEngine::checkArticle(const Article &article) const
{
    using Field = ProofFinding::Field;
    const ProofOptions::Script script = scriptOf(article);
    QList<ProofFinding> findings;
    checkField(article.title, Field::Title, -1, 0, script, &findings);
    checkField(article.subtitle, Field::Subtitle, -1, 0, script, &findings);
    checkField(article.byline, Field::Byline, -1, 0, script, &findings);
    checkField(article.source, Field::Source, -1, 0, script, &findings);
    for (int index = 0; index < int(article.blocks.size()); ++index) {
        const Block &block = article.blocks.at(index);
        switch (block.type) {
        case Block::Type::Paragraph:
        case Block::Type::Heading:
        case Block::Type::Quote:
            checkField(block.text.text, Field::Body, index, 0, script, &findings);
            break;
        case Block::Type::List: {
            // Each item alone, at its place in the block's plain text (items joined by \n).
            int offset = 0;
            for (const RichText &item : block.items) {
                checkField(item.text, Field::Body, index, offset, script, &findings);
                offset += int(item.text.size()) + 1;
            }
            break;
        }
        case Block::Type::Image:
            checkField(block.caption, Field::Caption, index, 0, script, &findings);
            checkField(block.credit, Field::Credit, index, 0, script, &findings);
            break;
        }
    }
    return findings;
}

} // namespace copydesk
