#pragma once

#include <QSyntaxHighlighter>

namespace copydesk {

class ProofEngine;

// Wavy underlines under the proofing findings of the body, block by block: Qt re-highlights only
// the block being edited, so typing re-checks one paragraph. The formats live in the layout, not
// in the document, so they never reach the article.
class ProofHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    ProofHighlighter(QTextDocument *document, const ProofEngine *engine);

protected:
    void highlightBlock(const QString &text) override;

private:
    const ProofEngine *m_engine;
};

} // namespace copydesk
