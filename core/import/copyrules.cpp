#include "import/copyrules.h"
#include "import/metalines.h"
#include "text/script.h"

#include <QRegularExpression>
#include <QUrl>

namespace copydesk {

namespace {

using ListItem = CopyRules::ListItem;
using Kind = CopyRules::LineKind;

QRegularExpression makeRegex(const QString &pattern, bool caseInsensitive = false)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    QRegularExpression re(pattern, options);
    re.optimize();
    return re;
}

bool isBlankChar(QChar c)
{
    return c.isSpace() || c == QChar(0x200B) || c == QChar(0xFEFF) || c == QChar(0x2060);
}


QString trimmed(QStringView line)
{
    qsizetype begin = 0;
    qsizetype end = line.size();
    while (begin < end && isBlankChar(line[begin]))
        ++begin;
    while (end > begin && isBlankChar(line[end - 1]))
        --end;
    return line.mid(begin, end - begin).toString();
}

bool hasCjk(const QString &line)
{
    for (const QChar c : line) {
        if (Script::isCjkUnit(c.unicode()))
            return true;
    }
    return false;
}

bool hasLetter(const QString &line)
{
    for (const QChar c : line) {
        if (c.isLetter() || c.isHighSurrogate())
            return true;
    }
    return false;
}

bool hasLetterOrNumber(const QString &line)
{
    for (const QChar c : line) {
        if (c.isLetterOrNumber() || c.isHighSurrogate())
            return true;
    }
    return false;
}

int visibleLength(const QString &line)
{
    int n = 0;
    for (const QChar c : line) {
        if (!isBlankChar(c) && !c.isLowSurrogate())
            ++n;
    }
    return n;
}

bool containsAny(const QString &line, const QString &chars)
{
    for (const QChar c : chars) {
        if (line.contains(c))
            return true;
    }
    return false;
}

const QString &sentenceEnders()
{
    static const QString enders = QStringLiteral("。\uFF01\uFF1F\uFF1B….!?;");
    return enders;
}

const QString &closers()
{
    static const QString closing = QStringLiteral("”’\"'」』)\uFF09】]》〕");
    return closing;
}

// Ends with sentence-final punctuation, possibly followed by closing quotes or brackets.
bool endsSentence(const QString &line)
{
    qsizetype i = line.size() - 1;
    while (i >= 0 && closers().contains(line.at(i)))
        --i;
    return i >= 0 && sentenceEnders().contains(line.at(i));
}

bool endsWithColon(const QString &line)
{
    return line.endsWith(u':') || line.endsWith(u'\uFF1A');
}

bool isWhollyQuoted(const QString &line)
{
    static const QString opening = QStringLiteral("“‘\"'「『");
    static const QString closing = QStringLiteral("”’\"'」』");
    return line.size() >= 2 && opening.contains(line.front()) && closing.contains(line.back());
}

bool isBracketed(const QString &line)
{
    static const QString opening = QStringLiteral("(\uFF08【[〔");
    static const QString closing = QStringLiteral(")\uFF09】]〕");
    return line.size() >= 2 && opening.contains(line.front()) && closing.contains(line.back());
}

QString stripWrapper(const QString &line)
{
    if (isBracketed(line))
        return trimmed(QStringView(line).mid(1, line.size() - 2));
    return line;
}

// A decorative rule such as "-----", "=====" or "* * *".
bool isRule(const QString &line)
{
    static const QString ruleChars = QStringLiteral("-=*_~—─━═·•.");
    int marks = 0;
    for (const QChar c : line) {
        if (ruleChars.contains(c))
            ++marks;
        else if (!isBlankChar(c))
            return false;
    }
    return marks >= 3;
}

const QRegularExpression &urlRegex()
{
    static const QRegularExpression re = makeRegex(
        QStringLiteral("https?://[^\\s<>\"'“”‘’\\x{FF0C}。\\x{FF1B}\\x{FF01}\\x{FF1F}\\x{FF09}】」』]+"), true);
    return re;
}

// The first http(s) URL in line, without trailing punctuation; empty if none is valid.
QString findUrl(const QString &line)
{
    const QRegularExpressionMatch match = urlRegex().match(line);
    if (!match.hasMatch())
        return {};
    QString url = match.captured();
    static const QString trailing = QStringLiteral(".,;:!?)]}'\"。\uFF0C\uFF1B\uFF1A\uFF01\uFF1F\uFF09】」』”’>");
    while (!url.isEmpty() && trailing.contains(url.back()))
        url.chop(1);
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return url;
}

// ---- site furniture ---------------------------------------------------------------------------

// Share widgets, WeChat/web page furniture and copy end marks; matched as whole lines only.
bool isFurniture(const QString &line)
{
    if (line.size() > 40 || endsSentence(line))
        return false;
    // One alternation, each alternative a whole line.
    static const QRegularExpression re = makeRegex(
        QStringLiteral(
            "^(?:"
            "分享(?:到|至)?\\s*[:\\x{FF1A}]?"
            "|分享(?:到|至)\\s*[:\\x{FF1A}]?\\s*\\S.{0,16}"
            "|share(?:\\s+(?:this(?:\\s+(?:article|story|post|page))?|on\\s+[\\w ]{1,24}|via\\s+[\\w ]{1,24}))?"
            "\\s*[:\\x{FF1A}]?"
            "|返回搜狐\\s*[,\\x{FF0C}]?\\s*查看更多"
            "|(?:点击)?阅读原文"
            "|点击.{0,16}关注.{0,12}"
            "|(?:长按|扫描|扫码|识别).{0,12}关注.{0,12}"
            "|在看|点赞|点个在看|赞赏|打赏|微信|微博|朋友圈|QQ空间|QQ好友"
            "|tweet|email|print|facebook|twitter|linkedin|whatsapp"
            "|(?:[【\\[]?(?:打印本页|打印|关闭窗口|关闭|返回顶部)[】\\]]?\\s*)+"
            "|for\\s+immediate\\s+release"
            // WeChat's header: "原创 账号名 2022-11-29 18:00 发表于湖南".
            "|原创\\s.{0,60}|.{0,60}\\s发表于\\S{1,10}"
            // Copy end marks.
            "|#\\s*#\\s*#|-\\s*30\\s*-|-?\\s*ends?\\s*-?|[(\\x{FF08}【]完[)\\x{FF09}】]"
            ")$"),
        true);
    return re.match(line).hasMatch();
}

// A repost disclaimer or original-link line; *url gets its http(s) URL, if any.
bool isDisclaimer(const QString &rawLine, QString *url)
{
    if (rawLine.size() > 300)
        return false;
    const QString line = stripWrapper(rawLine);
    static const QRegularExpression re = makeRegex(
        QStringLiteral(
            "转载请注明|本文来自网络|不代表.{0,16}立场|版权归原作者|如有侵权"
            "|^(?:原文链接|本文链接|原文地址|本文地址|文章链接|原文网址|永久链接)"
            "|^(?:original\\s+(?:article|link|url)|originally\\s+published\\s+(?:at|on|by)|permalink)\\b"),
        true);
    if (!re.match(line).hasMatch())
        return false;
    *url = findUrl(line);
    return true;
}

// "原标题:…" names the headline the copy was first published under; it is not body text.
bool isOriginalTitle(const QString &line)
{
    static const QRegularExpression re = makeRegex(QStringLiteral("^原标题\\s*[:\\x{FF1A}]"));
    return re.match(line).hasMatch();
}

// ---- photo captions, credits, lists and sub-heads ----------------------------------------------

// Explicit caption markers; "图为…" and "上图:…" are kept as written, other markers are stripped.
bool captionFromMarker(const QString &line, QString *caption)
{
    if (!QStringLiteral("图上下左右组(\uFF08▲△↑PpCc").contains(line.front()))
        return false;
    static const QRegularExpression keep =
        makeRegex(QStringLiteral("^(?:图为|(?:上|下|左|右|组)图\\s*[:\\x{FF1A}])"));
    static const QRegularExpression strip = makeRegex(
        QStringLiteral(
            "^(?:(?:图片|图|photo|pictured|caption)\\s*[:\\x{FF1A}]|[(\\x{FF08}]图[)\\x{FF09}]|[▲△↑]+)\\s*(.*)$"),
        true);
    if (keep.match(line).hasMatch()) {
        *caption = line;
        return true;
    }
    const QRegularExpressionMatch match = strip.match(line);
    if (!match.hasMatch())
        return false;
    *caption = match.captured(1);
    return true;
}

bool creditFromLine(const QString &line, QString *credit)
{
    if (!containsAny(line, QStringLiteral(":\uFF1A/\uFF0F摄"))
        && !line.contains(QLatin1String(" by "), Qt::CaseInsensitive))
        return false;
    static const QList<QRegularExpression> patterns = {
        makeRegex(
            QStringLiteral("^(?:(?:图片来源|图片提供|图片作者|摄影|摄像|photo\\s+credit|image\\s+credit|credit)"
                           "\\s*[:\\x{FF1A}]"
                           "|(?:图|摄影)\\s*[/\\x{FF0F}]|(?:photo|photograph|image)\\s+by\\s+)\\s*(\\S.{0,39})$"),
            true),
        makeRegex(QStringLiteral("^[(\\x{FF08}]\\s*([^()\\x{FF08}\\x{FF09}]{1,30}?)\\s*摄\\s*[)\\x{FF09}]$")),
    };
    for (const QRegularExpression &re : patterns) {
        const QRegularExpressionMatch match = re.match(line);
        if (match.hasMatch()) {
            *credit = trimmed(match.captured(1));
            return true;
        }
    }
    return false;
}

// "- x", "• x" (bullets) or "1. x", "1、x", "1)x", "(1)x" (numbers; "1.5亿" is not one).
bool listItem(const QString &line, ListItem *item)
{
    if (!line.front().isDigit() && !QStringLiteral("(\uFF08-*+•·●○■□◆◇▪▫►▶➢✓✔").contains(line.front()))
        return false;
    static const QRegularExpression bullet =
        makeRegex(QStringLiteral("^(?:[-*+]\\s+|[•·●○■□◆◇▪▫►▶➢✓✔]\\s*)(\\S.*)$"));
    static const QRegularExpression numbered = makeRegex(QStringLiteral(
        "^(?:(\\d{1,3})(?:[.、\\x{FF0E}](?!\\d)|[)\\x{FF09}])|[(\\x{FF08}](\\d{1,3})[)\\x{FF09}])\\s*(\\S.*)$"));
    QRegularExpressionMatch match = bullet.match(line);
    if (match.hasMatch()) {
        *item = {false, 0, match.captured(1)};
        return true;
    }
    match = numbered.match(line);
    if (!match.hasMatch())
        return false;
    const QString number = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    *item = {true, number.toInt(), match.captured(3)};
    return true;
}

bool isChineseNumberedHead(const QString &line)
{
    if (!QStringLiteral("一二三四五六七八九十百第(\uFF08").contains(line.front()))
        return false;
    static const QRegularExpression re = makeRegex(QStringLiteral(
        "^(?:[一二三四五六七八九十百]+[、.\\x{FF0E}]|[(\\x{FF08}][一二三四五六七八九十百]+[)\\x{FF09}]"
        "|第[一二三四五六七八九十百]+[章节部分篇条]?[、,\\x{FF0C}:\\x{FF1A}\\s])"));
    return re.match(line).hasMatch();
}

bool isDateOnly(const QString &line)
{
    if (!line.front().isDigit())
        return false;
    static const QRegularExpression re = makeRegex(QStringLiteral(
        "^\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?$"));
    return re.match(line).hasMatch();
}

// Short lines between paragraphs are sub-heads or photo captions. A line is "short" when it has
// ≤ 60 characters, does not end a sentence (。!?;…, full- or half-width, also before closing
// quotes), does not end with a colon and is not wholly quoted or bracketed. Then:
//  - numbered ("一、", "(一)", "1.") → sub-head;
//  - CJK with one or two commas whose clauses each have ≤ 20 characters → sub-head
//    ("切实加强组织建设,夯实民族团结基础"); with more or longer clauses it is prose → paragraph;
//  - CJK without a comma: > 12 characters → photo caption (Chinese captions describe the scene
//    in a plain clause), otherwise → sub-head;
//  - Latin: ≤ 8 words → sub-head, else paragraph (English captions only via explicit markers).
Kind classify(const QString &line)
{
    // A line ending in a comma or an opening bracket or quote goes on: never a heading or caption.
    static const QString trailingCommas = QStringLiteral(",\uFF0C、(\uFF08\u201C\u300A\u3010");
    if (!hasLetter(line) || line.size() > 60 || endsSentence(line) || endsWithColon(line)
        || trailingCommas.contains(line.back()) || isWhollyQuoted(line) || isBracketed(line)
        || line.startsWith(u'—') || line.startsWith(QLatin1String("--")) || isDateOnly(line) || line.contains(u'@')
        || urlRegex().match(line).hasMatch())
        return Kind::Paragraph;
    ListItem item;
    if (isChineseNumberedHead(line) || (listItem(line, &item) && item.ordered))
        return Kind::Heading;
    if (listItem(line, &item))
        return Kind::Paragraph;
    if (hasCjk(line)) {
        static const QRegularExpression comma = makeRegex(QStringLiteral("[,\\x{FF0C}]"));
        const QStringList clauses = line.split(comma);
        if (clauses.size() > 1) {
            if (clauses.size() > 3)
                return Kind::Paragraph;
            for (const QString &clause : clauses) {
                const int length = visibleLength(clause);
                if (length == 0 || length > 20)
                    return Kind::Paragraph;
            }
            return Kind::Heading;
        }
        return visibleLength(line) > 12 ? Kind::Caption : Kind::Heading;
    }
    return line.split(u' ', Qt::SkipEmptyParts).size() <= 8 ? Kind::Heading : Kind::Paragraph;
}

// A caption ending in "(记者 张三 摄)" keeps the credit apart.
Block captionPlaceholder(const QString &caption)
{
    static const QRegularExpression credit = makeRegex(
        QStringLiteral("^(.*?)\\s*[(\\x{FF08}]\\s*([^()\\x{FF08}\\x{FF09}]{1,30}?)\\s*摄\\s*[)\\x{FF09}]$"));
    const QRegularExpressionMatch match = credit.match(caption);
    if (!match.hasMatch() || match.captured(1).isEmpty())
        return Block::imagePlaceholder(caption);
    Block block = Block::imagePlaceholder(match.captured(1));
    block.credit = trimmed(match.captured(2));
    return block;
}

} // namespace

