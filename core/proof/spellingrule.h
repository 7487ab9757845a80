#pragma once

#include "proof/proofrule.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

class Hunspell;

namespace copydesk {

// English spelling of the Latin words in the text, through Hunspell's en_US dictionary and the
// user's own words. Only lower-case words of 3 to MaxWordLength letters are judged: names, acronyms (GDP, iPhone) and pinyin
// (Daxiang) are not misspellings.
class SpellingRule : public ProofRule
{
    Q_DECLARE_TR_FUNCTIONS(SpellingRule)

public:
    // Longer runs of letters are not English words (and Hunspell's suggestions for them take
    // seconds).
    static constexpr int MaxWordLength = 24;

    explicit SpellingRule(const QStringList &userWords);
    ~SpellingRule() override;
    void check(const ProofText &text, const ProofContext &context,
               QList<ProofFinding> *findings) const override;

    // Whether the dictionary was found (without it the rule finds nothing).
    bool isAvailable() const { return m_hunspell != nullptr; }
    // The en_US dictionary's .aff file; empty when not installed.
    static QString dictionaryPath();

private:
    // Hunspell's first suggestion for a misspelt word (slow: remembered, as the editor re-checks
    // a paragraph at every keystroke).
    std::optional<QString> suggestion(const QString &word) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QSet<QString> m_userWords; // lower case
    mutable QHash<QString, std::optional<QString>> m_suggestions;
};

} // namespace copydesk
