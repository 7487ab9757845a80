#include "proof/proofhighlighter.h"

#include "document/documentformat.h"
#include "proof/proofengine.h"
#include "proof/proofignores.h"

#include <QTextCharFormat>

namespace copydesk {

ProofHighlighter::ProofHighlighter(QTextDocument *document, const ProofEngine *engine, ProofFinding::Field field,
                                   const ProofIgnores *ignores, ProofOptions::Script script)
    : QSyntaxHighlighter(document), m_engine(engine), m_field(field), m_ignores(ignores), m_script(script)
{
}

void ProofHighlighter::setScript(ProofOptions::Script script)
{
    if (script == m_script)
        return;
    m_script = script;
    rehighlight();
}

void ProofHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    if (DocumentFormat::isImageBlock(block))
        return;
    const ProofFinding::Field field =
            m_field == ProofFinding::Field::Body && DocumentFormat::isCaptionBlock(block) ? ProofFinding::Field::Caption
                                                                                          : m_field;
    ProofContext context = m_engine->context(field, m_script);
    context.suggestions = false;
    for (const ProofFinding &finding : m_engine->checkText(text, context)) {
        if (m_ignores && m_ignores->contains(finding.rule, text.mid(finding.start, finding.end - finding.start)))
            continue;
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
