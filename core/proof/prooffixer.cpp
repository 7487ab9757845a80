#include "proof/prooffixer.h"

#include <QMap>

#include <algorithm>
#include <functional>

namespace copydesk {

void ProofFixer::replace(RichText *text, int start, int end, const QString &with)
{
    const int delta = int(with.size()) - (end - start);
    text->text.replace(start, end - start, with);
    for (TextMark &mark : text->marks) {
        const int markEnd = mark.start + mark.length;
        if (markEnd <= start)
            continue;
        if (mark.start >= end) {
            mark.start += delta;
            continue;
        }
        // The replaced range is inside or across the mark: it keeps covering what was marked.
        const int newStart = qMin(mark.start, start);
        const int newEnd = markEnd >= end ? markEnd + delta : start + int(with.size());
        mark.start = newStart;
        mark.length = qMax(0, newEnd - newStart);
    }
    text->normalize();
}

int ProofFixer::applyTo(QList<ProofFinding> findings, const std::function<void(const ProofFinding &)> &edit)
{
    std::stable_sort(findings.begin(), findings.end(), [](const ProofFinding &a, const ProofFinding &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    // The first of overlapping findings wins; then they are applied from the last.
    QList<ProofFinding> kept;
    int reached = -1;
    for (const ProofFinding &finding : std::as_const(findings)) {
        const bool sameInsertion = finding.start == finding.end && !kept.isEmpty()
            && kept.constLast().start == finding.start && kept.constLast().end == finding.end;
        if (finding.start < reached || sameInsertion)
            continue;
        kept.append(finding);
        reached = finding.end;
    }
    for (auto it = kept.crbegin(); it != kept.crend(); ++it)
        edit(*it);
    return int(kept.size());
}

int ProofFixer::apply(Article *article, const QList<ProofFinding> &findings, const QString &rule)
{
    // Grouped by where they apply: field, block.
    QMap<std::pair<int, int>, QList<ProofFinding>> groups;
    for (const ProofFinding &finding : findings) {
        if (finding.suggestion && (rule.isEmpty() || finding.rule == rule))
            groups[{int(finding.field), finding.block}].append(finding);
    }
    int applied = 0;
    for (auto group = groups.cbegin(); group != groups.cend(); ++group) {
        const auto field = ProofFinding::Field(group.key().first);
        const int index = group.key().second;
        QString *plain = nullptr;
        switch (field) {
        case ProofFinding::Field::Title:
            plain = &article->title;
            break;
        case ProofFinding::Field::Subtitle:
            plain = &article->subtitle;
            break;
        case ProofFinding::Field::Byline:
            plain = &article->byline;
            break;
        case ProofFinding::Field::Source:
            plain = &article->source;
            break;
        case ProofFinding::Field::Caption:
        case ProofFinding::Field::Credit:
        case ProofFinding::Field::Body:
            if (index < 0 || index >= article->blocks.size())
                continue;
            if (field == ProofFinding::Field::Caption)
                plain = &article->blocks[index].caption;
            else if (field == ProofFinding::Field::Credit)
                plain = &article->blocks[index].credit;
            break;
        }
        if (plain) {
            applied += applyTo(group.value(), [plain](const ProofFinding &finding) {
                plain->replace(finding.start, finding.end - finding.start, *finding.suggestion);
            });
            continue;
        }
        Block &block = article->blocks[index];
        if (block.type != Block::Type::List) {
            applied += applyTo(group.value(), [&block](const ProofFinding &finding) {
                replace(&block.text, finding.start, finding.end, *finding.suggestion);
            });
            continue;
        }
        // A list's plain text is its items joined by \n: each finding lies in one item.
        applied += applyTo(group.value(), [&block](const ProofFinding &finding) {
            int offset = 0;
            for (RichText &item : block.items) {
                const int itemEnd = offset + int(item.text.size());
                if (finding.start >= offset && finding.end <= itemEnd) {
                    replace(&item, finding.start - offset, finding.end - offset, *finding.suggestion);
                    return;
                }
                offset = itemEnd + 1;
            }
        });
    }
    return applied;
}

} // namespace copydesk
