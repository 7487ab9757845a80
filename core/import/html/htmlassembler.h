#pragma once

#include "import/html/htmlconverter.h"
#include "import/html/htmlpiece.h"
#include "model/block.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace copydesk {

// Makes the walk's pieces into blocks: paragraphs, sub-heads, quotes and lists, and photos
// with the caption and credit lines that follow them.
class HtmlAssembler
{
public:
    // The raw heading level of Word's Title and Subtitle styles.
    static constexpr int TitleStyle = 100;

    HtmlAssembler(const HtmlConverter::Options &options, const QHash<int, int> &sizes);

    void setGreyShare(int greyChars, int allChars) { m_greyBody = allChars > 0 && greyChars * 2 > allChars; }

    QList<Block> assemble(const QList<HtmlPiece> &pieces);

    // Raw heading level (1–6) per block index, for headings from h1–h6 and outline levels;
    // 0 for sub-heads recognised from bold short lines, TitleStyle for title and subtitle styles.
    const QHash<int, int> &rawLevels() const { return m_rawLevels; }
    const QSet<int> &subtitleStyled() const { return m_subtitleStyled; }

private:
    void append(const Block &block);
    bool isFaint(const HtmlPiece &piece) const;
    bool captionLike(const HtmlPiece &piece, const QString &text) const;
    Block *lastImage();
    bool takeCaption(const HtmlPiece &piece);
    bool takeCredit(const HtmlPiece &piece);
    void appendText(const HtmlPiece &piece);

    // Whether every non-blank character carries a mark of the kind.
    static bool wholly(const RichText &text, TextMark::Kind kind);
    static RichText withoutMarks(const RichText &text, TextMark::Kind kind);
    // The text from position from on, marks moved along.
    static RichText slicedFrom(const RichText &text, int from);
    // Headings and titles are one line.
    static RichText oneLine(const RichText &text);
    static bool isOrderedMarker(const QString &marker);
    // "图 1 …", "图1-2:…", "Figure 3. …": the number Word's caption fields write.
    static QString withoutCaptionNumber(const QString &caption);

    const HtmlConverter::Options &m_options;
    double m_bodySize = 0;
    bool m_greyBody = false;
    QList<Block> m_blocks;
    bool m_afterImage = false;
    int m_lastList = -1;
    int m_lastItem = -1;
    QHash<int, int> m_rawLevels;
    QSet<int> m_subtitleStyled;
};

} // namespace copydesk
