#pragma once

#include "model/article.h"
#include "proof/prooffinding.h"

#include <QList>
#include <QString>

namespace copydesk {

// Puts findings' suggestions into an article: the fields' text and the blocks' text with their
// marks (bold, links) moved along.
class ProofFixer
{
public:
    // Applies the suggestions of the findings of rule (every rule when empty); of findings that
    // overlap, the first one wins. Returns how many were applied.
    static int apply(Article *article, const QList<ProofFinding> &findings, const QString &rule = {});
    // Replaces [start, end) of text with with, moving, shrinking or growing the marks.
    static void replace(RichText *text, int start, int end, const QString &with);

private:
    // The findings of one field (or block), applied from the end so offsets stay right.
    static int applyTo(QList<ProofFinding> findings, const std::function<void(const ProofFinding &)> &edit);
};

} // namespace copydesk
