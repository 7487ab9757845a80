#pragma once

#include "model/article.h"
#include "proof/proofcontext.h"
#include "proof/prooffinding.h"
#include "proof/proofoptions.h"
#include "proof/scripttally.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace copydesk {

class ChineseConverter;
class ProofRule;
class ScriptMixRule;

// 校对: runs every enabled rule over an article's title, subtitle, byline, source, body
// blocks, captions and credits, or over one text alone (the editor's re-check of the block
// being typed in). Findings are sorted by field, block and start.
class ProofEngine
{
    Q_DECLARE_TR_FUNCTIONS(ProofEngine)

public:
    explicit ProofEngine(const ProofOptions &options = {});
    ~ProofEngine();
    ProofEngine(const ProofEngine &) = delete;
    ProofEngine &operator=(const ProofEngine &) = delete;

    // Every rule id, in the order the rules run.
    static QStringList ruleIds();
    // What the user reads for a rule id ("Half-width punctuation"); the id itself when unknown.
    static QString ruleName(const QString &id);
    const ProofOptions &options() const { return m_options; }
    // Whether Hunspell's English dictionary was found.
    bool hasSpelling() const;

    // The context a field is checked in under these options, with the article's script.
    ProofContext context(ProofFinding::Field field, ProofOptions::Script script) const;
    // The script options().script names, or the one most of the article is in for Auto.
    ProofOptions::Script scriptOf(const Article &article) const;
    ProofOptions::Script scriptOf(const QString &text) const;
    // The same from the tallies of the text's parts, added up (ScriptTally).
    ProofOptions::Script scriptOf(const ScriptTally &tally) const;
    ScriptTally scriptTally(const QString &text) const;

    // One text alone; offsets are into text. field and block of the findings are left as the
    // context and -1.
    QList<ProofFinding> checkText(const QString &text, const ProofContext &context) const;
    QList<ProofFinding> checkArticle(const Article &article) const;

private:
    void checkField(const QString &text, ProofFinding::Field field, int block, int offset,
                    ProofOptions::Script script, QList<ProofFinding> *findings) const;

    ProofOptions m_options;
    std::unique_ptr<ChineseConverter> m_toSimplified;
    std::unique_ptr<ChineseConverter> m_toTraditional;
    std::vector<std::unique_ptr<ProofRule>> m_rules;
    const ScriptMixRule *m_scriptMix = nullptr;
    bool m_spelling = false;
};

} // namespace copydesk
