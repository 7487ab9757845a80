#include "textimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace copydesk {

namespace {

// One non-blank, trimmed line and whether blank lines preceded it.
struct Line
{
    QString text;
    bool blankBefore = false;
};

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

bool isLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\n' || u == u'\r' || u == 0x0B || u == 0x0C || u == 0x85 || u == 0x2028 || u == 0x2029;
}

// Other C0 controls (and DEL) are dropped: they are never meant and break XML exports.
bool isStrayControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t') || u == 0x7F;
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

QList<Line> splitLines(const QString &input)
{
    QList<Line> lines;
    bool blankBefore = false;
    QString current;
    auto flush = [&]() {
        const QString line = trimmed(current);
        current.clear();
        if (line.isEmpty()) {
            blankBefore = true;
            return;
        }
        lines.append({line, blankBefore && !lines.isEmpty()});
        blankBefore = false;
    };
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (isLineBreak(c)) {
            if (c == u'\r' && i + 1 < input.size() && input.at(i + 1) == u'\n')
                ++i;
            flush();
        } else if (!isStrayControl(c)) {
            current.append(c);
        }
    }
    flush();
    return lines;
}

bool isCjk(char16_t u)
{
    return (u >= 0x3040 && u <= 0x30FF)  // kana
        || (u >= 0x3400 && u <= 0x4DBF)  // Han extension A
        || (u >= 0x4E00 && u <= 0x9FFF)  // Han
        || (u >= 0xAC00 && u <= 0xD7AF)  // Hangul
        || (u >= 0xF900 && u <= 0xFAFF)  // Han compatibility
        || (u >= 0xD840 && u <= 0xD8BF); // high surrogates of Han extensions B-H
}

bool hasCjk(const QString &line)
{
    for (const QChar c : line) {
        if (isCjk(c.unicode()))
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

// ---- source, editor and byline lines ----------------------------------------------------------

enum class MetaKind { Source, Editor, Byline, Staff, Ignored };

struct MetaField
{
    MetaKind kind;
    QString value; // for Byline: the piece to join ("记者 张三", "张三")
};

struct Label
{
    const char16_t *name;
    MetaKind kind;
    bool keepRole; // Byline: keep the role before the name ("记者 张三")
};

// Staff lines (审核, 校对, 编审, …) are dropped with nothing kept: the article has no field for
// them, and folding them into editor would misstate who the 责任编辑 is.
const QList<Label> &labels()
{
    static const QList<Label> table = {
        {u"稿件来源", MetaKind::Source, false},  {u"信息来源", MetaKind::Source, false},
        {u"文章来源", MetaKind::Source, false},  {u"新闻来源", MetaKind::Source, false},
        {u"来源", MetaKind::Source, false},      {u"稿源", MetaKind::Source, false},
        {u"Source", MetaKind::Source, false},    {u"责任编辑", MetaKind::Editor, false},
        {u"责编", MetaKind::Editor, false},      {u"编辑", MetaKind::Editor, false},
        {u"Editor", MetaKind::Editor, false},    {u"作者", MetaKind::Byline, false},
        {u"撰文", MetaKind::Byline, false},      {u"撰稿", MetaKind::Byline, false},
        {u"Author", MetaKind::Byline, false},    {u"本报记者", MetaKind::Byline, true},
        {u"特约记者", MetaKind::Byline, true},   {u"见习记者", MetaKind::Byline, true},
        {u"记者", MetaKind::Byline, true},       {u"通讯员", MetaKind::Byline, true},
        {u"实习生", MetaKind::Byline, true},     {u"摄影", MetaKind::Byline, true},
        {u"摄像", MetaKind::Byline, true},       {u"值班编辑", MetaKind::Staff, false},
        {u"审核", MetaKind::Staff, false},       {u"校对", MetaKind::Staff, false},
        {u"编审", MetaKind::Staff, false},       {u"审校", MetaKind::Staff, false},
        {u"审稿", MetaKind::Staff, false},       {u"初审", MetaKind::Staff, false},
        {u"二审", MetaKind::Staff, false},       {u"三审", MetaKind::Staff, false},
        {u"复审", MetaKind::Staff, false},       {u"终审", MetaKind::Staff, false},
        {u"签发", MetaKind::Staff, false},       {u"监制", MetaKind::Staff, false},
        {u"统筹", MetaKind::Staff, false},       {u"策划", MetaKind::Staff, false},
        {u"主编", MetaKind::Staff, false},       {u"发布时间", MetaKind::Ignored, false},
        {u"发布日期", MetaKind::Ignored, false}, {u"更新时间", MetaKind::Ignored, false},
        {u"浏览次数", MetaKind::Ignored, false}, {u"浏览量", MetaKind::Ignored, false},
        {u"点击数", MetaKind::Ignored, false},   {u"点击量", MetaKind::Ignored, false},
        {u"阅读量", MetaKind::Ignored, false},   {u"阅读数", MetaKind::Ignored, false},
        {u"字号", MetaKind::Ignored, false},
    };
    return table;
}

const Label *findLabel(const QString &name)
{
    for (const Label &label : labels()) {
        if (name.compare(QString::fromUtf16(label.name), Qt::CaseInsensitive) == 0)
            return &label;
    }
    return nullptr;
}

// "label:" at the start or after a separator; "文/" and "图/" are byline forms.
const QRegularExpression &labelRegex()
{
    static const QRegularExpression re = [] {
        QStringList names;
        for (const Label &label : labels())
            names.append(QString::fromUtf16(label.name));
        // Longest first so that 责任编辑 wins over 编辑.
        std::stable_sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return a.size() > b.size();
        });
        return makeRegex(QStringLiteral("(?:^|(?<=[\\s|丨│,\\x{FF0C};\\x{FF1B}]))(?:(")
                             + names.join(QLatin1Char('|'))
                             + QStringLiteral(")\\s*[:\\x{FF1A}]|(文|图)\\s*[/\\x{FF0F}])"),
                         true);
    }();
    return re;
}

