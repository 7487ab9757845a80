#include "export/writers/docxwriter.h"
#include "export/writers/articleframe.h"
#include "export/writers/docxrelationships.h"
#include "model/timestamp.h"
#include "text/cleantext.h"

#include "export/exportdocument.h"
#include "render/textruns.h"
#include "export/zipwriter.h"

#include <QBuffer>
#include <QXmlStreamWriter>

#include <functional>

namespace copydesk {

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString R = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString ImageRel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image");
const QString LinkRel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink");

// A4 with 2.5 cm side margins: the text column in EMU, and the tallest photo we allow.
constexpr qint64 EmuPerTwip = 635;
constexpr int PageWidthTwips = 11906;
constexpr int PageHeightTwips = 16838;
constexpr int SideMarginTwips = 1418;
constexpr int TopMarginTwips = 1418;
constexpr qint64 TextWidthEmu = qint64(PageWidthTwips - 2 * SideMarginTwips) * EmuPerTwip;
constexpr qint64 MaxPhotoHeightEmu = qint64(PageHeightTwips - 2 * TopMarginTwips) * EmuPerTwip * 6 / 10;
constexpr qint64 EmuPerPixel = 9525; // at 96 dpi

class BodyWriter
{
public:
    BodyWriter(QXmlStreamWriter &xml, DocxRelationships *relationships) : m_xml(xml), m_rels(relationships) {}

    void paragraph(const QString &style, const RichText &text, bool keepNext = false,
                   int numId = 0)
    {
        m_xml.writeStartElement(QStringLiteral("w:p"));
        properties(style, keepNext, numId);
        runs(text);
        m_xml.writeEndElement();
    }

    void plainParagraph(const QString &style, const QString &text)
    {
        paragraph(style, RichText(text));
    }

