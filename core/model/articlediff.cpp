#include "model/articlediff.h"
#include "model/timestamp.h"

#include "model/article.h"

#include <QStringList>

namespace copydesk {

namespace {

QString bodyText(const Article &article)
{
    QStringList lines;
    for (const Block &block : article.blocks) {
        if (block.type != Block::Type::Image)
            lines.append(block.plainText());
    }
    return lines.join(QLatin1Char('\n'));
}

QString captionsText(const Article &article)
{
    QStringList lines;
    for (const Block &block : article.blocks) {
        if (block.type != Block::Type::Image)
            continue;
        lines.append(block.credit.isEmpty() ? block.caption
                                            : block.caption + QStringLiteral(" (") + block.credit
                                                  + QLatin1Char(')'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString timeText(const QDateTime &time)
{
    return Timestamp::formatSeconds(time);
}

} // namespace

QList<ArticleDiff::Field> ArticleDiff::compare(const Article &before, const Article &after)
{
    const auto field = [&](const char *key, const QString &label, const QString &a, const QString &b) {
        Field result{QString::fromLatin1(key), label, a, b, {}};
        result.segments = a == b ? QList<TextDiff::Segment>{{TextDiff::Segment::Kind::Equal, a}}
                                 : TextDiff::diff(a, b);
        if (a.isEmpty() && b.isEmpty())
            result.segments.clear();
        return result;
    };
    const QString tagSeparator = QStringLiteral(", ");
    return {
        field("title", tr("Title"), before.title, after.title),
        field("subtitle", tr("Subtitle"), before.subtitle, after.subtitle),
        field("dateline", tr("Dateline"), before.dateline, after.dateline),
        field("byline", tr("Byline"), before.byline, after.byline),
        field("source", tr("Source"), before.source, after.source),
        field("section", tr("Section"), before.section, after.section),
        field("tags", tr("Tags"), before.tags.join(tagSeparator), after.tags.join(tagSeparator)),
        field("status", tr("Status"), Article::statusDisplayName(before.status),
              Article::statusDisplayName(after.status)),
        field("editor", tr("Editor"), before.editor, after.editor),
        field("slug", tr("Slug"), before.slug, after.slug),
        field("embargo", tr("Embargo"), timeText(before.embargo), timeText(after.embargo)),
        field("canonicalUrl", tr("Canonical URL"), before.canonicalUrl, after.canonicalUrl),
        field("body", tr("Body"), bodyText(before), bodyText(after)),
        field("captions", tr("Photo captions"), captionsText(before), captionsText(after)),
    };
}

} // namespace copydesk
