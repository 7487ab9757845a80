#pragma once

#include "model/block.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

namespace copydesk {

// The newsroom's reading rules for one line of copy (metadata, furniture, captions, credits, list
// items, sub-heads), shared by the plain-text, HTML and word-processor importers.
class CopyRules
{
public:
    enum class MetaKind { Source, Editor, Byline, Staff, Ignored };
    struct MetaField
    {
        MetaKind kind;
        QString value; // for Byline: the piece to join ("记者 张三", "张三")
    };
    struct ListItem
    {
        bool ordered = false;
        int number = 0;
        QString text;
    };
    // How a short line standing alone between paragraphs reads.
    enum class LineKind { Paragraph, Heading, Caption };

    // Whitespace, zero-width spaces and byte order marks.
    static bool isBlankChar(QChar c);
    static QString trimmed(QStringView line);
    static bool hasCjk(const QString &line);
    static bool hasLetter(const QString &line);
    static bool hasLetterOrNumber(const QString &line);
    // Characters other than blanks, a surrogate pair counting once.
    static int visibleLength(const QString &line);
    // Ends with sentence-final punctuation, possibly followed by closing quotes or brackets.
    static bool endsSentence(const QString &line);
    static bool endsWithColon(const QString &line);
    // A decorative rule such as "-----", "=====" or "* * *".
    static bool isRule(const QString &line);
    static bool containsAny(const QString &line, const QString &chars);
    // The line without the brackets around the whole of it, if any.
    static QString unwrapped(const QString &line);
    // The rules' regular expressions: Unicode properties, optimized.
    static QRegularExpression regex(const QString &pattern, bool caseInsensitive = false);

    // Share widgets, WeChat/web page furniture and copy end marks; matched as whole lines only.
    static bool isFurniture(const QString &line);
    // A repost disclaimer or original-link line; *url gets its http(s) URL, if any.
    static bool isDisclaimer(const QString &line, QString *url);
    // "原标题:…" names the headline the copy was first published under; it is not body text.
    static bool isOriginalTitle(const QString &line);
    // Source, editor and byline lines: "来源:X", "责任编辑:X", "记者 X 通讯员 Y", "By X", "SOURCE X", …
    // Only to be looked for above and below the body, so that an interview's "记者:" stays text.
    // (MetaLines reads these two.)
    static bool parseMeta(const QString &line, QList<MetaField> *fields);
    // "本报讯(记者 张三 通讯员 李四)…", "新华社北京11月29日电(记者 张三)…": the byline in the lead.
    static QString bylineFromLead(const QString &lead);

    // Explicit caption markers; "图为…" and "上图:…" are kept as written, other markers are stripped.
    static bool captionFromMarker(const QString &line, QString *caption);
    // "摄影:X", "图/X", "(记者 X 摄)", "Photo by X", …
    static bool creditFromLine(const QString &line, QString *credit);
    // An image placeholder with this caption; a caption ending in "(记者 张三 摄)" keeps the
    // credit apart.
    static Block captionPlaceholder(const QString &caption);
    // "- x", "• x" (bullets) or "1. x", "1、x", "1)x", "(1)x" (numbers; "1.5亿" is not one).
    static bool listItem(const QString &line, ListItem *item);
    // See copyrules.cpp for the rules.
    static LineKind classify(const QString &line);
};

} // namespace copydesk
