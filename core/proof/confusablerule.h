#pragma once

#include "proof/ahocorasick.h"
#include "proof/proofrule.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace copydesk {

// Phrases written with a wrong character that sounds or looks like the right one (一愁莫展 →
// 一筹莫展, 按步就班 → 按部就班), from the list in resources/proof/confusables.txt.
class ConfusableRule : public ProofRule
{
    Q_DECLARE_TR_FUNCTIONS(ConfusableRule)

public:
    ConfusableRule();
    void check(const ProofText &text, const ProofContext &context,
               QList<ProofFinding> *findings) const override;

    // The list, wrong form then right form, read once from the compiled-in file.
    static const QList<QPair<QString, QString>> &entries();

private:
    static const AhoCorasick &automaton();
};

} // namespace copydesk
