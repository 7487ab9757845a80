#pragma once

#include "import/importedarticle.h"

#include <QList>
#include <QString>

namespace copydesk {

// The corrections an editor makes to an article as the import recognised it, before it is
// stored: which line is the headline, each paragraph's role (body, sub-head, lead), photo places
// dropped, 来源, byline and 电头. The GUI's import preview and `copydesk-cli import --title-line`
// both apply them here, so they give the same article.
class ImportCorrection
{
public:
    enum class Role { Body, SubHead, Lead };

    // A line the headline can be chosen from.
    struct Line
    {
        QString text;
        int number = 0;        // 1-based; in a plain-text file its line in the file, blank lines counted
        bool masthead = false; // a site's slogan or navigation the import skipped
    };

    static constexpr int MaxHeadlineLines = 12;

    explicit ImportCorrection(const ImportedArticle &recognised);

    // A plain-text file's first lines (masthead marked); for other files the recognised headline
    // (line 1) and the first paragraphs and sub-heads of the body (2, 3, …).
    QList<Line> headlineLines() const;
    int titleLine() const { return m_titleLine; }
    // Reads the article again with line number as its headline, everything above it dropped;
    // roles and drops start over. False, changing nothing, when there is no such line.
    bool setTitleLine(int number);

    // The body under the chosen headline, before roles and drops apply.
    const QList<Block> &blocks() const { return m_base.article.blocks; }
    // Paragraphs and sub-heads have a role; other blocks are Body. One paragraph at most is the
    // lead: making one the lead makes the former lead body text.
    Role role(qsizetype block) const;
    void setRole(qsizetype block, Role role);
    // Photo places (image blocks) only.
    bool isDropped(qsizetype block) const;
    void setDropped(qsizetype block, bool dropped);

    QString source() const;
    QString byline() const;
    // Read from the lead ("大祥融媒讯", "本报讯", "新华社北京11月29日电") until set.
    QString dateline() const;
    void setSource(const QString &source);
    void setByline(const QString &byline);
    void setDateline(const QString &dateline);

    // The article to store: the lead first among the text blocks, sub-heads as headings, dropped
    // photo places and the photos no block uses any more left out.
    ImportedArticle result() const;

    // The 电头 at the start of a lead, empty when there is none.
    static QString datelineOf(const QString &lead);

private:
    void startOver();
    qsizetype leadBlock() const;

    ImportedArticle m_recognised;
    ImportedArticle m_base;
    int m_titleLine = 1;
    QList<Role> m_roles;
    QList<bool> m_dropped;
    QString m_source;
    QString m_byline;
    QString m_dateline;
    bool m_sourceSet = false;
    bool m_bylineSet = false;
    bool m_datelineSet = false;
};

} // namespace copydesk