// The members forward to the functions above, qualified so as not to name themselves.
bool CopyRules::isBlankChar(QChar c) { return copydesk::isBlankChar(c); }
QString CopyRules::trimmed(QStringView line) { return copydesk::trimmed(line); }
bool CopyRules::hasCjk(const QString &line) { return copydesk::hasCjk(line); }
bool CopyRules::hasLetter(const QString &line) { return copydesk::hasLetter(line); }
bool CopyRules::hasLetterOrNumber(const QString &line) { return copydesk::hasLetterOrNumber(line); }
int CopyRules::visibleLength(const QString &line) { return copydesk::visibleLength(line); }
bool CopyRules::endsSentence(const QString &line) { return copydesk::endsSentence(line); }
bool CopyRules::endsWithColon(const QString &line) { return copydesk::endsWithColon(line); }
bool CopyRules::isRule(const QString &line) { return copydesk::isRule(line); }
bool CopyRules::containsAny(const QString &line, const QString &chars) { return copydesk::containsAny(line, chars); }
QString CopyRules::unwrapped(const QString &line) { return stripWrapper(line); }
QRegularExpression CopyRules::regex(const QString &pattern, bool caseInsensitive)
{
    return makeRegex(pattern, caseInsensitive);
}
bool CopyRules::isFurniture(const QString &line) { return copydesk::isFurniture(line); }
bool CopyRules::isDisclaimer(const QString &line, QString *url) { return copydesk::isDisclaimer(line, url); }
bool CopyRules::isOriginalTitle(const QString &line) { return copydesk::isOriginalTitle(line); }
bool CopyRules::parseMeta(const QString &line, QList<MetaField> *fields) { return MetaLines::parse(line, fields); }
QString CopyRules::bylineFromLead(const QString &lead) { return MetaLines::bylineFromLead(lead); }
bool CopyRules::captionFromMarker(const QString &line, QString *caption)
{
    return copydesk::captionFromMarker(line, caption);
}
bool CopyRules::creditFromLine(const QString &line, QString *credit) { return copydesk::creditFromLine(line, credit); }
Block CopyRules::captionPlaceholder(const QString &caption) { return copydesk::captionPlaceholder(caption); }
bool CopyRules::listItem(const QString &line, ListItem *item) { return copydesk::listItem(line, item); }
CopyRules::LineKind CopyRules::classify(const QString &line) { return copydesk::classify(line); }

} // namespace copydesk
