#include "import/mastheadlines.h"

#include "import/copyrules.h"

#include <QRegularExpression>

#include <algorithm>

namespace copydesk {

namespace {

constexpr qsizetype ShortLine = 40;

bool isShort(const QString &line)
{
    return line.size() <= ShortLine && !CopyRules::endsSentence(line);
}

bool isProse(const QString &line)
{
    return line.size() > ShortLine || (line.size() >= 12 && CopyRules::endsSentence(line));
}

// The line after the group at groupEnd is a headline: short, then prose within three lines.
bool headlineFollows(const QList<MastheadLines::Line> &lines, qsizetype groupEnd)
{
    if (groupEnd >= lines.size() || !isShort(lines.at(groupEnd).text) || !lines.at(groupEnd).blankBefore)
        return false;
    for (qsizetype k = groupEnd + 1; k < lines.size() && k <= groupEnd + 3; ++k) {
        if (isProse(lines.at(k).text))
            return true;
        if (!isShort(lines.at(k).text))
            return false;
    }
    return false;
}

} // namespace

bool MastheadLines::isNavigation(const QString &line)
{
    static const QRegularExpression location(QStringLiteral("^(当前位置|您的位置|你的位置|所在位置)\\s*[:：]"));
    if (location.match(line).hasMatch())
        return true;
    static const QRegularExpression separator(QStringLiteral("\\s*(>|›|»|＞|→|\\|)\\s*"));
    const QStringList parts = line.split(separator, Qt::SkipEmptyParts);
    return parts.size() >= 2 && line.size() <= 60
           && std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) { return part.size() <= 12; });
}

bool MastheadLines::isSlogan(const QString &line)
{
    // Two or more phrases of 2 to 12 CJK characters, separated by spaces, without punctuation.
    static const QRegularExpression slogan(
        QStringLiteral("^[\\x{3400}-\\x{9FFF}]{2,12}([ \\x{3000}]+[\\x{3400}-\\x{9FFF}]{2,12})+$"));
    return slogan.match(line).hasMatch();
}

qsizetype MastheadLines::end(const QList<Line> &lines)
{
    // A site names itself: 邵商网, 日报, 电视台, 融媒, 客户端.
    static const QRegularExpression siteWord(QStringLiteral("网|报|台|融媒|频道|客户端"));
    qsizetype begin = 0;
    while (begin < lines.size()) {
        qsizetype groupEnd = begin + 1;
        while (groupEnd < lines.size() && !lines.at(groupEnd).blankBefore)
            ++groupEnd;
        bool allShort = true;
        bool furniture = false;
        bool namesSite = false;
        for (qsizetype k = begin; k < groupEnd; ++k) {
            const QString &text = lines.at(k).text;
            allShort = allShort && isShort(text);
            furniture = furniture || isSlogan(text) || isNavigation(text);
            namesSite = namesSite || siteWord.match(text).hasMatch();
        }
        if (!allShort || !(furniture || (groupEnd - begin >= 2 && namesSite)))
            return 0;
        if (headlineFollows(lines, groupEnd))
            return groupEnd;
        begin = groupEnd;
    }
    return 0;
}

} // namespace copydesk
