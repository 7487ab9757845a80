#pragma once

#include "command.h"
#include "model/article.h"
#include "proof/prooffinding.h"

#include <QJsonArray>

namespace copydesk {

class ProofEngine;

// proof: 校对 of one article (punctuation, spacing, confusables, 繁简, word lists, spelling), as
// text or JSON; --fix puts the suggestions in as a new revision.
class ProofCommand : public Command
{
public:
    ProofCommand();

    // The findings as the JSON contract has them: offsets in code points into the field's
    // plain text, block null for the article's own fields.
    static QJsonArray toJson(const Article &article, const QList<ProofFinding> &findings);
    // The plain text a finding's offsets count in.

protected:
    int execute(Invocation &invocation) const override;

private:
    static int fix(Invocation &invocation, const ProofEngine &engine, qint64 id, const QString &rule);
};

} // namespace copydesk
