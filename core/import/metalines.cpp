#include "import/metalines.h"

#include <QRegularExpression>

#include <algorithm>

namespace copydesk {

namespace {

using MetaKind = CopyRules::MetaKind;
using MetaField = CopyRules::MetaField;

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
        return CopyRules::regex(QStringLiteral("(?:^|(?<=[\\s|丨│,\\x{FF0C};\\x{FF1B}]))(?:(")
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
        if (CopyRules::isBlankChar(c)) {
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
    if (CopyRules::hasCjk(value) && (value.contains(u',') || value.contains(u'\uFF0C')))
        return false;
    return true;
}

bool parseLabelledMeta(const QString &line, QList<MetaField> *fields)
{
    if (!CopyRules::containsAny(line, QStringLiteral(":\uFF1A/\uFF0F")))
        return false;
    static const QRegularExpression leadingDate = CopyRules::regex(
        QStringLiteral("^\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s+"));
    QString text = CopyRules::unwrapped(line);
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
        QString value = CopyRules::trimmed(QStringView(text).mid(begin, end - begin));
        while (!value.isEmpty() && separators.contains(value.back()))
            value = CopyRules::trimmed(QStringView(value).chopped(1));

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

} // namespace

bool MetaLines::parse(const QString &line, QList<MetaField> *fields)
{
    if (line.size() > 160)
        return false;
    if (parseLabelledMeta(line, fields))
        return true;

    static const QRegularExpression roleLine = CopyRules::regex(
        QStringLiteral("^(?:本报记者|特约记者|见习记者|记者|通讯员|实习生)\\s+[\\p{L}\\p{N}\\s、·]+$"));
    if (line.size() <= 40 && roleLine.match(line).hasMatch()) {
        fields->append({MetaKind::Byline, collapseSpaces(line)});
        return true;
    }

    static const QRegularExpression english =
        CopyRules::regex(QStringLiteral("^(By|BY|Edited by|EDITED BY|SOURCE)\\s+(\\S.*)$"));
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

QString MetaLines::bylineFromLead(const QString &lead)
{
    static const QRegularExpression re =
        CopyRules::regex(QStringLiteral("[(\\x{FF08}]\\s*((?:本报|特约|见习)?(?:记者|通讯员|实习生)[^()\\x{FF08}\\x{FF09}"
                                        "]{1,60}?)\\s*[)\\x{FF09}]"));
    const QRegularExpressionMatch match = re.match(QStringView(lead).left(200));
    if (!match.hasMatch() || match.capturedStart() > 60)
        return {};
    static const QRegularExpression colon = CopyRules::regex(QStringLiteral("\\s*[:\\x{FF1A}]\\s*"));
    QString byline = match.captured(1);
    byline.replace(colon, QStringLiteral(" "));
    return collapseSpaces(byline);
}

} // namespace copydesk
