#include "proof/spellingrule.h"

#include "proof/prooftext.h"

#include <QFileInfo>
#include <QStandardPaths>

#include <hunspell/hunspell.hxx>

namespace copydesk {

namespace {

bool isLower(char16_t c)
{
    return c >= u'a' && c <= u'z';
}

} // namespace

SpellingRule::SpellingRule(const QStringList &userWords) : ProofRule(QStringLiteral("spelling"))
{
    for (const QString &word : userWords)
        m_userWords.insert(word.trimmed().toLower());
    const QString aff = dictionaryPath();
    if (aff.isEmpty())
        return;
    const QString dic = aff.left(aff.size() - 4) + QStringLiteral(".dic");
    m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
}

SpellingRule::~SpellingRule() = default;

QString SpellingRule::dictionaryPath()
{
    const QString relative = QStringLiteral("hunspell/en_US.aff");
    const QString found = QStandardPaths::locate(QStandardPaths::GenericDataLocation, relative);
    if (!found.isEmpty())
        return found;
    const QString system = QStringLiteral("/usr/share/") + relative;
    return QFileInfo::exists(system) ? system : QString();
}

std::optional<QString> SpellingRule::suggestion(const QString &word) const
{
    const auto known = m_suggestions.constFind(word);
    if (known != m_suggestions.constEnd())
        return *known;
    const std::vector<std::string> suggestions = m_hunspell->suggest(word.toStdString());
    std::optional<QString> first;
    if (!suggestions.empty())
        first = QString::fromStdString(suggestions.front());
    m_suggestions.insert(word, first);
    return first;
}

void SpellingRule::check(const ProofText &text, const ProofContext &context, QList<ProofFinding> *findings) const
{
    if (!m_hunspell)
        return;
    int i = 0;
    while (i < text.size()) {
        if (!ProofText::isLatinLetter(text.at(i)) || ProofText::isLatinLetter(text.at(i - 1))) {
            ++i;
            continue;
        }
        int end = i;
        while (end < text.size() && (ProofText::isLatinLetter(text.at(end))
                                     || (text.at(end) == u'\'' && ProofText::isLatinLetter(text.at(end + 1)))))
            ++end;
        // Whole lower-case words of three letters or more, not glued to digits, outside URLs, not
        // a file name's extension (报告.pdf).
        bool judged = end - i >= 3 && end - i <= MaxWordLength && !text.anyProtected(i, end) && !ProofText::isLatinOrDigit(text.at(end))
            && !ProofText::isLatinOrDigit(text.at(i - 1)) && text.at(i - 1) != u'.';
        for (int j = i; j < end && judged; ++j)
            judged = isLower(text.at(j)) || text.at(j) == u'\'';
        const QString word = text.text().mid(i, end - i);
        if (judged && !m_userWords.contains(word) && !m_hunspell->spell(word.toStdString()))
            findings->append(finding(i, end, ProofFinding::Severity::Warning,
                                     tr("“%1” is not in the English dictionary.").arg(word),
                                     context.suggestions ? suggestion(word) : std::nullopt));
        i = end;
    }
}

} // namespace copydesk
