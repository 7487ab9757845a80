#include "richtext.h"

#include <algorithm>

namespace copydesk {

void RichText::normalize()
{
    const int size = int(text.size());
    QList<TextMark> kept;
    kept.reserve(marks.size());
    for (TextMark mark : std::as_const(marks)) {
        const int start = qBound(0, mark.start, size);
        const int end = qBound(start, mark.start + qMax(0, mark.length), size);
        if (end <= start)
            continue;
        if (mark.kind == TextMark::Kind::Link && mark.href.trimmed().isEmpty())
            continue;
        if (mark.kind != TextMark::Kind::Link)
            mark.href.clear();
        mark.start = start;
        mark.length = end - start;
        kept.append(mark);
    }
    std::stable_sort(kept.begin(), kept.end(), [](const TextMark &a, const TextMark &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return int(a.kind) < int(b.kind);
    });
    marks = kept;
}

} // namespace copydesk
