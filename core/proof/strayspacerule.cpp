#include "proof/strayspacerule.h"

#include "proof/prooftext.h"

#include <QStringList>

namespace copydesk {

namespace {

// A byline inside the text, (记者 王冠华 通讯员 李四): the space after a role or between the
// names that follow it is the byline's own.
bool inByline(const ProofText &text, int at)
{
    static const QStringList roles{QStringLiteral("记者"), QStringLiteral("通讯员"), QStringLiteral("摄影"),
                                   QStringLiteral("实习生"), QStringLiteral("编辑"), QStringLiteral("责编"),
                                   QStringLiteral("作者"), QStringLiteral("供图"), QStringLiteral("主播")};
    int from = at;
    while (from > 0 && (text.isCjkAt(from - 1) || ProofText::isSpace(text.at(from - 1))))
        --from;
    const QStringView clause = QStringView(text.text()).mid(from, at - from);
    for (const QString &role : roles) {
        if (clause.contains(role))
            return true;
    }
    return false;
}

// Curly quotes, the dash and the ellipsis are English typography too: beside ASCII on the
// other side of the space they are an English sentence's own (… Province. “十四五”期间).
bool sharedWithEnglish(char16_t mark, char16_t other)
{
    const bool shared = mark == u'\u201C' || mark == u'\u201D' || mark == u'\u2018' || mark == u'\u2019'
        || mark == u'\u2014' || mark == u'\u2026';
    return shared && other < 0x80;
}

} // namespace

StraySpaceRule::StraySpaceRule() : ProofRule(QStringLiteral("stray-space")) {}

void StraySpaceRule::check(const ProofText &text, const ProofContext &context,
                           QList<ProofFinding> *findings) const
{
    if (context.field == ProofFinding::Field::Byline || context.field == ProofFinding::Field::Credit)
        return;
    int i = 0;
    while (i < text.size()) {
        if (!ProofText::isSpace(text.at(i))) {
            ++i;
            continue;
        }
        int end = i;
        while (end < text.size() && ProofText::isSpace(text.at(end)))
            ++end;
        const int before = i - 1;
        const int after = end;
        if (before >= 0 && after < text.size()) {
            // Headlines and slogans part their halves with a space (聚合邵阳新闻 传播邵阳声音).
            const bool headline = context.field == ProofFinding::Field::Title
                || context.field == ProofFinding::Field::Subtitle;
            // A full-width space between characters is deliberate (names padded to line up).
            const bool ideographic = text.text().mid(i, end - i).contains(QChar(0x3000));
            const bool betweenChinese = !headline && !ideographic && text.isCjkAt(before) && text.isCjkAt(after)
                && !inByline(text, i);
            const bool byMark = (ProofText::isFullwidthPunctuation(text.at(before))
                                 && !sharedWithEnglish(text.at(before), text.at(after)))
                || (ProofText::isFullwidthPunctuation(text.at(after)) && !sharedWithEnglish(text.at(after), text.at(before)));
            if (betweenChinese)
                findings->append(finding(i, end, ProofFinding::Severity::Warning,
                                         tr("Space between Chinese characters."), QString()));
            else if (byMark)
                findings->append(finding(i, end, ProofFinding::Severity::Warning,
                                         tr("Space next to a full-width punctuation mark."), QString()));
        }
        i = end;
    }
}

} // namespace copydesk
