#include "import/articleimporter.h"

#include "model/linkpolicy.h"

#include "model/articlejson.h"
#include "import/docximporter.h"
#include "import/html/htmlconverter.h"
#include "import/markdownimporter.h"
#include "import/odtimporter.h"
#include "import/textimporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace copydesk {

namespace {

enum class Format { Docx, Odt, Html, Markdown, Text, Json, Unknown };

Format formatOf(const QString &suffix)
{
    if (suffix == QLatin1String("docx"))
        return Format::Docx;
    if (suffix == QLatin1String("odt"))
        return Format::Odt;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return Format::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text") || suffix.isEmpty())
        return Format::Text;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    return Format::Unknown;
}

// What a file's first bytes say it is, for files whose name promises something else.
QString sniff(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(8);
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return ArticleImporter::tr("it is an old binary Office or WPS document (.doc, .wps); save it as .docx and import that");
    if (head.startsWith("%PDF"))
        return ArticleImporter::tr("it is a PDF; copy its text or ask for the original document");
    if (head.startsWith("{\\rtf"))
        return ArticleImporter::tr("it is an RTF document; save it as .docx and import that");
    return {};
}

bool readJson(const QString &path, Article *article, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    Article read;
    if (!ArticleJson::fromJson(file.readAll(), &read, error))
        return false;
    // A fresh identity in this store; the content stays exactly as exported.
    read.id = 0;
    read.uuid = Article::create().uuid;
    *article = read;
    return true;
}

bool readHtml(const QString &path, ImportedArticle *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray bytes = file.read(ArticleImporter::MaxHtmlSize + 1);
    if (bytes.size() > ArticleImporter::MaxHtmlSize) {
        *error = ArticleImporter::tr("the file is larger than %1 MB").arg(ArticleImporter::MaxHtmlSize / (1024 * 1024));
        return false;
    }
    HtmlConverter::Options options;
    options.baseDir = QFileInfo(path).absolutePath();
    return HtmlConverter::convert(HtmlConverter::decode(bytes), options, out, error);
}

} // namespace

QStringList ArticleImporter::supportedSuffixes()
{
    return {QStringLiteral("docx"), QStringLiteral("odt"),  QStringLiteral("html"), QStringLiteral("htm"),
            QStringLiteral("md"),   QStringLiteral("markdown"), QStringLiteral("txt"), QStringLiteral("json")};
}

QString ArticleImporter::fileDialogFilter()
{
    QStringList patterns;
    for (const QString &suffix : supportedSuffixes())
        patterns.append(QStringLiteral("*.") + suffix);
    return tr("Articles (%1)").arg(patterns.join(u' '));
}

bool ArticleImporter::readFile(const QString &path, ImportedArticle *out, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Cannot import %1: %2").arg(name, reason);
        return false;
    };
    const QFileInfo info(path);
    const Format format = formatOf(info.suffix().toLower());
    if (format == Format::Text) {
        ImportedArticle imported;
        if (!TextImporter::importFile(path, &imported.article, error, 0, &imported.plainText))
            return false;
        LinkPolicy::apply(&imported.article);
        *out = imported;
        return true;
    }
    if (!info.exists())
        return fail(tr("the file does not exist"));
    if (!info.isFile())
        return fail(info.isDir() ? tr("it is a folder") : tr("it is not a regular file"));
    if (info.size() == 0)
        return fail(tr("the file is empty"));
    if (format == Format::Unknown) {
        const QString kind = sniff(path);
        return fail(!kind.isEmpty() ? kind
                                    : tr("“.%1” files cannot be imported (supported: %2)")
                                          .arg(info.suffix(), QStringLiteral(".") + supportedSuffixes().join(QStringLiteral(", ."))));
    }
    ImportedArticle imported;
    QString reason;
    bool ok = false;
    switch (format) {
    case Format::Docx: ok = DocxImporter::read(path, &imported, &reason); break;
    case Format::Odt: ok = OdtImporter::read(path, &imported, &reason); break;
    case Format::Html: ok = readHtml(path, &imported, &reason); break;
    case Format::Markdown: ok = MarkdownImporter::read(path, &imported, &reason); break;
    case Format::Json: ok = readJson(path, &imported.article, &reason); break;
    case Format::Text:
    case Format::Unknown: break;
    }
    if (!ok) {
        const QString kind = sniff(path);
        return fail(kind.isEmpty() ? reason : kind);
    }
    if (imported.article.title.isEmpty() && imported.article.blocks.isEmpty())
        return fail(tr("it contains no text"));
    if (imported.article.title.isEmpty())
        imported.article.title = info.completeBaseName();
    LinkPolicy::apply(&imported.article);
    *out = imported;
    return true;
}

} // namespace copydesk
