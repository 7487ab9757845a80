#include "text/textdiff.h"

#include "text/script.h"

#include <QDeadlineTimer>
#include <QHash>

#include <vector>

namespace copydesk {

namespace {

// Words become one unit each; any other code point is a unit of its own.
struct Units
{
    std::vector<int> ids;
    std::vector<int> starts; // UTF-16 offset of each unit, plus the end as a last entry
};

class Interner
{
public:
    // Single code points are their own ids; words get ids above the code point range.
    int id(const QString &text, qsizetype start, qsizetype length)
    {
        const QStringView unit = QStringView(text).mid(start, length);
        if (length == 1)
            return unit.at(0).unicode();
        if (length == 2 && unit.at(0).isHighSurrogate() && unit.at(1).isLowSurrogate())
            return int(QChar::surrogateToUcs4(unit.at(0), unit.at(1)));
        const QString key = unit.toString();
        const auto found = m_words.constFind(key);
        if (found != m_words.constEnd())
            return found.value();
        const int id = 0x110000 + int(m_words.size());
        m_words.insert(key, id);
        return id;
    }

private:
    QHash<QString, int> m_words;
};

Units split(const QString &text, Interner *interner)
{
    Units units;
    units.ids.reserve(size_t(text.size()));
    units.starts.reserve(size_t(text.size()) + 1);
    qsizetype i = 0;
    const qsizetype size = text.size();
    const auto codePointAt = [&](qsizetype at, int *length) -> char32_t {
        const QChar c = text.at(at);
        if (c.isHighSurrogate() && at + 1 < size && text.at(at + 1).isLowSurrogate()) {
            *length = 2;
            return QChar::surrogateToUcs4(c, text.at(at + 1));
        }
        *length = 1;
        return c.unicode();
    };
    while (i < size) {
        int length = 1;
        const char32_t c = codePointAt(i, &length);
        qsizetype end = i + length;
        if (Script::classify(c) == Script::CharClass::Word) {
            while (end < size) {
                int next = 1;
                if (Script::classify(codePointAt(end, &next)) != Script::CharClass::Word)
                    break;
                end += next;
            }
        }
        units.ids.push_back(interner->id(text, i, end - i));
        units.starts.push_back(int(i));
        i = end;
    }
    units.starts.push_back(int(size));
    return units;
}

// One edit on unit ranges, in order.
struct Op
{
    TextDiff::Segment::Kind kind;
    int from; // unit index in the before text (Equal, Deleted) or the after text (Inserted)
    int count;
};

// Kept over dtl 1.20 (2026-12-03, 2-core VM, docs/benchmarks.md): 20k characters with 1000 edits
// 7-18 ms median here vs 30-99 ms, 200k with 1000 edits 24-51 vs 45-154 ms; dtl has no time budget
// (two unrelated 200k texts: 2.3-4.8 s vs 1 s) and its coordinate cap marks 3 times more text.
class Myers
{
public:
    Myers(const std::vector<int> &a, const std::vector<int> &b, int timeoutMs)
        : m_a(a), m_b(b), m_deadline(timeoutMs)
    {
    }

    std::vector<Op> run()
    {
        diff(0, int(m_a.size()), 0, int(m_b.size()));
        return std::move(m_ops);
    }

private:
    void add(TextDiff::Segment::Kind kind, int from, int count)
    {
        if (count <= 0)
            return;
        if (!m_ops.empty() && m_ops.back().kind == kind && m_ops.back().from + m_ops.back().count == from) {
            m_ops.back().count += count;
            return;
        }
        m_ops.push_back({kind, from, count});
    }

    void diff(int a0, int a1, int b0, int b1)
    {
        int prefix = 0;
        while (a0 + prefix < a1 && b0 + prefix < b1 && m_a[size_t(a0 + prefix)] == m_b[size_t(b0 + prefix)])
            ++prefix;
        add(TextDiff::Segment::Kind::Equal, a0, prefix);
        a0 += prefix;
        b0 += prefix;
        int suffix = 0;
        while (a1 - suffix > a0 && b1 - suffix > b0 && m_a[size_t(a1 - suffix - 1)] == m_b[size_t(b1 - suffix - 1)])
            ++suffix;
        a1 -= suffix;
        b1 -= suffix;
        if (a0 == a1) {
            add(TextDiff::Segment::Kind::Inserted, b0, b1 - b0);
        } else if (b0 == b1) {
            add(TextDiff::Segment::Kind::Deleted, a0, a1 - a0);
        } else {
            int x = 0;
            int y = 0;
            if (middle(a0, a1, b0, b1, &x, &y)) {
                diff(a0, x, b0, y);
                diff(x, a1, y, b1);
            } else {
                add(TextDiff::Segment::Kind::Deleted, a0, a1 - a0);
                add(TextDiff::Segment::Kind::Inserted, b0, b1 - b0);
            }
        }
        add(TextDiff::Segment::Kind::Equal, a1, suffix);
    }

