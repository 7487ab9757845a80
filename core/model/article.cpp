#include "model/article.h"

#include "text/textstats.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace copydesk {

namespace {

QDateTime nowUtc()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
}

} // namespace

Article Article::create(const QString &title)
{
    Article article;
    article.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    article.title = title;
    article.created = nowUtc();
    article.updated = article.created;
    return article;
}

int Article::imageCount() const
{
    int count = 0;
    for (const Block &block : blocks)
        count += block.type == Block::Type::Image ? 1 : 0;
    return count;
}

int Article::imagesMissingCaption() const
{
    int count = 0;
    for (const Block &block : blocks) {
        if (block.type == Block::Type::Image && block.caption.trimmed().isEmpty())
            ++count;
    }
    return count;
}

int Article::wordCount() const
{
    int count = TextStats::wordCount(title) + TextStats::wordCount(subtitle);
    for (const Block &block : blocks) {
        if (block.type != Block::Type::Image)
            count += TextStats::wordCount(block.plainText());
    }
    return count;
}

QStringList Article::splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\x{FF0C}\\x{3001}\\x{FF1B}]"));
    QStringList tags;
    for (const QString &tag : text.split(separators)) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !tags.contains(trimmed))
            tags.append(trimmed);
    }
    return tags;
}

QString Article::statusName(Status status)
{
    switch (status) {
    case Status::Draft: return QStringLiteral("draft");
    case Status::Review: return QStringLiteral("review");
    case Status::Approved: return QStringLiteral("approved");
    case Status::Published: return QStringLiteral("published");
    case Status::Archived: return QStringLiteral("archived");
    }
    return QString();
}

QString Article::statusDisplayName(Status status)
{
    switch (status) {
    case Status::Draft: return QCoreApplication::translate("Article", "Draft");
    case Status::Review: return QCoreApplication::translate("Article", "In review");
    case Status::Approved: return QCoreApplication::translate("Article", "Approved");
    case Status::Published: return QCoreApplication::translate("Article", "Published");
    case Status::Archived: return QCoreApplication::translate("Article", "Archived");
    }
    return QString();
}

bool Article::statusFromName(const QString &name, Status *status)
{
    static const struct {
        Status status;
        const char16_t *chinese;
    } names[] = {
        {Status::Draft, u"草稿"},
        {Status::Review, u"待审"},
        {Status::Approved, u"已签发"},
        {Status::Published, u"已发布"},
        {Status::Archived, u"已归档"},
    };
    const QString wanted = name.trimmed();
    for (const auto &entry : names) {
        if (wanted.compare(statusName(entry.status), Qt::CaseInsensitive) == 0
            || wanted == QString::fromUtf16(entry.chinese)
            || wanted == statusDisplayName(entry.status)) {
            *status = entry.status;
            return true;
        }
    }
    return false;
}

bool operator==(const Article &a, const Article &b)
{
    return a.id == b.id && a.uuid == b.uuid && a.title == b.title && a.subtitle == b.subtitle
            && a.byline == b.byline && a.source == b.source && a.section == b.section
            && a.tags == b.tags && a.status == b.status && a.editor == b.editor
            && a.canonicalUrl == b.canonicalUrl && a.dateline == b.dateline && a.slug == b.slug
            && a.embargo == b.embargo && a.created == b.created
            && a.updated == b.updated && a.blocks == b.blocks;
}

} // namespace copydesk
