#include "proof/repeatedcharacterrule.h"

#include "proof/prooftext.h"

#include <QHash>

namespace copydesk {

namespace {

// For each character a slip doubles: the characters that may follow the pair because the second
// one starts a word (的 + 确: 的确), and those that may precede it because the first one ends a
// word (目 + 的: 目的).
struct Repeatable
{
    const char16_t *after;
    const char16_t *before;
};

const QHash<char16_t, Repeatable> &repeatables()
{
    static const QHash<char16_t, Repeatable> table{
        {u'的', {u"确士话", u"目标有是似别真对好"}},
        {u'了', {u"解结却断如然得", u"为除罢算好极不时"}},
        {u'是', {u"否非的", u"就但还于只可不正而凡要总也都算倒硬便即乃自更"}},
        {u'在', {u"于", u"现正存实所好自潜内外"}},
        {u'和', {u"平谐睦美气解煦", u"温平缓总附柔随调共饱暖"}},
        {u'与', {u"会其否日", u"参给赋"}},
        {u'及', {u"时早格", u"以涉来普危波顾触企惠遍论提"}},
        {u'被', {u"告动迫害子", u"棉"}},
        {u'将', {u"军领士近来要会", u"即必终也都大武主干名老猛"}},
        {u'从', {u"事而来中小此容前业严", u"服顺盲随侍自听无何"}},
        {u'于', {u"是今此", u"由对关至在等属位处终善敢勇便急易乐基鉴出用归限忙大小高低多少免过"}},
        {u'就', {u"是业医读诊任职地近此算餐座绪", u"成早也造迁将本这那"}},
        {u'也', {u"许好是", u""}},
        {u'都', {u"市会督是要", u"首全古国迁故成京帝大"}},
        {u'并', {u"且非列购存肩不举行没未", u"合吞兼归一"}},
        {u'这', {u"", u""}},
        {u'那', {u"", u""}},
        {u'其', {u"实中他它次余后间", u"尤极与及何耳"}},
        {u'之', {u"后前间一中外下上内所类", u"总加反久随为"}},
        {u'以', {u"及来后上下前外为便免此至致往期求", u"可所难予加得足用借藉据赖何是不"}},
        {u'着', {u"力手重眼想落实陆装急迷火凉色", u""}},
        {u'得', {u"到以出知分益失奖手体力", u"值获取赢记觉懂难显舍使免晓落变博"}},
        {u'们', {u"", u""}},
        {u'吗', {u"啡", u""}},
        {u'呢', {u"子绒喃", u"毛"}},
        {u'吧', {u"台", u"酒网水书"}},
    };
    return table;
}

bool contains(const char16_t *set, char16_t c)
{
    for (; *set; ++set) {
        if (*set == c)
            return true;
    }
    return false;
}

} // namespace

RepeatedCharacterRule::RepeatedCharacterRule() : ProofRule(QStringLiteral("repeated-character")) {}

void RepeatedCharacterRule::check(const ProofText &text, const ProofContext &, QList<ProofFinding> *findings) const
{
    const auto &table = repeatables();
    int i = 0;
    while (i + 1 < text.size()) {
        const char16_t c = text.at(i);
        if (text.at(i + 1) != c || !table.contains(c)) {
            ++i;
            continue;
        }
        int end = i + 1;
        while (end < text.size() && text.at(end) == c)
            ++end;
        const Repeatable &words = table.value(c);
        const bool twoWords = end - i == 2
            && (contains(words.after, text.at(end)) || contains(words.before, text.at(i - 1)));
        if (!twoWords) {
            const QString once(QChar{c});
            findings->append(finding(i, end, ProofFinding::Severity::Warning,
                                     tr("“%1” typed %2 times in a row.").arg(once).arg(end - i), once));
        }
        i = end;
    }
}

} // namespace copydesk
