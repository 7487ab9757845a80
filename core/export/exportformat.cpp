#include "export/exportformat.h"

namespace copydesk {

QList<ExportFormat::Id> ExportFormat::all()
{
    return {Html, HtmlZip, HtmlSingle, Pdf, Docx, Odt, Markdown, Json, Nitf, NewsMl, WeChat};
}

QString ExportFormat::name(Id format)
{
    switch (format) {
    case Html: return QStringLiteral("html");
    case HtmlZip: return QStringLiteral("zip");
    case HtmlSingle: return QStringLiteral("html-single");
    case Pdf: return QStringLiteral("pdf");
    case Docx: return QStringLiteral("docx");
    case Odt: return QStringLiteral("odt");
    case Markdown: return QStringLiteral("md");
    case Json: return QStringLiteral("json");
    case Nitf: return QStringLiteral("nitf");
    case NewsMl: return QStringLiteral("newsml");
    case WeChat: return QStringLiteral("wechat");
    }
    return {};
}

bool ExportFormat::fromName(const QString &name, Id *format)
{
    const QString wanted = name.trimmed().toLower();
    for (const Id id : all()) {
        if (ExportFormat::name(id) == wanted) {
            *format = id;
            return true;
        }
    }
    return false;
}

QString ExportFormat::displayName(Id format)
{
    switch (format) {
    case Html: return tr("HTML folder");
    case HtmlZip: return tr("HTML folder as .zip");
    case HtmlSingle: return tr("Single HTML file");
    case Pdf: return tr("PDF (A4)");
    case Docx: return tr("Word document (.docx)");
    case Odt: return tr("OpenDocument text (.odt)");
    case Markdown: return tr("Markdown with images");
    case Json: return tr("Copydesk JSON");
    case Nitf: return tr("NITF 3.6");
    case NewsMl: return tr("NewsML-G2");
    case WeChat: return tr("WeChat rich text");
    }
    return {};
}

QString ExportFormat::outputName(Id format, const QString &name)
{
    switch (format) {
    case Html: return name;
    case Markdown: return name + QStringLiteral(".md");
    case HtmlZip: return name + QStringLiteral(".zip");
    case HtmlSingle: return name + QStringLiteral(".html");
    case Pdf: return name + QStringLiteral(".pdf");
    case Docx: return name + QStringLiteral(".docx");
    case Odt: return name + QStringLiteral(".odt");
    case Json: return name + QStringLiteral(".json");
    case Nitf: return name + QStringLiteral(".nitf.xml");
    case NewsMl: return name + QStringLiteral(".newsml.xml");
    case WeChat: return name + QStringLiteral(".wechat.html");
    }
    return name;
}

bool ExportFormat::isFolder(Id format)
{
    return format == Html;
}

bool ExportFormat::hasImageFiles(Id format)
{
    return format == Markdown || format == Nitf || format == NewsMl;
}

QString ExportFormat::revisionReason(Id format)
{
    // HTML keeps the reason copydesk-cli always recorded.
    return format == Html ? tr("exported to HTML") : tr("exported to %1").arg(displayName(format));
}

} // namespace copydesk
