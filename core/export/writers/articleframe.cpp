#include "export/writers/articleframe.h"
#include "text/cleantext.h"

namespace copydesk {

QString ArticleFrame::title(const Article &article, const Theme::Labels &labels)
{
    const QString title = CleanText::line(article.title);
    return title.isEmpty() ? CleanText::line(labels.untitled) : title;
}

QString ArticleFrame::metaLine(const Article &article, const Theme::Labels &labels)
{
    QStringList meta;
    if (article.created.isValid())
        meta << article.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!CleanText::line(article.source).isEmpty())
        meta << CleanText::line(labels.source) + CleanText::line(article.source);
    if (!CleanText::line(article.byline).isEmpty())
        meta << CleanText::line(article.byline);
    return meta.join(QStringLiteral("  "));
}

QStringList ArticleFrame::footerLines(const Article &article, const Theme::Labels &labels)
{
    QStringList footer;
    if (!CleanText::line(article.source).isEmpty())
        footer << CleanText::line(labels.source) + CleanText::line(article.source);
    if (!CleanText::line(article.editor).isEmpty())
        footer << CleanText::line(labels.editor) + CleanText::line(article.editor);
    return footer;
}

QString ArticleFrame::caption(const Block &image)
{
    return QStringList{CleanText::line(image.caption), CleanText::line(image.credit)}.join(QLatin1Char(' ')).trimmed();
}

QString ArticleFrame::placeholderCaption(const Block &image, const Theme::Labels &labels)
{
    return QStringList{QLatin1Char('[') + CleanText::line(labels.placeholder) + QLatin1Char(']'), caption(image)}
        .join(QLatin1Char(' '))
        .trimmed();
}

QString ArticleFrame::alt(const Block &image)
{
    return CleanText::line(image.alt.isEmpty() ? image.caption : image.alt);
}

} // namespace copydesk
