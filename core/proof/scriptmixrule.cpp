#include "proof/scriptmixrule.h"

#include "proof/chineseconverter.h"
#include "proof/prooftext.h"
#include "text/script.h"

namespace copydesk {

ScriptMixRule::ScriptMixRule(const ChineseConverter &toSimplified, const ChineseConverter &toTraditional)
    : ProofRule(QStringLiteral("script-mix")), m_toSimplified(toSimplified), m_toTraditional(toTraditional)
{
}

bool ScriptMixRule::isTraditionalOnly(char32_t c) const
{
    return Script::isCjk(c) && m_toSimplified.convert(c) != c && m_toTraditional.convert(c) == c;
}

bool ScriptMixRule::isSimplifiedOnly(char32_t c) const
{
    // 台 is how Taiwan and Hong Kong write 臺 (台灣, 台北), though OpenCC makes it 臺.
    return Script::isCjk(c) && c != U'台' && m_toTraditional.convert(c) != c && m_toSimplified.convert(c) == c;
}

ScriptTally ScriptMixRule::tally(const QString &text) const
{
    ScriptTally tally;
    for (const QChar character : text) {
        const char16_t unit = character.unicode();
        if (!Script::isCjk(unit))
            continue;
        tally.traditional += isTraditionalOnly(unit) ? 1 : 0;
        tally.simplified += isSimplifiedOnly(unit) ? 1 : 0;
    }
    return tally;
}

void ScriptMixRule::check(const ProofText &text, const ProofContext &context, QList<ProofFinding> *findings) const
{
    if (!m_toSimplified.isValid() || !m_toTraditional.isValid())
        return;
    const bool simplified = context.script != ProofOptions::Script::Traditional;
    // Only a text with a character of the other script is converted as a whole.
    bool suspect = false;
    for (int i = 0; i < text.size() && !suspect; ++i) {
        const char16_t unit = text.at(i);
        suspect = Script::isCjk(unit) && (simplified ? isTraditionalOnly(unit) : isSimplifiedOnly(unit));
    }
    if (!suspect)
        return;
    const QString converted = (simplified ? m_toSimplified : m_toTraditional).convert(text.text());
    if (converted.size() != text.size())
        return;
    int i = 0;
    while (i < text.size()) {
        const char16_t unit = text.at(i);
        const bool other = converted.at(i) != QChar(unit) && Script::isCjk(unit) && !text.isProtected(i)
            && (simplified ? isTraditionalOnly(unit) : isSimplifiedOnly(unit));
        if (!other) {
            ++i;
            continue;
        }
        int end = i + 1;
        while (end < text.size() && converted.at(end) != text.text().at(end) && Script::isCjk(text.at(end)))
            ++end;
        const QString was = text.text().mid(i, end - i);
        const QString now = converted.mid(i, end - i);
        const QString message = simplified
            ? tr("Traditional characters in simplified text: “%1” is “%2”.").arg(was, now)
            : tr("Simplified characters in traditional text: “%1” is “%2”.").arg(was, now);
        findings->append(finding(i, end, ProofFinding::Severity::Warning, message, now));
        i = end;
    }
}

} // namespace copydesk
