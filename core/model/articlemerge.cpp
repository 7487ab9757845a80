#include "model/articlemerge.h"

#include <algorithm>

namespace copydesk {

namespace {

// The range of base that one side replaced: base[start, baseEnd) became side[start, sideEnd).
struct Hunk
{
    qsizetype start = 0;
    qsizetype baseEnd = 0;
    qsizetype sideEnd = 0;
    bool isEmpty() const { return start == baseEnd && start == sideEnd; }
};

Hunk hunkOf(const QList<Block> &base, const QList<Block> &side)
{
    Hunk hunk;
    const qsizetype shorter = std::min(base.size(), side.size());
    while (hunk.start < shorter && base.at(hunk.start) == side.at(hunk.start))
        ++hunk.start;
    qsizetype suffix = 0;
    while (suffix < shorter - hunk.start
           && base.at(base.size() - 1 - suffix) == side.at(side.size() - 1 - suffix))
        ++suffix;
    hunk.baseEnd = base.size() - suffix;
    hunk.sideEnd = side.size() - suffix;
    return hunk;
}

// Both sides' block changes applied to base, or false when their ranges overlap.
bool mergeBlocks(const QList<Block> &base, const QList<Block> &mine, const QList<Block> &theirs,
                 QList<Block> *merged)
{
    const Hunk a = hunkOf(base, mine);
    const Hunk b = hunkOf(base, theirs);
    if (a.isEmpty()) {
        *merged = theirs;
        return true;
    }
    if (b.isEmpty() || mine == theirs) {
        *merged = mine;
        return true;
    }
    // Two insertions at one place keep both, mine first: nothing is lost either way.
    const bool aFirst = a.baseEnd <= b.start;
    const bool bFirst = b.baseEnd <= a.start && !(a.start == a.baseEnd && a.start == b.start);
    if (!aFirst && !bFirst)
        return false;
    const Hunk &first = aFirst ? a : b;
    const Hunk &second = aFirst ? b : a;
    const QList<Block> &firstSide = aFirst ? mine : theirs;
    const QList<Block> &secondSide = aFirst ? theirs : mine;
    QList<Block> result = base.mid(0, first.start);
    result += firstSide.mid(first.start, first.sideEnd - first.start);
    result += base.mid(first.baseEnd, second.start - first.baseEnd);
    result += secondSide.mid(second.start, second.sideEnd - second.start);
    result += base.mid(second.baseEnd);
    *merged = result;
    return true;
}

// Applies the three-way rule to one field: a side that left it as it was takes the other's.
template<typename T>
void mergeField(const char *name, const T &base, const T &mine, const T &theirs, T *merged,
                QStringList *conflicts)
{
    if (mine == base || mine == theirs) {
        *merged = theirs;
    } else if (theirs == base) {
        *merged = mine;
    } else {
        *merged = mine;
        conflicts->append(QLatin1String(name));
    }
}

} // namespace

QStringList ArticleMerge::merge(const Article &base, const Article &mine, const Article &theirs,
                                Article *merged)
{
    const Article m = mine;
    Article result = theirs;
    QStringList conflicts;
#define COPYDESK_MERGE(field) mergeField(#field, base.field, m.field, theirs.field, &result.field, &conflicts)
    COPYDESK_MERGE(title);
    COPYDESK_MERGE(subtitle);
    COPYDESK_MERGE(byline);
    COPYDESK_MERGE(source);
    COPYDESK_MERGE(section);
    COPYDESK_MERGE(tags);
    COPYDESK_MERGE(status);
    COPYDESK_MERGE(editor);
    COPYDESK_MERGE(canonicalUrl);
    COPYDESK_MERGE(dateline);
    COPYDESK_MERGE(slug);
    COPYDESK_MERGE(embargo);
#undef COPYDESK_MERGE
    if (!mergeBlocks(base.blocks, m.blocks, theirs.blocks, &result.blocks)) {
        result.blocks = m.blocks;
        conflicts.append(QStringLiteral("blocks"));
    }
    result.version = m.version;
    *merged = result;
    return conflicts;
}

QStringList ArticleMerge::changedFields(const Article &a, const Article &b)
{
    QStringList fields;
#define COPYDESK_DIFF(field) if (a.field != b.field) fields.append(QStringLiteral(#field))
    COPYDESK_DIFF(title);
    COPYDESK_DIFF(subtitle);
    COPYDESK_DIFF(byline);
    COPYDESK_DIFF(source);
    COPYDESK_DIFF(section);
    COPYDESK_DIFF(tags);
    COPYDESK_DIFF(status);
    COPYDESK_DIFF(editor);
    COPYDESK_DIFF(canonicalUrl);
    COPYDESK_DIFF(dateline);
    COPYDESK_DIFF(slug);
    COPYDESK_DIFF(embargo);
    COPYDESK_DIFF(blocks);
#undef COPYDESK_DIFF
    return fields;
}

} // namespace copydesk
