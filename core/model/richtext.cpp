#include "model/richtext.h"

#include <algorithm>

namespace copydesk {

void RichText::normalize()
{
    const int size = int(text.size());
    QList<TextMark> kept;
    kept.reserve(marks.size());
    for (TextMark mark : std::as_const(marks)) {
        const int start = qBound(0, mark.start, size);
        const int end = int(std::clamp<qint64>(qint64(mark.start) + qMax(0, mark.length), start, size));
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
    // Overlapping or touching marks of the same kind (and link target) become one.
    std::stable_sort(kept.begin(), kept.end(), [](const TextMark &a, const TextMark &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        if (a.href != b.href)
            return a.href < b.href;
        return a.start < b.start;
    });
    QList<TextMark> merged;
    for (const TextMark &mark : std::as_const(kept)) {
        if (!merged.isEmpty()) {
            TextMark &last = merged.last();
            if (last.kind == mark.kind && last.href == mark.href && mark.start <= last.start + last.length) {
                last.length = qMax(last.start + last.length, mark.start + mark.length) - last.start;
                continue;
            }
        }
        merged.append(mark);
    }
    std::stable_sort(merged.begin(), merged.end(), [](const TextMark &a, const TextMark &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return int(a.kind) < int(b.kind);
    });
    kept = merged;
    marks = kept;
}

} // namespace copydesk
