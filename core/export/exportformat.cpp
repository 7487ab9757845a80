#include "export/exportformat.h"

#include "export/htmlexporter.h"
#include "export/writers/docxwriter.h"
#include "export/writers/jsonwriter.h"
#include "export/writers/markdownwriter.h"
#include "export/writers/newsmlwriter.h"
#include "export/writers/nitfwriter.h"
#include "export/writers/odtwriter.h"
#include "export/writers/singlehtmlwriter.h"
#include "export/writers/wechatwriter.h"
#include "export/writers/ziphtmlwriter.h"

#include "export/exportwriter.h"

#include <QHash>

namespace copydesk {

namespace {

QHash<int, std::shared_ptr<const ExportWriter>> &writers()
{
    static QHash<int, std::shared_ptr<const ExportWriter>> table{
        {ExportFormat::Html, std::make_shared<HtmlExporter>()},
        {ExportFormat::HtmlZip, std::make_shared<ZipHtmlWriter>()},
        {ExportFormat::HtmlSingle, std::make_shared<SingleHtmlWriter>()},
        {ExportFormat::Docx, std::make_shared<DocxWriter>()},
        {ExportFormat::Odt, std::make_shared<OdtWriter>()},
        {ExportFormat::Markdown, std::make_shared<MarkdownWriter>()},
        {ExportFormat::Json, std::make_shared<JsonWriter>()},
        {ExportFormat::Nitf, std::make_shared<NitfWriter>()},
        {ExportFormat::NewsMl, std::make_shared<NewsMlWriter>()},
        {ExportFormat::WeChat, std::make_shared<WeChatWriter>()},
    };
    return table;
}

} // namespace

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
    case Pdf: return tr("PDF (A4 or Letter)");
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
    const ExportWriter *formatWriter = writer(format);
    return formatWriter && formatWriter->hasImageFiles();
}

QString ExportFormat::revisionReason(Id format)
{
    // HTML keeps the reason copydesk-cli always recorded.
    return format == Html ? tr("exported to HTML") : tr("exported to %1").arg(displayName(format));
}

const ExportWriter *ExportFormat::writer(Id format)
{
    return writers().value(format).get();
}

void ExportFormat::setWriter(Id format, std::shared_ptr<const ExportWriter> writer)
{
    writers().insert(format, std::move(writer));
}

} // namespace copydesk