    void image(const Block &block, const ExportImage *image, const Theme::Labels &labels)
    {
        if (!image) {
            plainParagraph(QStringLiteral("Caption"), ArticleFrame::placeholderCaption(block, labels));
            return;
        }
        const QString rel = m_rels->add(ImageRel, QStringLiteral("media/image%1.%2").arg(image->number).arg(image->extension), false);
        qint64 cx = qint64(image->size.width()) * EmuPerPixel;
        qint64 cy = qint64(image->size.height()) * EmuPerPixel;
        if (cx > TextWidthEmu) {
            cy = cy * TextWidthEmu / cx;
            cx = TextWidthEmu;
        }
        if (cy > MaxPhotoHeightEmu) {
            cx = cx * MaxPhotoHeightEmu / cy;
            cy = MaxPhotoHeightEmu;
        }
        const int id = ++m_drawings;
        const QString name = QStringLiteral("Photo %1").arg(id);
        const QString alt = ArticleFrame::alt(block);

        m_xml.writeStartElement(QStringLiteral("w:p"));
        m_xml.writeStartElement(QStringLiteral("w:pPr"));
        m_xml.writeEmptyElement(QStringLiteral("w:keepNext"));
        m_xml.writeEmptyElement(QStringLiteral("w:spacing"));
        m_xml.writeAttribute(QStringLiteral("w:before"), QStringLiteral("240"));
        m_xml.writeAttribute(QStringLiteral("w:after"), QStringLiteral("60"));
        m_xml.writeEmptyElement(QStringLiteral("w:ind"));
        m_xml.writeAttribute(QStringLiteral("w:firstLine"), QStringLiteral("0"));
        m_xml.writeEmptyElement(QStringLiteral("w:jc"));
        m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("center"));
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("w:r"));
        m_xml.writeStartElement(QStringLiteral("w:drawing"));
        m_xml.writeStartElement(QStringLiteral("wp:inline"));
        for (const char *side : {"distT", "distB", "distL", "distR"})
            m_xml.writeAttribute(QLatin1String(side), QStringLiteral("0"));
        m_xml.writeEmptyElement(QStringLiteral("wp:extent"));
        m_xml.writeAttribute(QStringLiteral("cx"), QString::number(cx));
        m_xml.writeAttribute(QStringLiteral("cy"), QString::number(cy));
        m_xml.writeEmptyElement(QStringLiteral("wp:docPr"));
        m_xml.writeAttribute(QStringLiteral("id"), QString::number(id));
        m_xml.writeAttribute(QStringLiteral("name"), name);
        if (!alt.isEmpty())
            m_xml.writeAttribute(QStringLiteral("descr"), alt);
        m_xml.writeStartElement(QStringLiteral("wp:cNvGraphicFramePr"));
        m_xml.writeEmptyElement(QStringLiteral("a:graphicFrameLocks"));
        m_xml.writeAttribute(QStringLiteral("noChangeAspect"), QStringLiteral("1"));
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("a:graphic"));
        m_xml.writeStartElement(QStringLiteral("a:graphicData"));
        m_xml.writeAttribute(QStringLiteral("uri"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
        m_xml.writeStartElement(QStringLiteral("pic:pic"));
        m_xml.writeStartElement(QStringLiteral("pic:nvPicPr"));
        m_xml.writeEmptyElement(QStringLiteral("pic:cNvPr"));
        m_xml.writeAttribute(QStringLiteral("id"), QString::number(id));
        m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("image%1.%2").arg(image->number).arg(image->extension));
        if (!alt.isEmpty())
            m_xml.writeAttribute(QStringLiteral("descr"), alt);
        m_xml.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("pic:blipFill"));
        m_xml.writeEmptyElement(QStringLiteral("a:blip"));
        m_xml.writeAttribute(QStringLiteral("r:embed"), rel);
        m_xml.writeStartElement(QStringLiteral("a:stretch"));
        m_xml.writeEmptyElement(QStringLiteral("a:fillRect"));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("pic:spPr"));
        m_xml.writeStartElement(QStringLiteral("a:xfrm"));
        m_xml.writeEmptyElement(QStringLiteral("a:off"));
        m_xml.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
        m_xml.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
        m_xml.writeEmptyElement(QStringLiteral("a:ext"));
        m_xml.writeAttribute(QStringLiteral("cx"), QString::number(cx));
        m_xml.writeAttribute(QStringLiteral("cy"), QString::number(cy));
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("a:prstGeom"));
        m_xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
        m_xml.writeEmptyElement(QStringLiteral("a:avLst"));
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // spPr
        m_xml.writeEndElement(); // pic
        m_xml.writeEndElement(); // graphicData
        m_xml.writeEndElement(); // graphic
        m_xml.writeEndElement(); // inline
        m_xml.writeEndElement(); // drawing
        m_xml.writeEndElement(); // r
        m_xml.writeEndElement(); // p
        const QString caption = ArticleFrame::caption(block);
        if (!caption.isEmpty())
            plainParagraph(QStringLiteral("Caption"), caption);
    }

private:
    void properties(const QString &style, bool keepNext, int numId)
    {
        m_xml.writeStartElement(QStringLiteral("w:pPr"));
        m_xml.writeEmptyElement(QStringLiteral("w:pStyle"));
        m_xml.writeAttribute(QStringLiteral("w:val"), style);
        if (keepNext)
            m_xml.writeEmptyElement(QStringLiteral("w:keepNext"));
        if (numId > 0) {
            m_xml.writeStartElement(QStringLiteral("w:numPr"));
            m_xml.writeEmptyElement(QStringLiteral("w:ilvl"));
            m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("0"));
            m_xml.writeEmptyElement(QStringLiteral("w:numId"));
            m_xml.writeAttribute(QStringLiteral("w:val"), QString::number(numId));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void runs(const RichText &text)
    {
        for (const TextRuns::Run &run : TextRuns::split(text)) {
            if (!run.href.isEmpty()) {
                m_xml.writeStartElement(QStringLiteral("w:hyperlink"));
                m_xml.writeAttribute(QStringLiteral("r:id"), m_rels->add(LinkRel, run.href, true));
            }
            const QStringList lines = run.text.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                m_xml.writeStartElement(QStringLiteral("w:r"));
                if (run.bold || run.italic || !run.href.isEmpty()) {
                    m_xml.writeStartElement(QStringLiteral("w:rPr"));
                    if (!run.href.isEmpty()) {
                        m_xml.writeEmptyElement(QStringLiteral("w:rStyle"));
                        m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("Hyperlink"));
                    }
                    if (run.bold) {
                        m_xml.writeEmptyElement(QStringLiteral("w:b"));
                        m_xml.writeEmptyElement(QStringLiteral("w:bCs"));
                    }
                    if (run.italic) {
                        m_xml.writeEmptyElement(QStringLiteral("w:i"));
                        m_xml.writeEmptyElement(QStringLiteral("w:iCs"));
                    }
                    m_xml.writeEndElement();
                }
                if (i > 0)
                    m_xml.writeEmptyElement(QStringLiteral("w:br"));
                if (!lines.at(i).isEmpty()) {
                    m_xml.writeStartElement(QStringLiteral("w:t"));
                    m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                    m_xml.writeCharacters(lines.at(i));
                    m_xml.writeEndElement();
                }
                m_xml.writeEndElement();
            }
            if (!run.href.isEmpty())
                m_xml.writeEndElement();
        }
    }

    QXmlStreamWriter &m_xml;
    DocxRelationships *m_rels;
    int m_drawings = 0;
};

