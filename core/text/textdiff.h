#pragma once

#include <QList>
#include <QString>

namespace copydesk {

// Differences between two texts as equal / deleted / inserted segments, for side-by-side
// display: character by character for CJK and punctuation, word by word for Latin letters and
// digits. Myers' O((N+M)D) algorithm (linear space, common prefix and suffix first), followed by
// a clean-up that folds tiny coincidental equalities into the changes around them.
class TextDiff
{
public:
    struct Segment
    {
        enum class Kind { Equal, Deleted, Inserted };
        Kind kind = Kind::Equal;
        QString text;

        friend bool operator==(const Segment &a, const Segment &b)
        {
            return a.kind == b.kind && a.text == b.text;
        }
    };

    // Concatenating the Equal and Deleted segments gives before, the Equal and Inserted ones
    // after. Where a part takes longer than timeoutMs it is reported as deleted and re-inserted
    // whole (still correct, only coarser).
    static QList<Segment> diff(const QString &before, const QString &after, int timeoutMs = 1000);

    static QString textBefore(const QList<Segment> &segments);
    static QString textAfter(const QList<Segment> &segments);
};

} // namespace copydesk
