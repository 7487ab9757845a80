#include "import/markdownimporter.h"

#include "import/html/htmlconverter.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cmark.h>

#include <cstdlib>

namespace copydesk {

namespace {

// "---" lines around "key: value" lines at the very start; *rest gets the text after them.
QHash<QString, QString> frontMatter(const QString &text, QString *rest)
{
    *rest = text;
    static const QRegularExpression block(
        QStringLiteral("\\A---[ \\t]*\\r?\\n((?:.*\\r?\\n){0,100}?)(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)"));
    const QRegularExpressionMatch match = block.match(text);
    if (!match.hasMatch())
        return {};
    QHash<QString, QString> fields;
    static const QRegularExpression field(QStringLiteral("^([A-Za-z_-]+)\\s*:\\s*(.*?)\\s*$"));
    for (const QString &line : match.captured(1).split(u'\n')) {
        const QRegularExpressionMatch pair = field.match(line.trimmed());
        if (!pair.hasMatch())
            continue;
        QString value = pair.captured(2);
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        fields.insert(pair.captured(1).toLower(), value);
    }
    *rest = text.mid(match.capturedEnd());
    return fields;
}

} // namespace

ImportedArticle MarkdownImporter::fromMarkdown(const QString &text, const QString &baseDir)
{
    QString body;
    const QHash<QString, QString> fields = frontMatter(text, &body);
    const QByteArray utf8 = body.toUtf8();
    // Raw HTML is passed on: HtmlConverter keeps only structure from it, as from any HTML.
    char *rendered = cmark_markdown_to_html(utf8.constData(), size_t(utf8.size()),
                                            CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8);
    const QString html = QString::fromUtf8(rendered);
    std::free(rendered);

    HtmlConverter::Options options;
    options.imageTitleAsCaption = true;
    options.baseDir = baseDir;
    options.recognizeTitle = !fields.contains(QStringLiteral("title"));
    ImportedArticle out;
    QString error;
    if (!HtmlConverter::convert(html, options, &out, &error)) {
        // Only absurd nesting (thousands of block quotes) fails; keep the text.
        options.paragraphsOnly = true;
        HtmlConverter::convert(body.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")), options, &out, &error);
        out.warnings.append(error);
    }
    auto take = [&](const char *key, QString *field) {
        const QString value = fields.value(QLatin1String(key)).trimmed();
        if (!value.isEmpty())
            *field = value;
    };
    take("title", &out.article.title);
    take("subtitle", &out.article.subtitle);
    take("author", &out.article.byline);
    take("byline", &out.article.byline);
    take("source", &out.article.source);
    take("editor", &out.article.editor);
    return out;
}

bool MarkdownImporter::read(const QString &path, ImportedArticle *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize) {
        *error = tr("the file is larger than %1 MB").arg(MaxFileSize / (1024 * 1024));
        return false;
    }
    if (bytes.contains('\0')) {
        *error = tr("it is not a text file (it contains binary data)");
        return false;
    }
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        text = QString::fromUtf8(bytes.mid(3));
    } else {
        QStringDecoder utf8(QStringConverter::Utf8);
        text = utf8.decode(bytes);
        if (utf8.hasError()) {
            QStringDecoder gb18030("GB18030");
            if (gb18030.isValid())
                text = gb18030.decode(bytes);
        }
    }
    *out = fromMarkdown(text, QFileInfo(path).absolutePath());
    return true;
}

} // namespace copydesk