QString collapseSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (isBlankChar(c)) {
            space = !out.isEmpty();
        } else {
            if (space)
                out.append(u' ');
            out.append(c);
            space = false;
        }
    }
    return out;
}

// A name, an outlet or a list of names: short, and no sentence inside it.
bool isPlausibleValue(const QString &value)
{
    static const QString forbidden = QStringLiteral("。\uFF01\uFF1F\uFF1B!?;");
    if (value.size() > 60)
        return false;
    for (const QChar c : value) {
        if (forbidden.contains(c))
            return false;
    }
    if (hasCjk(value) && (value.contains(u',') || value.contains(u'\uFF0C')))
        return false;
    return true;
}

bool parseLabelledMeta(const QString &line, QList<MetaField> *fields)
{
    if (!containsAny(line, QStringLiteral(":\uFF1A/\uFF0F")))
        return false;
    static const QRegularExpression leadingDate = makeRegex(
        QStringLiteral("^\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s+"));
    QString text = stripWrapper(line);
    const QRegularExpressionMatch date = leadingDate.match(text);
    if (date.hasMatch())
        text = text.mid(date.capturedEnd());

    QList<QRegularExpressionMatch> matches;
    QRegularExpressionMatchIterator it = labelRegex().globalMatch(text);
    while (it.hasNext())
        matches.append(it.next());
    if (matches.isEmpty() || matches.first().capturedStart() != 0)
        return false;

    QList<MetaField> found;
    static const QString separators = QStringLiteral("|丨│,\uFF0C;\uFF1B");
    for (qsizetype m = 0; m < matches.size(); ++m) {
        const qsizetype begin = matches.at(m).capturedEnd();
        const qsizetype end = m + 1 < matches.size() ? matches.at(m + 1).capturedStart() : text.size();
        QString value = trimmed(QStringView(text).mid(begin, end - begin));
        while (!value.isEmpty() && separators.contains(value.back()))
            value = trimmed(QStringView(value).chopped(1));

        const QString slashLabel = matches.at(m).captured(2);
        if (!slashLabel.isEmpty()) {
            if (value.isEmpty() || !isPlausibleValue(value))
                return false;
            const QString role = slashLabel == QStringLiteral("图") ? QStringLiteral("摄影 ") : QString();
            found.append({MetaKind::Byline, role + collapseSpaces(value)});
            continue;
        }
        const Label *label = findLabel(matches.at(m).captured(1));
        if (!label)
            return false;
        if (label->kind != MetaKind::Staff && label->kind != MetaKind::Ignored && !value.isEmpty()
            && !isPlausibleValue(value))
            return false;
        if (label->kind == MetaKind::Byline && label->keepRole && !value.isEmpty())
            value = QString::fromUtf16(label->name) + u' ' + collapseSpaces(value);
        found.append({label->kind, value});
    }
    fields->append(found);
    return true;
}

