#include "render/inlinemarkup.h"

#include "render/renderer.h"
#include "render/textruns.h"

namespace copydesk {

namespace {

// Escaped text with line breaks as <br>.
QString escapeWithBreaks(const QString &text)
{
    QString escaped = Renderer::escape(text);
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return escaped;
}

struct InlineTag
{
    TextMark::Kind kind;
    QString href;
    bool operator==(const InlineTag &other) const
    {
        return kind == other.kind && href == other.href;
    }
};

QString openTag(const InlineTag &tag)
{
    switch (tag.kind) {
    case TextMark::Kind::Bold:
        return QStringLiteral("<strong>");
    case TextMark::Kind::Italic:
        return QStringLiteral("<em>");
    case TextMark::Kind::Link:
        return QStringLiteral("<a href=\"") + Renderer::escape(tag.href)
               + QStringLiteral("\" rel=\"noopener noreferrer\">");
    }
    return {};
}

QString closeTag(const InlineTag &tag)
{
    switch (tag.kind) {
    case TextMark::Kind::Bold:
        return QStringLiteral("</strong>");
    case TextMark::Kind::Italic:
        return QStringLiteral("</em>");
    case TextMark::Kind::Link:
        return QStringLiteral("</a>");
    }
    return {};
}

} // namespace

// Tags already open stay open while the runs keep them, new ones open inside them, and a link
// always opens outermost, so it is never split by formatting.
QString InlineMarkup::html(const RichText &richText)
{
    QString html;
    QList<InlineTag> open;
    for (const TextRuns::Run &run : TextRuns::split(richText)) {
        QList<InlineTag> wanted;
        if (!run.href.isEmpty())
            wanted.append(InlineTag{TextMark::Kind::Link, run.href});
        if (run.bold)
            wanted.append(InlineTag{TextMark::Kind::Bold, {}});
        if (run.italic)
            wanted.append(InlineTag{TextMark::Kind::Italic, {}});
        qsizetype keep = 0;
        if (run.href.isEmpty() || open.contains(wanted.first())) {
            while (keep < open.size() && wanted.contains(open.at(keep)))
                ++keep;
        }
        while (open.size() > keep)
            html += closeTag(open.takeLast());
        for (const InlineTag &tag : std::as_const(wanted)) {
            if (!open.contains(tag)) {
                html += openTag(tag);
                open.append(tag);
            }
        }
        html += escapeWithBreaks(run.text);
    }
    while (!open.isEmpty())
        html += closeTag(open.takeLast());
    return html;
}

} // namespace copydesk
