#include "export/writers/wechatwriter.h"
#include "text/cleantext.h"

#include "export/exportdocument.h"
#include "render/renderer.h"
#include "render/textruns.h"

namespace copydesk {

namespace {

const QString Sans = QStringLiteral("-apple-system,BlinkMacSystemFont,'PingFang SC','Hiragino Sans GB','Microsoft YaHei',sans-serif");

QString escaped(const QString &text)
{
    QString html = Renderer::escape(text);
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return html;
}

QString inlineHtml(const RichText &text)
{
    QString html;
    for (const TextRuns::Run &run : TextRuns::split(text)) {
        QString part = escaped(run.text);
        if (run.italic)
            part = QStringLiteral("<em style=\"font-style:italic;\">") + part + QStringLiteral("</em>");
        if (run.bold)
            part = QStringLiteral("<strong style=\"font-weight:bold;\">") + part + QStringLiteral("</strong>");
        if (!run.href.isEmpty() && !run.text.contains(run.href))
            part += QStringLiteral("<span style=\"color:#888888;font-size:14px;\">(")
                    + Renderer::escape(run.href) + QStringLiteral(")</span>");
        html += part;
    }
    return html;
}

QString element(const QString &tag, const QString &style, const QString &content)
{
    return QLatin1Char('<') + tag + QStringLiteral(" style=\"") + style + QStringLiteral("\">") + content
           + QStringLiteral("</") + tag + QStringLiteral(">\n");
}

} // namespace

QString WeChatWriter::fragment(const ExportDocument &document, const Theme::Labels &labels)
{
    const Article &article = document.article();
    const QString body = QStringLiteral("margin:0 0 20px;font-size:16px;line-height:1.75;color:#333333;"
                                        "text-align:justify;letter-spacing:0.5px;");
    const QString muted = QStringLiteral("margin:0 0 16px;font-size:14px;line-height:1.6;color:#888888;");
    QString html;
    const QString title = CleanText::line(article.title);
    html += element(QStringLiteral("h1"),
                    QStringLiteral("margin:0 0 12px;font-size:22px;line-height:1.4;font-weight:bold;color:#222222;font-family:") + Sans + QLatin1Char(';'),
                    Renderer::escape(title.isEmpty() ? CleanText::line(labels.untitled) : title));
    if (!CleanText::line(article.subtitle).isEmpty())
        html += element(QStringLiteral("p"), QStringLiteral("margin:0 0 12px;font-size:17px;line-height:1.5;color:#555555;"),
                        Renderer::escape(CleanText::line(article.subtitle)));
    QStringList meta;
    if (!CleanText::line(article.source).isEmpty())
        meta << Renderer::escape(CleanText::line(labels.source) + CleanText::line(article.source));
    if (!CleanText::line(article.byline).isEmpty())
        meta << Renderer::escape(CleanText::line(article.byline));
    if (!meta.isEmpty())
        html += element(QStringLiteral("p"), muted, meta.join(QStringLiteral("&nbsp;&nbsp;")));

    for (const Block &block : article.blocks) {
        switch (block.type) {
        case Block::Type::Paragraph:
            if (!CleanText::line(block.text.text).isEmpty())
                html += element(QStringLiteral("p"), body + QStringLiteral("text-indent:2em;"), inlineHtml(block.text));
            break;
        case Block::Type::Heading:
            if (!CleanText::line(block.text.text).isEmpty())
                html += element(QStringLiteral("h") + QString::number(block.level <= 2 ? 2 : 3),
                                QStringLiteral("margin:28px 0 14px;padding-left:10px;border-left:4px solid #b3121b;"
                                               "font-size:%1px;line-height:1.5;font-weight:bold;color:#222222;")
                                    .arg(block.level <= 2 ? 18 : 16),
                                inlineHtml(block.text));
            break;
        case Block::Type::Quote:
            if (!CleanText::line(block.text.text).isEmpty())
                html += element(QStringLiteral("blockquote"),
                                QStringLiteral("margin:0 0 20px;padding:10px 14px;border-left:4px solid #dddddd;"
                                               "background-color:#f7f7f7;color:#555555;font-size:15px;line-height:1.7;"),
                                inlineHtml(block.text));
            break;
        case Block::Type::List: {
            QString items;
            for (const RichText &item : block.items) {
                if (!CleanText::line(item.text).isEmpty())
                    items += element(QStringLiteral("li"), QStringLiteral("margin:0 0 6px;font-size:16px;line-height:1.75;color:#333333;"),
                                     inlineHtml(item));
            }
            if (!items.isEmpty())
                html += element(block.ordered ? QStringLiteral("ol") : QStringLiteral("ul"),
                                QStringLiteral("margin:0 0 20px;padding-left:2em;"), QLatin1Char('\n') + items);
            break;
        }
        case Block::Type::Image: {
            const ExportImage *image = document.image(block);
            const QString caption = QStringList{CleanText::line(block.caption), CleanText::line(block.credit)}.join(QLatin1Char(' ')).trimmed();
            QString content;
            if (image) {
                content += QStringLiteral("<img src=\"") + image->dataUri() + QStringLiteral("\" alt=\"")
                           + Renderer::escape(CleanText::line(block.alt.isEmpty() ? block.caption : block.alt))
                           + QStringLiteral("\" style=\"display:block;width:100%;max-width:100%;height:auto;margin:0 auto;\">\n");
            } else {
                content += element(QStringLiteral("p"),
                                   QStringLiteral("margin:0;padding:40px 0;border:2px dashed #cccccc;background-color:#f3f3f3;"
                                                  "color:#999999;font-size:16px;text-align:center;"),
                                   Renderer::escape(CleanText::line(labels.placeholder)));
            }
            if (!caption.isEmpty())
                content += element(QStringLiteral("p"),
                                   QStringLiteral("margin:8px 0 0;font-size:14px;line-height:1.6;color:#888888;text-align:center;"),
                                   Renderer::escape(caption));
            html += element(QStringLiteral("section"), QStringLiteral("margin:0 0 24px;text-align:center;"), QLatin1Char('\n') + content);
            break;
        }
        }
    }
    QStringList footer;
    if (!CleanText::line(article.source).isEmpty())
        footer << Renderer::escape(CleanText::line(labels.source) + CleanText::line(article.source));
    if (!CleanText::line(article.editor).isEmpty())
        footer << Renderer::escape(CleanText::line(labels.editor) + CleanText::line(article.editor));
    for (const QString &line : std::as_const(footer))
        html += element(QStringLiteral("p"), QStringLiteral("margin:0 0 6px;font-size:14px;line-height:1.6;color:#888888;"), line);
    return element(QStringLiteral("section"),
                   QStringLiteral("margin:0;padding:0;font-family:") + Sans
                       + QStringLiteral(";font-size:16px;line-height:1.75;color:#333333;word-wrap:break-word;"),
                   QLatin1Char('\n') + html);
}

QString WeChatWriter::page(const ExportDocument &document, const Theme::Labels &labels)
{
    const QString title = CleanText::line(document.article().title);
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
           + Renderer::escape(title.isEmpty() ? CleanText::line(labels.untitled) : title)
           + QStringLiteral("</title>\n</head>\n<body style=\"margin:0 auto;max-width:677px;padding:20px 16px;\">\n")
           + fragment(document, labels) + QStringLiteral("</body>\n</html>\n");
}

bool WeChatWriter::render(const Job &job, QByteArray *bytes, QString *error) const
{
    Q_UNUSED(error);
    *bytes = page(*job.document, job.options.theme.labels()).toUtf8();
    return true;
}

} // namespace copydesk