// Source, editor and byline lines: "来源:X", "责任编辑:X", "记者 X 通讯员 Y", "By X", "SOURCE X", …
// Only looked for above and below the body, so that an interview's "记者:" stays text.
bool parseMeta(const QString &line, QList<MetaField> *fields)
{
    if (line.size() > 160)
        return false;
    if (parseLabelledMeta(line, fields))
        return true;

    static const QRegularExpression roleLine =
        makeRegex(QStringLiteral("^(?:本报记者|特约记者|见习记者|记者|通讯员|实习生)\\s+[\\p{L}\\p{N}\\s、·]+$"));
    if (line.size() <= 40 && roleLine.match(line).hasMatch()) {
        fields->append({MetaKind::Byline, collapseSpaces(line)});
        return true;
    }

    static const QRegularExpression english =
        makeRegex(QStringLiteral("^(By|BY|Edited by|EDITED BY|SOURCE)\\s+(\\S.*)$"));
    const QRegularExpressionMatch match = english.match(line);
    if (!match.hasMatch())
        return false;
    const QString value = match.captured(2);
    if (!value.front().isUpper() || !isPlausibleValue(value) || value.split(u' ').size() > 10)
        return false;
    if (value.endsWith(u'.') && value.section(u' ', -1).size() > 3) // "By J. Smith Jr." is fine
        return false;
    const QString keyword = match.captured(1).toLower();
    const MetaKind kind = keyword == QLatin1String("source") ? MetaKind::Source
        : keyword == QLatin1String("edited by")              ? MetaKind::Editor
                                                             : MetaKind::Byline;
    fields->append({kind, value});
    return true;
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

struct ListItem
{
    bool ordered = false;
    int number = 0;
    QString text;
};

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

enum class Kind { Paragraph, Heading, Caption };

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
    static const QString trailingCommas = QStringLiteral(",\uFF0C、");
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

// ---- hard-wrapped copy ------------------------------------------------------------------------

bool isSpecialLine(const QString &line)
{
    QList<MetaField> fields;
    QString scratch;
    ListItem item;
    return isFurniture(line) || isDisclaimer(line, &scratch) || isOriginalTitle(line) || parseMeta(line, &fields)
        || captionFromMarker(line, &scratch) || creditFromLine(line, &scratch) || listItem(line, &item)
        || isRule(line);
}

// Copy wrapped at a fixed width (e-mailed press releases) has its paragraphs split over lines that
// fill most of the width. Only when the text also separates paragraphs by blank lines and no line is
// wider than 100 characters, a line filling ≥ 70% of the widest one is joined with the next.
QList<Line> unwrap(const QList<Line> &lines)
{
    qsizetype width = 0;
    bool blankSeparated = false;
    for (const Line &line : lines) {
        width = qMax(width, line.text.size());
        blankSeparated = blankSeparated || line.blankBefore;
    }
    if (!blankSeparated || width > 100 || width < 40)
        return lines;
    const qsizetype fill = width * 7 / 10;

    QList<Line> out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line joined = lines.at(i);
        QString lastLine = joined.text;
        while (i + 1 < lines.size() && !lines.at(i + 1).blankBefore && lastLine.size() >= fill) {
            const QString &next = lines.at(i + 1).text;
            // Chinese copy is not wrapped after a full stop; nor are metadata, captions or list items.
            if ((hasCjk(lastLine) && endsSentence(lastLine)) || isSpecialLine(next)
                || (lastLine == joined.text && isSpecialLine(lastLine)))
                break;
            const QChar last = lastLine.back();
            const QChar first = next.front();
            const bool hyphenated = last == u'-' && lastLine.size() > 1
                && lastLine.at(lastLine.size() - 2).isLetter() && first.isLower();
            if (!hyphenated && !isCjk(last.unicode()) && !isCjk(first.unicode()))
                joined.text.append(u' ');
            joined.text.append(next);
            lastLine = next;
            ++i;
        }
        out.append(joined);
    }
    return out;
}