bool hasText(const RichText &text)
{
    return !CleanText::line(text.text).isEmpty();
}

QByteArray documentXml(const ExportDocument &document, const Theme::Labels &labels,
                       DocxRelationships *rels, int *orderedLists)
{
    const Article &article = document.article();
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("w:document"));
    xml.writeAttribute(QStringLiteral("xmlns:w"), W);
    xml.writeAttribute(QStringLiteral("xmlns:r"), R);
    xml.writeAttribute(QStringLiteral("xmlns:wp"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"));
    xml.writeAttribute(QStringLiteral("xmlns:a"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"));
    xml.writeAttribute(QStringLiteral("xmlns:pic"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
    xml.writeStartElement(QStringLiteral("w:body"));
    BodyWriter body(xml, rels);

    body.plainParagraph(QStringLiteral("Title"), ArticleFrame::title(article, labels));
    if (!CleanText::line(article.subtitle).isEmpty())
        body.plainParagraph(QStringLiteral("Subtitle"), CleanText::line(article.subtitle));
    const QString meta = ArticleFrame::metaLine(article, labels);
    if (!meta.isEmpty())
        body.plainParagraph(QStringLiteral("ArticleMeta"), meta);

    for (const Block &block : article.blocks) {
        switch (block.type) {
        case Block::Type::Paragraph:
            if (hasText(block.text))
                body.paragraph(QStringLiteral("BodyText"), block.text);
            break;
        case Block::Type::Heading:
            if (hasText(block.text))
                body.paragraph(block.level <= 2 ? QStringLiteral("Heading2") : QStringLiteral("Heading3"),
                               block.text, true);
            break;
        case Block::Type::Quote:
            if (hasText(block.text))
                body.paragraph(QStringLiteral("Quote"), block.text);
            break;
        case Block::Type::List: {
            // numId 1 is the shared bullet list; 2, 3, ... one per ordered list.
            const int numId = block.ordered ? 2 + (*orderedLists)++ : 1;
            for (const RichText &item : block.items) {
                if (hasText(item))
                    body.paragraph(QStringLiteral("ListParagraph"), item, false, numId);
            }
            break;
        }
        case Block::Type::Image:
            body.image(block, document.image(block), labels);
            break;
        }
    }
    for (const QString &line : ArticleFrame::footerLines(article, labels))
        body.plainParagraph(QStringLiteral("ArticleFooter"), line);

    xml.writeStartElement(QStringLiteral("w:sectPr"));
    xml.writeEmptyElement(QStringLiteral("w:pgSz"));
    xml.writeAttribute(QStringLiteral("w:w"), QString::number(PageWidthTwips));
    xml.writeAttribute(QStringLiteral("w:h"), QString::number(PageHeightTwips));
    xml.writeEmptyElement(QStringLiteral("w:pgMar"));
    xml.writeAttribute(QStringLiteral("w:top"), QString::number(TopMarginTwips));
    xml.writeAttribute(QStringLiteral("w:right"), QString::number(SideMarginTwips));
    xml.writeAttribute(QStringLiteral("w:bottom"), QString::number(TopMarginTwips));
    xml.writeAttribute(QStringLiteral("w:left"), QString::number(SideMarginTwips));
    xml.writeAttribute(QStringLiteral("w:header"), QStringLiteral("851"));
    xml.writeAttribute(QStringLiteral("w:footer"), QStringLiteral("992"));
    xml.writeAttribute(QStringLiteral("w:gutter"), QStringLiteral("0"));
    xml.writeEndElement();
    xml.writeEndElement(); // body
    xml.writeEndElement(); // document
    xml.writeEndDocument();
    return bytes;
}

void style(QXmlStreamWriter &xml, const QString &type, const QString &id, const QString &name,
           const QString &basedOn, const std::function<void()> &paragraph,
           const std::function<void()> &run, bool primary = true)
{
    xml.writeStartElement(QStringLiteral("w:style"));
    xml.writeAttribute(QStringLiteral("w:type"), type);
    xml.writeAttribute(QStringLiteral("w:styleId"), id);
    xml.writeEmptyElement(QStringLiteral("w:name"));
    xml.writeAttribute(QStringLiteral("w:val"), name);
    if (!basedOn.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("w:basedOn"));
        xml.writeAttribute(QStringLiteral("w:val"), basedOn);
    }
    if (primary)
        xml.writeEmptyElement(QStringLiteral("w:qFormat"));
    if (paragraph) {
        xml.writeStartElement(QStringLiteral("w:pPr"));
        paragraph();
        xml.writeEndElement();
    }
    if (run) {
        xml.writeStartElement(QStringLiteral("w:rPr"));
        run();
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void empty(QXmlStreamWriter &xml, const QString &name, const QList<QPair<QString, QString>> &attributes = {})
{
    xml.writeEmptyElement(name);
    for (const auto &attribute : attributes)
        xml.writeAttribute(attribute.first, attribute.second);
}

QByteArray stylesXml()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("w:styles"));
    xml.writeAttribute(QStringLiteral("xmlns:w"), W);
    const auto fonts = [&xml](const QString &latin, const QString &eastAsia) {
        empty(xml, QStringLiteral("w:rFonts"), {{QStringLiteral("w:ascii"), latin}, {QStringLiteral("w:hAnsi"), latin},
                                                {QStringLiteral("w:eastAsia"), eastAsia}, {QStringLiteral("w:cs"), latin}});
    };
    const auto size = [&xml](int halfPoints) {
        empty(xml, QStringLiteral("w:sz"), {{QStringLiteral("w:val"), QString::number(halfPoints)}});
        empty(xml, QStringLiteral("w:szCs"), {{QStringLiteral("w:val"), QString::number(halfPoints)}});
    };
    const auto spacing = [&xml](int before, int after) {
        empty(xml, QStringLiteral("w:spacing"), {{QStringLiteral("w:before"), QString::number(before)},
                                                 {QStringLiteral("w:after"), QString::number(after)}});
    };
    // Inside w:rPr, Word requires schema order: rFonts, b, bCs, color, sz, szCs, u, lang.
    const auto color = [&xml](const QString &rgb) {
        empty(xml, QStringLiteral("w:color"), {{QStringLiteral("w:val"), rgb}});
    };
    const QString sans = QStringLiteral("Noto Sans CJK SC");

    xml.writeStartElement(QStringLiteral("w:docDefaults"));
    xml.writeStartElement(QStringLiteral("w:rPrDefault"));
    xml.writeStartElement(QStringLiteral("w:rPr"));
    fonts(QStringLiteral("Times New Roman"), QStringLiteral("宋体"));
    size(24);
    empty(xml, QStringLiteral("w:lang"), {{QStringLiteral("w:val"), QStringLiteral("en-US")},
                                         {QStringLiteral("w:eastAsia"), QStringLiteral("zh-CN")}});
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("w:pPrDefault"));
    xml.writeStartElement(QStringLiteral("w:pPr"));
    empty(xml, QStringLiteral("w:spacing"), {{QStringLiteral("w:after"), QStringLiteral("120")},
                                            {QStringLiteral("w:line"), QStringLiteral("360")},
                                            {QStringLiteral("w:lineRule"), QStringLiteral("auto")}});
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();

    const QString p = QStringLiteral("paragraph");
    style(xml, p, QStringLiteral("Normal"), QStringLiteral("Normal"), {}, {}, {});
    style(xml, p, QStringLiteral("BodyText"), QStringLiteral("Body Text"), QStringLiteral("Normal"),
          [&] { empty(xml, QStringLiteral("w:ind"), {{QStringLiteral("w:firstLineChars"), QStringLiteral("200")},
                                                     {QStringLiteral("w:firstLine"), QStringLiteral("480")}});
                empty(xml, QStringLiteral("w:jc"), {{QStringLiteral("w:val"), QStringLiteral("both")}}); },
          {});
    style(xml, p, QStringLiteral("Title"), QStringLiteral("Title"), QStringLiteral("Normal"),
          [&] { spacing(240, 240); empty(xml, QStringLiteral("w:jc"), {{QStringLiteral("w:val"), QStringLiteral("center")}});
                empty(xml, QStringLiteral("w:outlineLvl"), {{QStringLiteral("w:val"), QStringLiteral("0")}}); },
          [&] { fonts(sans, sans); empty(xml, QStringLiteral("w:b")); empty(xml, QStringLiteral("w:bCs")); size(36); });
    style(xml, p, QStringLiteral("Subtitle"), QStringLiteral("Subtitle"), QStringLiteral("Normal"),
          [&] { spacing(0, 240); empty(xml, QStringLiteral("w:jc"), {{QStringLiteral("w:val"), QStringLiteral("center")}}); },
          [&] { fonts(sans, sans); color(QStringLiteral("444444")); size(28); });
    style(xml, p, QStringLiteral("Heading2"), QStringLiteral("heading 2"), QStringLiteral("Normal"),
          [&] { empty(xml, QStringLiteral("w:keepNext")); empty(xml, QStringLiteral("w:keepLines")); spacing(360, 120);
                empty(xml, QStringLiteral("w:outlineLvl"), {{QStringLiteral("w:val"), QStringLiteral("1")}}); },
          [&] { fonts(sans, sans); empty(xml, QStringLiteral("w:b")); empty(xml, QStringLiteral("w:bCs")); size(30); });
    style(xml, p, QStringLiteral("Heading3"), QStringLiteral("heading 3"), QStringLiteral("Normal"),
          [&] { empty(xml, QStringLiteral("w:keepNext")); empty(xml, QStringLiteral("w:keepLines")); spacing(240, 120);
                empty(xml, QStringLiteral("w:outlineLvl"), {{QStringLiteral("w:val"), QStringLiteral("2")}}); },
          [&] { fonts(sans, sans); empty(xml, QStringLiteral("w:b")); empty(xml, QStringLiteral("w:bCs")); size(26); });
    style(xml, p, QStringLiteral("Caption"), QStringLiteral("caption"), QStringLiteral("Normal"),
          [&] { spacing(0, 240); empty(xml, QStringLiteral("w:jc"), {{QStringLiteral("w:val"), QStringLiteral("center")}}); },
          [&] { fonts(sans, sans); color(QStringLiteral("595959")); size(20); });
    style(xml, p, QStringLiteral("Quote"), QStringLiteral("Quote"), QStringLiteral("Normal"),
          [&] { empty(xml, QStringLiteral("w:ind"), {{QStringLiteral("w:left"), QStringLiteral("567")},
                                                     {QStringLiteral("w:right"), QStringLiteral("567")}}); },
          [&] { color(QStringLiteral("404040")); });
    style(xml, p, QStringLiteral("ListParagraph"), QStringLiteral("List Paragraph"), QStringLiteral("Normal"),
          [&] { empty(xml, QStringLiteral("w:ind"), {{QStringLiteral("w:left"), QStringLiteral("720")}}); }, {});
    style(xml, p, QStringLiteral("ArticleMeta"), QStringLiteral("Article Meta"), QStringLiteral("Normal"),
          [&] { spacing(0, 240); empty(xml, QStringLiteral("w:jc"), {{QStringLiteral("w:val"), QStringLiteral("center")}}); },
          [&] { fonts(sans, sans); color(QStringLiteral("767676")); size(20); });
    style(xml, p, QStringLiteral("ArticleFooter"), QStringLiteral("Article Footer"), QStringLiteral("Normal"),
          [&] { spacing(0, 60); }, [&] { fonts(sans, sans); color(QStringLiteral("555555")); size(21); });
    style(xml, QStringLiteral("character"), QStringLiteral("Hyperlink"), QStringLiteral("Hyperlink"), {}, {},
          [&] { color(QStringLiteral("1A4F8B")); empty(xml, QStringLiteral("w:u"), {{QStringLiteral("w:val"), QStringLiteral("single")}}); },
          false);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray numberingXml(int orderedLists)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("w:numbering"));
    xml.writeAttribute(QStringLiteral("xmlns:w"), W);
    for (int abstract = 0; abstract < 2; ++abstract) {
        const bool ordered = abstract == 1;
        xml.writeStartElement(QStringLiteral("w:abstractNum"));
        xml.writeAttribute(QStringLiteral("w:abstractNumId"), QString::number(abstract));
        empty(xml, QStringLiteral("w:multiLevelType"), {{QStringLiteral("w:val"), QStringLiteral("singleLevel")}});
        xml.writeStartElement(QStringLiteral("w:lvl"));
        xml.writeAttribute(QStringLiteral("w:ilvl"), QStringLiteral("0"));
        empty(xml, QStringLiteral("w:start"), {{QStringLiteral("w:val"), QStringLiteral("1")}});
        empty(xml, QStringLiteral("w:numFmt"), {{QStringLiteral("w:val"), ordered ? QStringLiteral("decimal") : QStringLiteral("bullet")}});
        empty(xml, QStringLiteral("w:lvlText"), {{QStringLiteral("w:val"), ordered ? QStringLiteral("%1.") : QString(QChar(0x2022))}});
        empty(xml, QStringLiteral("w:lvlJc"), {{QStringLiteral("w:val"), QStringLiteral("left")}});
        xml.writeStartElement(QStringLiteral("w:pPr"));
        empty(xml, QStringLiteral("w:ind"), {{QStringLiteral("w:left"), QStringLiteral("720")}, {QStringLiteral("w:hanging"), QStringLiteral("360")}});
        xml.writeEndElement();
        xml.writeEndElement(); // lvl
        xml.writeEndElement(); // abstractNum
    }
    xml.writeStartElement(QStringLiteral("w:num"));
    xml.writeAttribute(QStringLiteral("w:numId"), QStringLiteral("1"));
    empty(xml, QStringLiteral("w:abstractNumId"), {{QStringLiteral("w:val"), QStringLiteral("0")}});
    xml.writeEndElement();
    for (int i = 0; i < orderedLists; ++i) {
        xml.writeStartElement(QStringLiteral("w:num"));
        xml.writeAttribute(QStringLiteral("w:numId"), QString::number(2 + i));
        empty(xml, QStringLiteral("w:abstractNumId"), {{QStringLiteral("w:val"), QStringLiteral("1")}});
        xml.writeStartElement(QStringLiteral("w:lvlOverride"));
        xml.writeAttribute(QStringLiteral("w:ilvl"), QStringLiteral("0"));
        empty(xml, QStringLiteral("w:startOverride"), {{QStringLiteral("w:val"), QStringLiteral("1")}});
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray contentTypesXml()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Types"));
    xml.writeAttribute(QStringLiteral("xmlns"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    const QList<QPair<QString, QString>> defaults{
        {QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")},
        {QStringLiteral("xml"), QStringLiteral("application/xml")},
        {QStringLiteral("jpg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("png"), QStringLiteral("image/png")},
    };
    for (const auto &d : defaults)
        empty(xml, QStringLiteral("Default"), {{QStringLiteral("Extension"), d.first}, {QStringLiteral("ContentType"), d.second}});
    const QList<QPair<QString, QString>> overrides{
        {QStringLiteral("/word/document.xml"), QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")},
        {QStringLiteral("/word/styles.xml"), QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")},
        {QStringLiteral("/word/numbering.xml"), QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml")},
        {QStringLiteral("/docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml")},
        {QStringLiteral("/docProps/app.xml"), QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml")},
    };
    for (const auto &o : overrides)
        empty(xml, QStringLiteral("Override"), {{QStringLiteral("PartName"), o.first}, {QStringLiteral("ContentType"), o.second}});
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray corePropertiesXml(const Article &article)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("cp:coreProperties"));
    xml.writeAttribute(QStringLiteral("xmlns:cp"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
    xml.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
    xml.writeAttribute(QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
    xml.writeAttribute(QStringLiteral("xmlns:xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
    xml.writeTextElement(QStringLiteral("dc:title"), CleanText::line(article.title));
    if (!CleanText::line(article.byline).isEmpty())
        xml.writeTextElement(QStringLiteral("dc:creator"), CleanText::line(article.byline));
    if (!article.tags.isEmpty())
        xml.writeTextElement(QStringLiteral("cp:keywords"), CleanText::line(article.tags.join(QStringLiteral(", "))));
    xml.writeTextElement(QStringLiteral("dc:language"), QStringLiteral("zh-CN"));
    for (const auto &date : {qMakePair(QStringLiteral("dcterms:created"), article.created),
                             qMakePair(QStringLiteral("dcterms:modified"), article.updated)}) {
        if (!date.second.isValid())
            continue;
        xml.writeStartElement(date.first);
        xml.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
        xml.writeCharacters(Timestamp::formatSeconds(date.second));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray appPropertiesXml()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Properties"));
    xml.writeAttribute(QStringLiteral("xmlns"), QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
    xml.writeTextElement(QStringLiteral("Application"), QStringLiteral("Copydesk"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace

bool DocxWriter::write(const ExportDocument &document, const Theme::Labels &labels, QIODevice *device,
                       QString *error)
{
    DocxRelationships rels;
    rels.add(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"),
             QStringLiteral("styles.xml"), false);
    rels.add(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"),
             QStringLiteral("numbering.xml"), false);
    int orderedLists = 0;
    const QByteArray body = documentXml(document, labels, &rels, &orderedLists);

    DocxRelationships package;
    package.add(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"),
                QStringLiteral("word/document.xml"), false);
    package.add(QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                QStringLiteral("docProps/core.xml"), false);
    package.add(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"),
                QStringLiteral("docProps/app.xml"), false);

    ZipWriter zip(device);
    if (!zip.add(QStringLiteral("[Content_Types].xml"), contentTypesXml(), false, error)
        || !zip.add(QStringLiteral("_rels/.rels"), package.xml(), false, error)
        || !zip.add(QStringLiteral("docProps/core.xml"), corePropertiesXml(document.article()), false, error)
        || !zip.add(QStringLiteral("docProps/app.xml"), appPropertiesXml(), false, error)
        || !zip.add(QStringLiteral("word/document.xml"), body, false, error)
        || !zip.add(QStringLiteral("word/styles.xml"), stylesXml(), false, error)
        || !zip.add(QStringLiteral("word/numbering.xml"), numberingXml(orderedLists), false, error)
        || !zip.add(QStringLiteral("word/_rels/document.xml.rels"), rels.xml(), false, error))
        return false;
    for (const ExportImage &image : document.images()) {
        const QString name = QStringLiteral("word/media/image%1.%2").arg(image.number).arg(image.extension);
        if (!zip.add(name, image.bytes, true, error))
            return false;
    }
    return zip.finish(error);
}

bool DocxWriter::render(const Job &job, QByteArray *bytes, QString *error) const
{
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    return write(*job.document, job.options.theme.labels(), &buffer, error);
}

} // namespace copydesk
