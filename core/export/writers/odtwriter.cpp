#include "export/writers/odtwriter.h"
#include "export/writers/articleframe.h"
#include "model/timestamp.h"
#include "text/cleantext.h"

#include "export/exportdocument.h"
#include "render/textruns.h"
#include "export/zipwriter.h"

#include <QBuffer>
#include <QXmlStreamWriter>

namespace copydesk {

namespace {

const QString MimeType = QStringLiteral("application/vnd.oasis.opendocument.text");
// A4 with 2.5 cm margins: the text column, and the tallest photo allowed (cm).
constexpr double TextWidthCm = 16.0;
constexpr double MaxPhotoHeightCm = 15.0;

void writeNamespaces(QXmlStreamWriter &xml)
{
    const QList<QPair<QString, QString>> namespaces{
        {QStringLiteral("office"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0")},
        {QStringLiteral("style"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0")},
        {QStringLiteral("text"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0")},
        {QStringLiteral("draw"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")},
        {QStringLiteral("fo"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")},
        {QStringLiteral("xlink"), QStringLiteral("http://www.w3.org/1999/xlink")},
        {QStringLiteral("dc"), QStringLiteral("http://purl.org/dc/elements/1.1/")},
        {QStringLiteral("meta"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0")},
        {QStringLiteral("svg"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")},
    };
    for (const auto &ns : namespaces)
        xml.writeAttribute(QStringLiteral("xmlns:") + ns.first, ns.second);
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.2"));
}

// Text with ODF's whitespace rules: runs of spaces as text:s, tabs and line breaks as elements.
void writeText(QXmlStreamWriter &xml, const QString &text)
{
    QString pending;
    int spaces = 0;
    auto flushSpaces = [&] {
        if (spaces == 0)
            return;
        // The first space of a run is kept as a character unless at the start.
        const bool atStart = pending.isEmpty();
        if (!atStart) {
            pending += QLatin1Char(' ');
            --spaces;
        }
        xml.writeCharacters(pending);
        pending.clear();
        if (spaces > 0) {
            xml.writeEmptyElement(QStringLiteral("text:s"));
            if (spaces > 1)
                xml.writeAttribute(QStringLiteral("text:c"), QString::number(spaces));
        }
        spaces = 0;
    };
    for (const QChar c : text) {
        if (c == u' ') {
            ++spaces;
            continue;
        }
        flushSpaces();
        if (c == u'\t' || c == u'\n') {
            xml.writeCharacters(pending);
            pending.clear();
            xml.writeEmptyElement(c == u'\t' ? QStringLiteral("text:tab") : QStringLiteral("text:line-break"));
        } else {
            pending += c;
        }
    }
    flushSpaces();
    xml.writeCharacters(pending);
}

void writeRuns(QXmlStreamWriter &xml, const RichText &text)
{
    for (const TextRuns::Run &run : TextRuns::split(text)) {
        if (!run.href.isEmpty()) {
            xml.writeStartElement(QStringLiteral("text:a"));
            xml.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
            xml.writeAttribute(QStringLiteral("xlink:href"), run.href);
        }
        const QString style = run.bold && run.italic ? QStringLiteral("BoldItalic")
                              : run.bold             ? QStringLiteral("Bold")
                              : run.italic           ? QStringLiteral("Italic")
                                                     : QString();
        if (!style.isEmpty()) {
            xml.writeStartElement(QStringLiteral("text:span"));
            xml.writeAttribute(QStringLiteral("text:style-name"), style);
        }
        writeText(xml, run.text);
        if (!style.isEmpty())
            xml.writeEndElement();
        if (!run.href.isEmpty())
            xml.writeEndElement();
    }
}

void paragraph(QXmlStreamWriter &xml, const QString &style, const RichText &text)
{
    xml.writeStartElement(QStringLiteral("text:p"));
    xml.writeAttribute(QStringLiteral("text:style-name"), style);
    writeRuns(xml, text);
    xml.writeEndElement();
}

void heading(QXmlStreamWriter &xml, int level, const RichText &text)
{
    xml.writeStartElement(QStringLiteral("text:h"));
    xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Heading_20_%1").arg(level));
    xml.writeAttribute(QStringLiteral("text:outline-level"), QString::number(level));
    writeRuns(xml, text);
    xml.writeEndElement();
}

QString cm(double value)
{
    return QString::number(value, 'f', 3) + QStringLiteral("cm");
}

void image(QXmlStreamWriter &xml, const Block &block, const ExportImage *image, const Theme::Labels &labels)
{
    if (!image) {
        paragraph(xml, QStringLiteral("Caption"), RichText(ArticleFrame::placeholderCaption(block, labels)));
        return;
    }
    // 96 dpi, scaled down to the column and the height limit.
    double width = image->size.width() * 2.54 / 96;
    double height = image->size.height() * 2.54 / 96;
    if (width > TextWidthCm) {
        height *= TextWidthCm / width;
        width = TextWidthCm;
    }
    if (height > MaxPhotoHeightCm) {
        width *= MaxPhotoHeightCm / height;
        height = MaxPhotoHeightCm;
    }
    xml.writeStartElement(QStringLiteral("text:p"));
    xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("PhotoParagraph"));
    xml.writeStartElement(QStringLiteral("draw:frame"));
    xml.writeAttribute(QStringLiteral("draw:style-name"), QStringLiteral("PhotoFrame"));
    xml.writeAttribute(QStringLiteral("draw:name"), QStringLiteral("Photo%1").arg(image->number));
    xml.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
    xml.writeAttribute(QStringLiteral("svg:width"), cm(width));
    xml.writeAttribute(QStringLiteral("svg:height"), cm(height));
    xml.writeAttribute(QStringLiteral("draw:z-index"), QStringLiteral("0"));
    xml.writeStartElement(QStringLiteral("draw:image"));
    xml.writeAttribute(QStringLiteral("xlink:href"), QStringLiteral("Pictures/%1.%2").arg(image->number, 2, 10, QLatin1Char('0')).arg(image->extension));
    xml.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
    xml.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
    xml.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
    xml.writeEndElement();
    const QString alt = ArticleFrame::alt(block);
    if (!alt.isEmpty())
        xml.writeTextElement(QStringLiteral("svg:desc"), alt);
    xml.writeEndElement(); // frame
    xml.writeEndElement(); // p
    const QString caption = ArticleFrame::caption(block);
    if (!caption.isEmpty())
        paragraph(xml, QStringLiteral("Caption"), RichText(caption));
}

QByteArray contentXml(const ExportDocument &document, const Theme::Labels &labels)
{
    const Article &article = document.article();
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-content"));
    writeNamespaces(xml);
    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    const QList<QPair<QString, QList<QPair<QString, QString>>>> textStyles{
        {QStringLiteral("Bold"), {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}, {QStringLiteral("style:font-weight-asian"), QStringLiteral("bold")}}},
        {QStringLiteral("Italic"), {{QStringLiteral("fo:font-style"), QStringLiteral("italic")}, {QStringLiteral("style:font-style-asian"), QStringLiteral("italic")}}},
        {QStringLiteral("BoldItalic"), {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}, {QStringLiteral("style:font-weight-asian"), QStringLiteral("bold")},
                                        {QStringLiteral("fo:font-style"), QStringLiteral("italic")}, {QStringLiteral("style:font-style-asian"), QStringLiteral("italic")}}},
    };
    for (const auto &textStyle : textStyles) {
        xml.writeStartElement(QStringLiteral("style:style"));
        xml.writeAttribute(QStringLiteral("style:name"), textStyle.first);
        xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("text"));
        xml.writeEmptyElement(QStringLiteral("style:text-properties"));
        for (const auto &property : textStyle.second)
            xml.writeAttribute(property.first, property.second);
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("style:style"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("PhotoParagraph"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    xml.writeAttribute(QStringLiteral("style:parent-style-name"), QStringLiteral("Standard"));
    xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
    xml.writeAttribute(QStringLiteral("fo:text-align"), QStringLiteral("center"));
    xml.writeAttribute(QStringLiteral("fo:keep-with-next"), QStringLiteral("always"));
    xml.writeAttribute(QStringLiteral("fo:margin-top"), QStringLiteral("0.4cm"));
    xml.writeAttribute(QStringLiteral("fo:margin-bottom"), QStringLiteral("0.1cm"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("style:style"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("PhotoFrame"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("graphic"));
    xml.writeEmptyElement(QStringLiteral("style:graphic-properties"));
    xml.writeAttribute(QStringLiteral("style:vertical-pos"), QStringLiteral("top"));
    xml.writeAttribute(QStringLiteral("style:vertical-rel"), QStringLiteral("baseline"));
    xml.writeEndElement();
    for (const bool ordered : {false, true}) {
        xml.writeStartElement(QStringLiteral("text:list-style"));
        xml.writeAttribute(QStringLiteral("style:name"), ordered ? QStringLiteral("Numbers") : QStringLiteral("Bullets"));
        xml.writeStartElement(ordered ? QStringLiteral("text:list-level-style-number") : QStringLiteral("text:list-level-style-bullet"));
        xml.writeAttribute(QStringLiteral("text:level"), QStringLiteral("1"));
        if (ordered) {
            xml.writeAttribute(QStringLiteral("style:num-suffix"), QStringLiteral("."));
            xml.writeAttribute(QStringLiteral("style:num-format"), QStringLiteral("1"));
        } else {
            xml.writeAttribute(QStringLiteral("text:bullet-char"), QString(QChar(0x2022)));
        }
        xml.writeStartElement(QStringLiteral("style:list-level-properties"));
        xml.writeAttribute(QStringLiteral("text:list-level-position-and-space-mode"), QStringLiteral("label-alignment"));
        xml.writeEmptyElement(QStringLiteral("style:list-level-label-alignment"));
        xml.writeAttribute(QStringLiteral("text:label-followed-by"), QStringLiteral("listtab"));
        xml.writeAttribute(QStringLiteral("text:list-tab-stop-position"), QStringLiteral("1.27cm"));
        xml.writeAttribute(QStringLiteral("fo:text-indent"), QStringLiteral("-0.635cm"));
        xml.writeAttribute(QStringLiteral("fo:margin-left"), QStringLiteral("1.27cm"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(QStringLiteral("office:body"));
    xml.writeStartElement(QStringLiteral("office:text"));
    paragraph(xml, QStringLiteral("Title"), RichText(ArticleFrame::title(article, labels)));
    if (!CleanText::line(article.subtitle).isEmpty())
        paragraph(xml, QStringLiteral("Subtitle"), RichText(CleanText::line(article.subtitle)));
    const QString meta = ArticleFrame::metaLine(article, labels);
    if (!meta.isEmpty())
        paragraph(xml, QStringLiteral("Article_20_Meta"), RichText(meta));

    for (const Block &block : article.blocks) {
        switch (block.type) {
        case Block::Type::Paragraph:
            if (!CleanText::line(block.text.text).isEmpty())
                paragraph(xml, QStringLiteral("Text_20_body"), block.text);
            break;
        case Block::Type::Heading:
            if (!CleanText::line(block.text.text).isEmpty())
                heading(xml, block.level <= 2 ? 2 : 3, block.text);
            break;
        case Block::Type::Quote:
            if (!CleanText::line(block.text.text).isEmpty())
                paragraph(xml, QStringLiteral("Quotations"), block.text);
            break;
        case Block::Type::List: {
            bool open = false;
            for (const RichText &item : block.items) {
                if (CleanText::line(item.text).isEmpty())
                    continue;
                if (!open) {
                    xml.writeStartElement(QStringLiteral("text:list"));
                    xml.writeAttribute(QStringLiteral("text:style-name"),
                                       block.ordered ? QStringLiteral("Numbers") : QStringLiteral("Bullets"));
                    open = true;
                }
                xml.writeStartElement(QStringLiteral("text:list-item"));
                paragraph(xml, QStringLiteral("List_20_Contents"), item);
                xml.writeEndElement();
            }
            if (open)
                xml.writeEndElement();
            break;
        }
        case Block::Type::Image:
            image(xml, block, document.image(block), labels);
            break;
        }
    }
    for (const QString &line : ArticleFrame::footerLines(article, labels))
        paragraph(xml, QStringLiteral("Article_20_Footer"), RichText(line));
    xml.writeEndElement(); // text
    xml.writeEndElement(); // body
    xml.writeEndElement(); // document-content
    xml.writeEndDocument();
    return bytes;
}

void paragraphStyle(QXmlStreamWriter &xml, const QString &name, const QString &displayName,
                    const QString &parent, const QList<QPair<QString, QString>> &paragraphProperties,
                    const QList<QPair<QString, QString>> &textProperties, const QString &styleClass = {})
{
    xml.writeStartElement(QStringLiteral("style:style"));
    xml.writeAttribute(QStringLiteral("style:name"), name);
    if (!displayName.isEmpty())
        xml.writeAttribute(QStringLiteral("style:display-name"), displayName);
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    if (!parent.isEmpty())
        xml.writeAttribute(QStringLiteral("style:parent-style-name"), parent);
    if (!styleClass.isEmpty())
        xml.writeAttribute(QStringLiteral("style:class"), styleClass);
    if (!paragraphProperties.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
        for (const auto &property : paragraphProperties)
            xml.writeAttribute(property.first, property.second);
    }
    if (!textProperties.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("style:text-properties"));
        for (const auto &property : textProperties)
            xml.writeAttribute(property.first, property.second);
    }
    xml.writeEndElement();
}

QList<QPair<QString, QString>> font(const QString &family, const QString &size,
                                    const QList<QPair<QString, QString>> &more = {})
{
    QList<QPair<QString, QString>> properties{
        {QStringLiteral("style:font-name"), family},
        {QStringLiteral("style:font-name-asian"), family},
        {QStringLiteral("fo:font-size"), size},
        {QStringLiteral("style:font-size-asian"), size},
    };
    return properties + more;
}

QByteArray stylesXml()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-styles"));
    writeNamespaces(xml);
    xml.writeStartElement(QStringLiteral("office:font-face-decls"));
    for (const QString &family : {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")}) {
        xml.writeEmptyElement(QStringLiteral("style:font-face"));
        xml.writeAttribute(QStringLiteral("style:name"), family);
        xml.writeAttribute(QStringLiteral("svg:font-family"), QLatin1Char('\'') + family + QLatin1Char('\''));
    }
    xml.writeEndElement();

    const QString serif = QStringLiteral("Noto Serif CJK SC");
    const QString sans = QStringLiteral("Noto Sans CJK SC");
    const QPair<QString, QString> bold{QStringLiteral("fo:font-weight"), QStringLiteral("bold")};
    const QPair<QString, QString> boldAsian{QStringLiteral("style:font-weight-asian"), QStringLiteral("bold")};
    const QPair<QString, QString> center{QStringLiteral("fo:text-align"), QStringLiteral("center")};
    const QPair<QString, QString> keep{QStringLiteral("fo:keep-with-next"), QStringLiteral("always")};
    const QPair<QString, QString> grey{QStringLiteral("fo:color"), QStringLiteral("#595959")};
    xml.writeStartElement(QStringLiteral("office:styles"));
    xml.writeStartElement(QStringLiteral("style:default-style"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(QStringLiteral("style:text-properties"));
    for (const auto &property : font(serif, QStringLiteral("12pt"), {{QStringLiteral("fo:language"), QStringLiteral("en")},
                                                                      {QStringLiteral("fo:country"), QStringLiteral("US")},
                                                                      {QStringLiteral("style:language-asian"), QStringLiteral("zh")},
                                                                      {QStringLiteral("style:country-asian"), QStringLiteral("CN")}}))
        xml.writeAttribute(property.first, property.second);
    xml.writeEndElement();
    paragraphStyle(xml, QStringLiteral("Standard"), {}, {}, {{QStringLiteral("fo:line-height"), QStringLiteral("150%")}}, {},
                   QStringLiteral("text"));
    paragraphStyle(xml, QStringLiteral("Text_20_body"), QStringLiteral("Text body"), QStringLiteral("Standard"),
                   {{QStringLiteral("fo:margin-bottom"), QStringLiteral("0.21cm")}, {QStringLiteral("fo:text-indent"), QStringLiteral("0.85cm")},
                    {QStringLiteral("fo:text-align"), QStringLiteral("justify")}},
                   {}, QStringLiteral("text"));
    paragraphStyle(xml, QStringLiteral("Heading"), {}, QStringLiteral("Standard"),
                   {{QStringLiteral("fo:margin-top"), QStringLiteral("0.42cm")}, {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.21cm")}, keep},
                   font(sans, QStringLiteral("14pt")), QStringLiteral("text"));
    paragraphStyle(xml, QStringLiteral("Title"), {}, QStringLiteral("Heading"), {center},
                   font(sans, QStringLiteral("20pt"), {bold, boldAsian}), QStringLiteral("chapter"));
    paragraphStyle(xml, QStringLiteral("Subtitle"), {}, QStringLiteral("Heading"), {center},
                   font(sans, QStringLiteral("15pt"), {{QStringLiteral("fo:color"), QStringLiteral("#444444")}}), QStringLiteral("chapter"));
    paragraphStyle(xml, QStringLiteral("Heading_20_2"), QStringLiteral("Heading 2"), QStringLiteral("Heading"), {},
                   font(sans, QStringLiteral("15pt"), {bold, boldAsian}), QStringLiteral("text"));
    paragraphStyle(xml, QStringLiteral("Heading_20_3"), QStringLiteral("Heading 3"), QStringLiteral("Heading"), {},
                   font(sans, QStringLiteral("13pt"), {bold, boldAsian}), QStringLiteral("text"));
    paragraphStyle(xml, QStringLiteral("Quotations"), {}, QStringLiteral("Standard"),
                   {{QStringLiteral("fo:margin-left"), QStringLiteral("1cm")}, {QStringLiteral("fo:margin-right"), QStringLiteral("1cm")},
                    {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.21cm")}},
                   {{QStringLiteral("fo:color"), QStringLiteral("#404040")}}, QStringLiteral("html"));
    paragraphStyle(xml, QStringLiteral("List_20_Contents"), QStringLiteral("List Contents"), QStringLiteral("Standard"), {}, {},
                   QStringLiteral("html"));
    paragraphStyle(xml, QStringLiteral("Caption"), {}, QStringLiteral("Standard"),
                   {center, {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.42cm")}},
                   font(sans, QStringLiteral("10pt"), {grey}), QStringLiteral("extra"));
    paragraphStyle(xml, QStringLiteral("Article_20_Meta"), QStringLiteral("Article Meta"), QStringLiteral("Standard"),
                   {center, {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.42cm")}},
                   font(sans, QStringLiteral("10pt"), {{QStringLiteral("fo:color"), QStringLiteral("#767676")}}));
    paragraphStyle(xml, QStringLiteral("Article_20_Footer"), QStringLiteral("Article Footer"), QStringLiteral("Standard"), {},
                   font(sans, QStringLiteral("10.5pt"), {{QStringLiteral("fo:color"), QStringLiteral("#555555")}}));
    xml.writeEndElement(); // styles

    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    xml.writeStartElement(QStringLiteral("style:page-layout"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("A4"));
    xml.writeEmptyElement(QStringLiteral("style:page-layout-properties"));
    xml.writeAttribute(QStringLiteral("fo:page-width"), QStringLiteral("21cm"));
    xml.writeAttribute(QStringLiteral("fo:page-height"), QStringLiteral("29.7cm"));
    xml.writeAttribute(QStringLiteral("style:print-orientation"), QStringLiteral("portrait"));
    for (const char *side : {"fo:margin-top", "fo:margin-bottom", "fo:margin-left", "fo:margin-right"})
        xml.writeAttribute(QLatin1String(side), QStringLiteral("2.5cm"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("office:master-styles"));
    xml.writeEmptyElement(QStringLiteral("style:master-page"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Standard"));
    xml.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("A4"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray metaXml(const Article &article)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-meta"));
    writeNamespaces(xml);
    xml.writeStartElement(QStringLiteral("office:meta"));
    xml.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Copydesk"));
    xml.writeTextElement(QStringLiteral("dc:title"), CleanText::line(article.title));
    if (!CleanText::line(article.byline).isEmpty())
        xml.writeTextElement(QStringLiteral("dc:creator"), CleanText::line(article.byline));
    xml.writeTextElement(QStringLiteral("dc:language"), QStringLiteral("zh-CN"));
    if (article.created.isValid())
        xml.writeTextElement(QStringLiteral("meta:creation-date"), Timestamp::formatSeconds(article.created));
    for (const QString &tag : article.tags) {
        if (!CleanText::line(tag).isEmpty())
            xml.writeTextElement(QStringLiteral("meta:keyword"), CleanText::line(tag));
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray manifestXml(const ExportDocument &document)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("manifest:manifest"));
    xml.writeAttribute(QStringLiteral("xmlns:manifest"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
    xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.2"));
    const auto entry = [&xml](const QString &path, const QString &type) {
        xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        xml.writeAttribute(QStringLiteral("manifest:full-path"), path);
        xml.writeAttribute(QStringLiteral("manifest:media-type"), type);
    };
    xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
    xml.writeAttribute(QStringLiteral("manifest:full-path"), QStringLiteral("/"));
    xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.2"));
    xml.writeAttribute(QStringLiteral("manifest:media-type"), MimeType);
    for (const char *part : {"content.xml", "styles.xml", "meta.xml"})
        entry(QLatin1String(part), QStringLiteral("text/xml"));
    for (const ExportImage &image : document.images())
        entry(QStringLiteral("Pictures/%1.%2").arg(image.number, 2, 10, QLatin1Char('0')).arg(image.extension), image.mime());
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace

bool OdtWriter::write(const ExportDocument &document, const Theme::Labels &labels, QIODevice *device,
                      QString *error)
{
    ZipWriter zip(device);
    if (!zip.add(QStringLiteral("mimetype"), MimeType.toLatin1(), true, error)
        || !zip.add(QStringLiteral("content.xml"), contentXml(document, labels), false, error)
        || !zip.add(QStringLiteral("styles.xml"), stylesXml(), false, error)
        || !zip.add(QStringLiteral("meta.xml"), metaXml(document.article()), false, error))
        return false;
    for (const ExportImage &image : document.images()) {
        const QString name = QStringLiteral("Pictures/%1.%2").arg(image.number, 2, 10, QLatin1Char('0')).arg(image.extension);
        if (!zip.add(name, image.bytes, true, error))
            return false;
    }
    return zip.add(QStringLiteral("META-INF/manifest.xml"), manifestXml(document), false, error)
           && zip.finish(error);
}

bool OdtWriter::render(const Job &job, QByteArray *bytes, QString *error) const
{
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    return write(*job.document, job.options.theme.labels(), &buffer, error);
}

} // namespace copydesk