// ---- assembling the article -------------------------------------------------------------------

// Collects metadata in document order: the first source and canonical URL win; editors and
// byline pieces are joined with a space.
struct Metadata
{
    QString source;
    QString canonicalUrl;
    QStringList editors;
    QStringList bylines;

    void apply(const QList<MetaField> &fields)
    {
        for (const MetaField &field : fields) {
            if (field.value.isEmpty())
                continue;
            switch (field.kind) {
            case MetaKind::Source:
                if (source.isEmpty())
                    source = field.value;
                break;
            case MetaKind::Editor:
                if (!editors.contains(field.value))
                    editors.append(field.value);
                break;
            case MetaKind::Byline:
                if (!bylines.contains(field.value))
                    bylines.append(field.value);
                break;
            case MetaKind::Staff:
            case MetaKind::Ignored: break;
            }
        }
    }

    void setUrl(const QString &url)
    {
        if (canonicalUrl.isEmpty() && !url.isEmpty())
            canonicalUrl = url;
    }

    // Consumes a line that belongs above or below the body: metadata, disclaimers, furniture.
    bool takeFrameLine(const QString &line)
    {
        QString url;
        QList<MetaField> fields;
        if (isDisclaimer(line, &url)) {
            setUrl(url);
            return true;
        }
        if (parseMeta(line, &fields)) {
            apply(fields);
            return true;
        }
        return isFurniture(line) || isOriginalTitle(line) || isRule(line);
    }
};

bool isFrameLine(const QString &line)
{
    Metadata scratch;
    return scratch.takeFrameLine(line);
}

// "本报讯(记者 张三 通讯员 李四)…", "新华社北京11月29日电(记者 张三)…": the byline in the lead.
QString bylineFromLead(const QString &lead)
{
    static const QRegularExpression re =
        makeRegex(QStringLiteral("[(\\x{FF08}]\\s*((?:本报|特约|见习)?(?:记者|通讯员|实习生)[^()\\x{FF08}\\x{FF09}"
                                 "]{1,60}?)\\s*[)\\x{FF09}]"));
    const QRegularExpressionMatch match = re.match(QStringView(lead).left(200));
    if (!match.hasMatch() || match.capturedStart() > 60)
        return {};
    static const QRegularExpression colon = makeRegex(QStringLiteral("\\s*[:\\x{FF1A}]\\s*"));
    QString byline = match.captured(1);
    byline.replace(colon, QStringLiteral(" "));
    return collapseSpaces(byline);
}

class BodyBuilder
{
public:
    explicit BodyBuilder(Metadata *meta) : m_meta(meta) {}

