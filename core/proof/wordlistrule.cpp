#include "proof/wordlistrule.h"

#include "proof/chineseconverter.h"
#include "proof/prooftext.h"
#include "text/script.h"

namespace copydesk {

WordListRule::WordListRule(const QList<WordListEntry> &entries, const ChineseConverter &toSimplified)
    : ProofRule(QStringLiteral("wordlist")), m_entries(entries), m_toSimplified(toSimplified)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_automaton.add(fold(m_entries.at(i).term.trimmed()), int(i));
    m_automaton.build();
}

QString WordListRule::fold(const QString &text) const
{
    QString folded = text;
    for (QChar &c : folded) {
        const char16_t unit = c.unicode();
        if (unit >= 0xFF01 && unit <= 0xFF5E)
            c = QChar(char16_t(unit - 0xFEE0));
        else if (unit == 0x3000)
            c = QLatin1Char(' ');
        if (Script::isCjk(c.unicode())) {
            const char32_t simplified = m_toSimplified.convert(char32_t(c.unicode()));
            if (simplified < 0x10000)
                c = QChar(char16_t(simplified));
        } else if (!c.isSurrogate()) {
            c = c.toLower();
        }
    }
    return folded;
}

void WordListRule::check(const ProofText &text, const ProofContext &, QList<ProofFinding> *findings) const
{
    if (m_automaton.isEmpty())
        return;
    const QString folded = fold(text.text());
    const QList<AhoCorasick::Match> matches = AhoCorasick::leftmostLongest(m_automaton.findAll(folded));
    for (const AhoCorasick::Match &match : matches) {
        // A Latin term is a whole word: GDP is not found in GDPR.
        if ((ProofText::isLatinLetter(folded.at(match.start).unicode()) && match.start > 0
             && ProofText::isLatinLetter(folded.at(match.start - 1).unicode()))
            || (ProofText::isLatinLetter(folded.at(match.end - 1).unicode()) && match.end < folded.size()
                && ProofText::isLatinLetter(folded.at(match.end).unicode())))
            continue;
        if (text.anyProtected(match.start, match.end))
            continue;
        const WordListEntry &entry = m_entries.at(match.value);
        const QString found = text.text().mid(match.start, match.end - match.start);
        QString message;
        ProofFinding::Severity severity = ProofFinding::Severity::Warning;
        switch (entry.kind) {
        case WordListEntry::Kind::Forbidden:
            message = tr("“%1” is a forbidden term.").arg(found);
            severity = ProofFinding::Severity::Error;
            break;
        case WordListEntry::Kind::Caution:
            message = tr("“%1” is to be used with care.").arg(found);
            break;
        case WordListEntry::Kind::Standard:
            message = tr("“%1”: use the standard wording.").arg(found);
            severity = ProofFinding::Severity::Info;
            break;
        }
        if (!entry.preferred.isEmpty())
            message += QLatin1Char(' ') + tr("Write “%1”.").arg(entry.preferred);
        if (!entry.note.isEmpty())
            message += QLatin1Char(' ') + entry.note;
        const bool replace = !entry.preferred.isEmpty() && entry.preferred != found;
        findings->append(finding(match.start, match.end, severity, message,
                                 replace ? std::optional<QString>(entry.preferred) : std::nullopt));
    }
}

} // namespace copydesk
