#pragma once

#include "proof/prooffinding.h"
#include "proof/proofoptions.h"

#include <QSyntaxHighlighter>

namespace copydesk {

class ProofEngine;
class ProofIgnores;

// Wavy underlines under the proofing findings of one field's document (the headline, the
// subtitle, or the body with its captions), block by block: Qt re-highlights only the block being
// edited, so typing re-checks one paragraph. The formats live in the layout, not in the document,
// so they never reach the article. Ignored findings are not underlined.
class ProofHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // Underlines nothing until rehighlight() (ProofDock runs every pass through
    // ArticleEditor::restyle()).
    ProofHighlighter(QTextDocument *document, const ProofEngine *engine, ProofFinding::Field field,
                     const ProofIgnores *ignores, ProofOptions::Script script);

    // The script the article is written in; re-underlines when it changes.
    void setScript(ProofOptions::Script script);

protected:
    void highlightBlock(const QString &text) override;

private:
    const ProofEngine *m_engine;
    ProofFinding::Field m_field;
    const ProofIgnores *m_ignores;
    ProofOptions::Script m_script;
};

} // namespace copydesk