    QList<Block> build(const QList<Line> &lines)
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i).text;
            QString value;
            if (isDisclaimer(line, &value)) {
                m_meta->setUrl(value);
                continue;
            }
            if (isOriginalTitle(line) || isRule(line))
                continue;
            if (creditFromLine(line, &value)) {
                if (!m_blocks.isEmpty() && m_blocks.last().type == Block::Type::Image
                    && m_blocks.last().credit.isEmpty())
                    m_blocks.last().credit = value;
                else
                    m_blocks.append(Block::paragraph(line));
                continue;
            }
            if (captionFromMarker(line, &value)) {
                m_blocks.append(placeholder(value));
                continue;
            }
            const qsizetype runEnd = listRunEnd(lines, i);
            if (runEnd > i + 1) {
                appendList(lines, i, runEnd);
                i = runEnd - 1;
                continue;
            }
            switch (classify(line)) {
            case Kind::Heading: m_blocks.append(Block::heading(line, 2)); break;
            case Kind::Caption: m_blocks.append(placeholder(line)); break;
            case Kind::Paragraph: m_blocks.append(Block::paragraph(line)); break;
            }
        }
        return m_blocks;
    }

private:
    // A caption ending in "(记者 张三 摄)" keeps the credit apart.
    static Block placeholder(const QString &caption)
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

    // End of the list run starting at begin: items of one kind, either on consecutive lines or,
    // when separated by blank lines, short and (if numbered) counting up by one.
    static qsizetype listRunEnd(const QList<Line> &lines, qsizetype begin)
    {
        ListItem first;
        if (!listItem(lines.at(begin).text, &first))
            return begin;
        ListItem previous = first;
        qsizetype end = begin + 1;
        for (; end < lines.size(); ++end) {
            ListItem item;
            if (!listItem(lines.at(end).text, &item) || item.ordered != first.ordered)
                break;
            if (lines.at(end).blankBefore
                && (lines.at(end).text.size() > 100 || lines.at(end - 1).text.size() > 100
                    || (item.ordered && item.number != previous.number + 1)))
                break;
            previous = item;
        }
        return end;
    }

    void appendList(const QList<Line> &lines, qsizetype begin, qsizetype end)
    {
        QList<RichText> items;
        bool ordered = false;
        for (qsizetype i = begin; i < end; ++i) {
            ListItem item;
            listItem(lines.at(i).text, &item);
            ordered = item.ordered;
            items.append(RichText(item.text));
        }
        m_blocks.append(Block::list(items, ordered));
    }

    Metadata *m_meta;
    QList<Block> m_blocks;
};

enum class Decoding { Ok, Binary, NoGb18030 };

// UTF-8 or UTF-16 by their BOM, else UTF-8 if the bytes are valid UTF-8, else GB18030.
Decoding decodeText(const QByteArray &bytes, QString *text)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *text = QStringDecoder(QStringConverter::Utf8).decode(QByteArrayView(bytes).sliced(3));
        return Decoding::Ok;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder utf16(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        *text = utf16.decode(QByteArrayView(bytes).sliced(2));
        return Decoding::Ok;
    }
    if (bytes.contains('\0'))
        return Decoding::Binary;
    QStringDecoder utf8(QStringConverter::Utf8);
    *text = utf8.decode(bytes);
    if (!utf8.hasError())
        return Decoding::Ok;
    QStringDecoder gb18030("GB18030");
    if (!gb18030.isValid())
        return Decoding::NoGb18030;
    *text = gb18030.decode(bytes);
    return Decoding::Ok;
}

// Control codes (other than tab, line and page breaks, and a DOS end-of-file mark) or many
// undecodable bytes mean the file is not text.
bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    qsizetype undecodable = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != 0x0B && u != 0x0C && u != 0x1A)
            ++controls;
        else if (u == 0xFFFD)
            ++undecodable;
    }
    return (controls > 0 && controls * 50 >= text.size()) || (undecodable >= 8 && undecodable * 10 >= text.size());
}

} // namespace