    // Finds where the forward and backward paths of a shortest edit script meet (Myers' middle
    // snake, as in diff-match-patch's bisect); false when none exists or time ran out.
    bool middle(int a0, int a1, int b0, int b1, int *splitA, int *splitB)
    {
        const int n = a1 - a0;
        const int m = b1 - b0;
        const int maxD = (n + m + 1) / 2;
        const int offset = maxD;
        const int length = 2 * maxD + 2;
        m_forward.assign(size_t(length), -1);
        m_backward.assign(size_t(length), -1);
        m_forward[size_t(offset + 1)] = 0;
        m_backward[size_t(offset + 1)] = 0;
        const int delta = n - m;
        const bool front = (delta % 2) != 0;
        int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
        const int *a = m_a.data() + a0;
        const int *b = m_b.data() + b0;
        for (int d = 0; d < maxD; ++d) {
            if ((d & 15) == 0 && m_deadline.hasExpired())
                return false;
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const int k1Offset = offset + k1;
                int x1 = (k1 == -d || (k1 != d && m_forward[size_t(k1Offset - 1)] < m_forward[size_t(k1Offset + 1)]))
                    ? m_forward[size_t(k1Offset + 1)]
                    : m_forward[size_t(k1Offset - 1)] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && a[x1] == b[y1]) {
                    ++x1;
                    ++y1;
                }
                m_forward[size_t(k1Offset)] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (front) {
                    const int k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && m_backward[size_t(k2Offset)] != -1
                        && x1 >= n - m_backward[size_t(k2Offset)]) {
                        *splitA = a0 + x1;
                        *splitB = b0 + y1;
                        return true;
                    }
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const int k2Offset = offset + k2;
                int x2 = (k2 == -d || (k2 != d && m_backward[size_t(k2Offset - 1)] < m_backward[size_t(k2Offset + 1)]))
                    ? m_backward[size_t(k2Offset + 1)]
                    : m_backward[size_t(k2Offset - 1)] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) {
                    ++x2;
                    ++y2;
                }
                m_backward[size_t(k2Offset)] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const int k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && m_forward[size_t(k1Offset)] != -1) {
                        const int x1 = m_forward[size_t(k1Offset)];
                        const int y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2) {
                            *splitA = a0 + x1;
                            *splitB = b0 + y1;
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    QDeadlineTimer m_deadline;
    std::vector<Op> m_ops;
    std::vector<int> m_forward;
    std::vector<int> m_backward;
};

void append(QList<TextDiff::Segment> *segments, TextDiff::Segment::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!segments->isEmpty() && segments->last().kind == kind)
        segments->last().text += text;
    else
        segments->append({kind, text});
}

// Rebuilds the list so that each run of changes is one deletion followed by one insertion.
QList<TextDiff::Segment> normalized(const QList<TextDiff::Segment> &segments)
{
    QList<TextDiff::Segment> result;
    QString deleted;
    QString inserted;
    const auto flush = [&] {
        append(&result, TextDiff::Segment::Kind::Deleted, deleted);
        append(&result, TextDiff::Segment::Kind::Inserted, inserted);
        deleted.clear();
        inserted.clear();
    };
    for (const TextDiff::Segment &segment : segments) {
        switch (segment.kind) {
        case TextDiff::Segment::Kind::Deleted:
            deleted += segment.text;
            break;
        case TextDiff::Segment::Kind::Inserted:
            inserted += segment.text;
            break;
        case TextDiff::Segment::Kind::Equal:
            flush();
            append(&result, TextDiff::Segment::Kind::Equal, segment.text);
            break;
        }
    }
    flush();
    return result;
}

// An equality shorter than the changes on either side of it reads better as part of them
// (diff-match-patch's semantic clean-up, simplified to a few linear passes).
QList<TextDiff::Segment> cleanedUp(QList<TextDiff::Segment> segments)
{
    using Kind = TextDiff::Segment::Kind;
    for (int pass = 0; pass < 8; ++pass) {
        segments = normalized(segments);
        // After normalized(), changes between two equalities are at most one deletion and one
        // insertion; their longer side is what an equality is weighed against.
        const auto changeAround = [&](qsizetype from, int step) {
            qsizetype deleted = 0, inserted = 0;
            for (qsizetype j = from; j >= 0 && j < segments.size() && segments.at(j).kind != Kind::Equal;
                 j += step)
                (segments.at(j).kind == Kind::Deleted ? deleted : inserted) += segments.at(j).text.size();
            return qMax(deleted, inserted);
        };
        QList<TextDiff::Segment> next;
        bool changed = false;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const TextDiff::Segment &segment = segments.at(i);
            const qsizetype size = segment.text.size();
            if (segment.kind == Kind::Equal && i > 0 && i + 1 < segments.size()
                && size < changeAround(i - 1, -1) && size < changeAround(i + 1, 1)) {
                next.append({Kind::Deleted, segment.text});
                next.append({Kind::Inserted, segment.text});
                changed = true;
            } else {
                next.append(segment);
            }
        }
        segments = next;
        if (!changed)
            break;
    }
    return normalized(segments);
}

} // namespace

QList<TextDiff::Segment> TextDiff::diff(const QString &before, const QString &after, int timeoutMs)
{
    Interner interner;
    const Units a = split(before, &interner);
    const Units b = split(after, &interner);
    const std::vector<Op> ops = Myers(a.ids, b.ids, timeoutMs).run();
    QList<Segment> segments;
    for (const Op &op : ops) {
        const Units &units = op.kind == Segment::Kind::Inserted ? b : a;
        const QString &text = op.kind == Segment::Kind::Inserted ? after : before;
        const int start = units.starts[size_t(op.from)];
        const int end = units.starts[size_t(op.from + op.count)];
        append(&segments, op.kind, text.mid(start, end - start));
    }
    return cleanedUp(segments);
}

QString TextDiff::textBefore(const QList<Segment> &segments)
{
    QString text;
    for (const Segment &segment : segments) {
        if (segment.kind != Segment::Kind::Inserted)
            text += segment.text;
    }
    return text;
}

QString TextDiff::textAfter(const QList<Segment> &segments)
{
    QString text;
    for (const Segment &segment : segments) {
        if (segment.kind != Segment::Kind::Deleted)
            text += segment.text;
    }
    return text;
}

} // namespace copydesk
