#include "import/packageimport.h"

#include "import/html/htmlconverter.h"
#include "import/zippackage.h"

namespace copydesk {

QString PackageImport::attribute(const QXmlStreamReader &xml, const char *name)
{
    for (const QXmlStreamAttribute &attribute : xml.attributes()) {
        if (attribute.name() == QLatin1String(name))
            return attribute.value().toString();
    }
    return {};
}

QString PackageImport::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

bool PackageImport::convert(const QString &path, const QString &embeddedPrefix, const QString &bodyHtml,
                            ImportedArticle *out, QString *error)
{
    HtmlConverter::Options options;
    options.readLocalFiles = false;
    options.embeddedPrefix = embeddedPrefix;
    options.readEmbedded = [path](const QString &part, QByteArray *bytes, QString *why) {
        ZipPackage own;
        return own.open(path, why) && own.read(part, bytes, why);
    };
    ImportedArticle result;
    if (!HtmlConverter::convert(QStringLiteral("<html><body>") + bodyHtml + QStringLiteral("</body></html>"),
                                options, &result, error))
        return false;
    *out = result;
    return true;
}

} // namespace copydesk