Article TextImporter::fromPlainText(const QString &text)
{
    Article article = Article::create();
    const QList<Line> lines = splitLines(text);
    Metadata meta;

    // Furniture, metadata and decorative lines above the title.
    qsizetype i = 0;
    while (i < lines.size() && (meta.takeFrameLine(lines.at(i).text) || !hasLetterOrNumber(lines.at(i).text)))
        ++i;
    if (i < lines.size())
        article.title = lines.at(i++).text;

    const QList<Line> rest = unwrap(lines.mid(i));
    qsizetype end = rest.size();
    while (end > 0 && isFrameLine(rest.at(end - 1).text))
        --end;
    // Above the body, metadata lines may mix with other short lines until the first prose.
    QList<Line> bodyLines;
    bool head = true;
    for (qsizetype k = 0; k < end; ++k) {
        const QString &line = rest.at(k).text;
        head = head && line.size() <= 60 && !endsSentence(line);
        if (head && meta.takeFrameLine(line))
            continue;
        bodyLines.append(rest.at(k));
    }

    BodyBuilder body(&meta);
    article.blocks = body.build(bodyLines);
    for (qsizetype k = end; k < rest.size(); ++k)
        meta.takeFrameLine(rest.at(k).text);

    article.source = meta.source;
    article.canonicalUrl = meta.canonicalUrl;
    article.editor = meta.editors.join(u' ');
    article.byline = meta.bylines.join(u' ');
    if (article.byline.isEmpty()) {
        for (const Block &block : std::as_const(article.blocks)) {
            if (block.type == Block::Type::Paragraph) {
                article.byline = bylineFromLead(block.text.text);
                break;
            }
        }
    }
    return article;
}

bool TextImporter::importFile(const QString &path, Article *article, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    // Messages name the file as their %1.
    auto fail = [&](const char *message, const QString &detail = {}) {
        if (error) {
            const QString text = QCoreApplication::translate("TextImporter", message);
            *error = detail.isEmpty() ? text.arg(name) : text.arg(name, detail);
        }
        return false;
    };
    const QFileInfo info(path);
    if (info.isDir())
        return fail(QT_TRANSLATE_NOOP("TextImporter", "Cannot import %1: it is a folder, not a text file."));
    if (info.exists() && !info.isFile())
        return fail(QT_TRANSLATE_NOOP("TextImporter", "Cannot import %1: it is not a regular file."));
    const char *tooLarge = QT_TRANSLATE_NOOP("TextImporter", "Cannot import %1: the file is larger than %2 MB.");
    const QString limit = QString::number(MaxFileSize / (1024 * 1024));
    if (info.size() > MaxFileSize)
        return fail(tooLarge, limit);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QT_TRANSLATE_NOOP("TextImporter", "Cannot open %1: %2"), file.errorString());
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize)
        return fail(tooLarge, limit);
    if (file.error() != QFileDevice::NoError)
        return fail(QT_TRANSLATE_NOOP("TextImporter", "Cannot read %1: %2"), file.errorString());
    if (bytes.isEmpty())
        return fail(QT_TRANSLATE_NOOP("TextImporter", "Cannot import %1: the file is empty."));

    const char *binary = QT_TRANSLATE_NOOP(
        "TextImporter", "Cannot import %1: it is not a plain-text file (it contains binary data).");
    QString text;
    switch (decodeText(bytes, &text)) {
    case Decoding::Ok: break;
    case Decoding::Binary: return fail(binary);
    case Decoding::NoGb18030:
        return fail(QT_TRANSLATE_NOOP(
            "TextImporter", "Cannot import %1: it is not UTF-8 and this system has no GB18030 decoder."));
    }
    if (looksBinary(text) || text.contains(QChar(0)))
        return fail(binary);

    const Article imported = fromPlainText(text);
    if (imported.title.isEmpty() && imported.blocks.isEmpty())
        return fail(QT_TRANSLATE_NOOP("TextImporter", "Cannot import %1: the file contains no text."));
    *article = imported;
    return true;
}

} // namespace copydesk
