#pragma once

#include "import/html/htmlcontext.h"
#include "import/html/htmlpiece.h"
#include "model/textmark.h"

#include <QChar>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace copydesk {

// Builds one piece's text from the text nodes inside it: HTML whitespace collapsing (a source line
// break between CJK characters is dropped), marks from the context, and statistics for captions.
class HtmlTextBuilder
{
public:
    bool isEmpty() const { return m_text.isEmpty(); }

    // Appends text; returns the position in text where a new paragraph starts (an indented line
    // after a <br>, as Chinese copy separated only by <br> writes paragraphs), or -1.
    qsizetype append(QStringView text, const HtmlContext &context);

    // A <br>: a soft line break; returns true when it ends a paragraph (the second in a row).
    bool lineBreak();

    HtmlPiece take(const HtmlContext &context);

    // Per size (in half px), how many characters have it; 0 for no size set.
    const QHash<int, int> &sizes() const { return m_sizes; }

private:
    enum class Pending { None, Space, Newline };

    void flushPending(const HtmlContext &context, QChar next = QChar(u' '));
    void appendVisible(QChar c, const HtmlContext &context, bool space = false);

    static bool isCollapsible(char16_t u);
    static bool isDropped(char16_t u);

    // CJK characters and punctuation, between which a source line break is no space.
    static bool isCjkLike(QChar c);

    QString m_text;
    QList<TextMark> m_marks;
    Pending m_pending = Pending::None;
    bool m_indent = false;
    HtmlContext m_last;
    int m_chars = 0;
    int m_grey = 0;
    QHash<int, int> m_sizes;
};

} // namespace copydesk
