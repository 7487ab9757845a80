#include "export/writers/markdownwriter.h"
#include "text/cleantext.h"

#include "export/exportdocument.h"
#include "render/textruns.h"


namespace copydesk {

namespace {

bool isPunctuationOrSpace(QChar c)
{
    return c.isSpace() || c.isPunct() || c.isSymbol();
}

// A run with **, * or (where CommonMark's flanking rules would not see the delimiters, as next
// to CJK punctuation) <strong>/<em>; surrounding spaces stay outside the markers.
QString runMarkdown(const TextRuns::Run &run)
{
    QString text = MarkdownWriter::escape(run.text);
    if (run.bold || run.italic) {
        const QString core = text.trimmed();
        if (!core.isEmpty()) {
            const qsizetype lead = text.indexOf(core);
            const QString before = text.left(lead);
            const QString after = text.mid(lead + core.size());
            const bool html = isPunctuationOrSpace(run.text.trimmed().front())
                              || isPunctuationOrSpace(run.text.trimmed().back());
            QString open, close;
            if (run.bold) {
                open += html ? QStringLiteral("<strong>") : QStringLiteral("**");
                close.prepend(html ? QStringLiteral("</strong>") : QStringLiteral("**"));
            }
            if (run.italic) {
                open += html ? QStringLiteral("<em>") : QStringLiteral("*");
                close.prepend(html ? QStringLiteral("</em>") : QStringLiteral("*"));
            }
            text = before + open + core + close + after;
        }
    }
    if (!run.href.isEmpty())
        text = QLatin1Char('[') + text + QStringLiteral("](<") + run.href + QStringLiteral(">)");
    return text;
}

QString inlineMarkdown(const RichText &text)
{
    QString result;
    for (const TextRuns::Run &run : TextRuns::split(text))
        result += runMarkdown(run);
    return result;
}

QString plain(const QString &text)
{
    return MarkdownWriter::escape(CleanText::line(text));
}

// One line of plain text, bold or italic.
QString emphasised(const QString &text, bool bold)
{
    TextRuns::Run run;
    run.text = CleanText::line(text);
    run.bold = bold;
    run.italic = !bold;
    return runMarkdown(run);
}

} // namespace

QString MarkdownWriter::escape(const QString &input)
{
    const QString text = CleanText::forMarkup(input);
    QString result;
    result.reserve(text.size() + text.size() / 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            // A hard line break, unless at the very end.
            if (i + 1 < text.size())
                result += QStringLiteral("\\\n");
            lineStart = true;
            continue;
        }
        if (lineStart && (c == u' ' || c == u'\t'))
            continue; // leading blanks would make an indented code block
        switch (c.unicode()) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
        case '!': case '&': case '|': case '~': case '#': case '{': case '}':
            result += QLatin1Char('\\');
            result += c;
            break;
        case '+': case '-': case '=':
            if (lineStart)
                result += QLatin1Char('\\');
            result += c;
            break;
        case '.': case ')': {
            // "1." or "1)" at a line's start would begin an ordered list.
            qsizetype digits = result.size();
            while (digits > 0 && result.at(digits - 1).isDigit())
                --digits;
            const bool listMarker = digits < result.size()
                                    && (digits == 0 || result.at(digits - 1) == u'\n');
            if (listMarker)
                result += QLatin1Char('\\');
            result += c;
            break;
        }
        default:
            result += c;
        }
        lineStart = false;
    }
    return result;
}

QString MarkdownWriter::markdown(const ExportDocument &document, const Theme::Labels &labels)
{
    const Article &article = document.article();
    QStringList parts;
    const QString title = plain(article.title);
    parts << QStringLiteral("# ") + (title.isEmpty() ? plain(labels.untitled) : title);
    if (!plain(article.subtitle).isEmpty())
        parts << emphasised(article.subtitle, true);
    QStringList meta;
    if (article.created.isValid())
        meta << article.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!plain(article.byline).isEmpty())
        meta << plain(article.byline);
    if (!meta.isEmpty())
        parts << meta.join(QStringLiteral(" · "));

    for (const Block &block : article.blocks) {
        switch (block.type) {
        case Block::Type::Paragraph: {
            const QString text = inlineMarkdown(block.text);
            if (!text.trimmed().isEmpty())
                parts << text;
            break;
        }
        case Block::Type::Heading: {
            const QString text = inlineMarkdown(block.text).replace(QStringLiteral("\\\n"), QStringLiteral(" "));
            if (!text.trimmed().isEmpty())
                parts << QString(block.level <= 2 ? 2 : 3, QLatin1Char('#')) + QLatin1Char(' ') + text;
            break;
        }
        case Block::Type::Quote: {
            const QString text = inlineMarkdown(block.text);
            if (!text.trimmed().isEmpty())
                parts << QStringLiteral("> ") + QString(text).replace(QStringLiteral("\\\n"), QStringLiteral("\\\n> "));
            break;
        }
        case Block::Type::List: {
            QStringList items;
            int number = 0;
            for (const RichText &item : block.items) {
                const QString text = inlineMarkdown(item);
                if (text.trimmed().isEmpty())
                    continue;
                const QString marker = block.ordered ? QString::number(++number) + QStringLiteral(". ")
                                                     : QStringLiteral("- ");
                items << marker + QString(text).replace(QStringLiteral("\\\n"),
                                                        QStringLiteral("\\\n") + QString(marker.size(), QLatin1Char(' ')));
            }
            if (!items.isEmpty())
                parts << items.join(QLatin1Char('\n'));
            break;
        }
        case Block::Type::Image: {
            const ExportImage *image = document.image(block);
            const QString caption = QStringList{CleanText::line(block.caption),
                                                CleanText::line(block.credit)}
                                        .join(QLatin1Char(' '))
                                        .trimmed();
            if (image) {
                QString alt = plain(block.alt.isEmpty() ? block.caption : block.alt);
                parts << QStringLiteral("![") + alt + QStringLiteral("](") + image->sharedPath() + QLatin1Char(')');
            } else {
                parts << QStringLiteral("\\[") + plain(labels.placeholder) + QStringLiteral("\\]");
            }
            if (!caption.isEmpty())
                parts << emphasised(caption, false);
            break;
        }
        }
    }
    QStringList footer;
    if (!plain(article.source).isEmpty())
        footer << plain(labels.source) + plain(article.source);
    if (!plain(article.editor).isEmpty())
        footer << plain(labels.editor) + plain(article.editor);
    const QString url = TextRuns::link(article.canonicalUrl);
    if (!url.isEmpty())
        footer << QStringLiteral("<") + url + QStringLiteral(">");
    if (!footer.isEmpty())
        parts << QStringLiteral("---") << footer.join(QStringLiteral("\\\n"));
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

bool MarkdownWriter::render(const Job &job, QByteArray *bytes, QString *error) const
{
    Q_UNUSED(error);
    *bytes = markdown(*job.document, job.options.theme.labels()).toUtf8();
    return true;
}

} // namespace copydesk
