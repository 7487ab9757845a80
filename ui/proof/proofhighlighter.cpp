#include "proof/proofhighlighter.h"

#include "proof/proofengine.h"

#include <QTextCharFormat>

namespace copydesk {

ProofHighlighter::ProofHighlighter(QTextDocument *document, const ProofEngine *engine)
    : QSyntaxHighlighter(document), m_engine(engine)
{
}

void ProofHighlighter::highlightBlock(const QString &text)
{
    ProofContext context = m_engine->context(ProofFinding::Field::Body, ProofOptions::Script::Simplified);
    context.suggestions = false;
    for (const ProofFinding &finding : m_engine->checkText(text, context)) {
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(finding.severity == ProofFinding::Severity::Error ? QColor(0xd0, 0x21, 0x21)
                                 : finding.severity == ProofFinding::Severity::Warning ? QColor(0xe0, 0x8a, 0x00)
                                                                                      : QColor(0x3b, 0x7d, 0xd8));
        // An insertion (start = end) underlines the character after it.
        const int length = qMax(1, finding.end - finding.start);
        if (finding.start < text.size())
            setFormat(finding.start, length, format);
    }
}

} // namespace copydesk
