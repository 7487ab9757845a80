#pragma once

#include <QList>
#include <QString>

namespace copydesk {

// The site's own lines above the headline in a page's text: masthead slogans ("聚合邵阳新闻 传播
// 邵阳声音", "邵商网与您共同讲好邵商故事") and navigation (breadcrumbs "首页 > 新闻 > 本地",
// "当前位置：…"). They belong to the site's theme, not to the article.
class MastheadLines
{
public:
    // One non-blank, trimmed line of the text, whether blank lines preceded it, and its line
    // number in the text (1-based, blank lines counted).
    struct Line
    {
        QString text;
        bool blankBefore = false;
        int number = 0;
    };

    // The index of the first line after the masthead; 0 when the text does not start with one.
    // Groups of short lines (no blank line inside a group) are masthead when the line after them
    // is a short headline followed, within a few short lines, by prose, and the group is several
    // lines, a slogan of space-separated phrases, or navigation.
    static qsizetype end(const QList<Line> &lines);
    static bool isNavigation(const QString &line);
    static bool isSlogan(const QString &line);
};

} // namespace copydesk
