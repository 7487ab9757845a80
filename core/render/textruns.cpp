#include "render/textruns.h"
#include "text/cleantext.h"
#include "model/linkpolicy.h"

#include "render/renderer.h"

#include <QUrl>

#include <algorithm>

namespace copydesk {

namespace {

// Moves an offset that falls inside a surrogate pair to the pair's end.
int boundary(const QString &text, int offset)
{
    if (offset > 0 && offset < text.size() && text.at(offset - 1).isHighSurrogate()
        && text.at(offset).isLowSurrogate())
        return offset + 1;
    return offset;
}

} // namespace

QString TextRuns::link(const QString &href)
{
    if (!LinkPolicy::isAllowed(href))
        return {};
    return QString::fromUtf8(QUrl(href.trimmed(), QUrl::TolerantMode).toEncoded());
}

QList<TextRuns::Run> TextRuns::split(const RichText &richText)
{
    const QString &text = richText.text;
    const int length = int(text.size());
    struct Span
    {
        TextMark::Kind kind;
        int start;
        int end;
        QString href;
    };
    QList<Span> spans;
    QList<int> cuts{0, length};
    for (const TextMark &mark : richText.marks) {
        const int start = boundary(text, qBound(0, mark.start, length));
        const qint64 wantedEnd = qint64(mark.start) + qMax(0, mark.length);
        const int end = boundary(text, int(std::clamp<qint64>(wantedEnd, start, length)));
        if (end <= start)
            continue;
        QString href;
        if (mark.kind == TextMark::Kind::Link && (href = link(mark.href)).isEmpty())
            continue;
        spans.append({mark.kind, start, end, href});
        cuts << start << end;
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QList<Run> runs;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const int from = cuts.at(i);
        const int to = cuts.at(i + 1);
        Run run;
        run.text = CleanText::forMarkup(text.mid(from, to - from));
        if (run.text.isEmpty())
            continue;
        int linkStart = -1;
        for (const Span &span : std::as_const(spans)) {
            if (span.start > from || span.end < to)
                continue;
            if (span.kind == TextMark::Kind::Bold)
                run.bold = true;
            else if (span.kind == TextMark::Kind::Italic)
                run.italic = true;
            else if (linkStart < 0 || span.start < linkStart) {
                linkStart = span.start; // the earliest link wins where links overlap
                run.href = span.href;
            }
        }
        if (!runs.isEmpty() && runs.last().bold == run.bold && runs.last().italic == run.italic
            && runs.last().href == run.href)
            runs.last().text += run.text;
        else
            runs.append(run);
    }
    return runs;
}

} // namespace copydesk
