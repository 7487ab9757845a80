#pragma once

#include "model/wordlistentry.h"
#include "proof/ahocorasick.h"
#include "proof/proofrule.h"

#include <QCoreApplication>
#include <QList>

namespace copydesk {

class ChineseConverter;

// The outlet's enabled word lists (禁用词, 慎用词, 规范表述): each term found in one pass, the
// text and the terms alike folded to half-width, lower case and simplified characters, so
// ＧＤＰ, gdp and 頭髮 match GDP and 头发.
class WordListRule : public ProofRule
{
    Q_DECLARE_TR_FUNCTIONS(WordListRule)

public:
    WordListRule(const QList<WordListEntry> &entries, const ChineseConverter &toSimplified);
    void check(const ProofText &text, const ProofContext &context,
               QList<ProofFinding> *findings) const override;

    // The folded text, as long as text, so offsets carry over.
    QString fold(const QString &text) const;

private:
    QList<WordListEntry> m_entries;
    const ChineseConverter &m_toSimplified;
    AhoCorasick m_automaton;
};

} // namespace copydesk
