#include "export/writers/nitfwriter.h"
#include "text/cleantext.h"

#include "export/exportdocument.h"
#include "render/textruns.h"

#include <QXmlStreamWriter>

namespace copydesk {

namespace {

void writeInline(QXmlStreamWriter &xml, const RichText &text)
{
    for (const TextRuns::Run &run : TextRuns::split(text)) {
        if (!run.href.isEmpty()) {
            xml.writeStartElement(QStringLiteral("a"));
            xml.writeAttribute(QStringLiteral("href"), run.href);
        }
        if (run.bold) {
            xml.writeStartElement(QStringLiteral("em"));
            xml.writeAttribute(QStringLiteral("class"), QStringLiteral("bold"));
        }
        if (run.italic) {
            xml.writeStartElement(QStringLiteral("em"));
            xml.writeAttribute(QStringLiteral("class"), QStringLiteral("italic"));
        }
        const QStringList lines = run.text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                xml.writeEmptyElement(QStringLiteral("br"));
            xml.writeCharacters(lines.at(i));
        }
        if (run.italic)
            xml.writeEndElement();
        if (run.bold)
            xml.writeEndElement();
        if (!run.href.isEmpty())
            xml.writeEndElement();
    }
}

void writeTextElement(QXmlStreamWriter &xml, const QString &name, const RichText &text)
{
    xml.writeStartElement(name);
    writeInline(xml, text);
    xml.writeEndElement();
}

QString compactDate(const QDateTime &date)
{
    return date.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

bool hasText(const Block &block)
{
    if (block.type == Block::Type::List) {
        for (const RichText &item : block.items) {
            if (!CleanText::line(item.text).isEmpty())
                return true;
        }
        return false;
    }
    return !CleanText::line(block.text.text).isEmpty();
}

void writeImage(QXmlStreamWriter &xml, const Block &block, const ExportImage *image,
                const Theme::Labels &labels)
{
    const QString caption = CleanText::line(block.caption);
    const QString credit = CleanText::line(block.credit);
    if (!image) {
        // A photo still to come: its caption as a note, so the copy is complete.
        xml.writeStartElement(QStringLiteral("p"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("photo-placeholder"));
        xml.writeCharacters(QStringList{QLatin1Char('[') + CleanText::line(labels.placeholder) + QLatin1Char(']'), caption}
                                .join(QLatin1Char(' '))
                                .trimmed());
        xml.writeEndElement();
        return;
    }
    xml.writeStartElement(QStringLiteral("media"));
    xml.writeAttribute(QStringLiteral("media-type"), QStringLiteral("image"));
    xml.writeStartElement(QStringLiteral("media-reference"));
    xml.writeAttribute(QStringLiteral("source"), image->sharedPath());
    xml.writeAttribute(QStringLiteral("mime-type"), image->mime());
    xml.writeAttribute(QStringLiteral("width"), QString::number(image->size.width()));
    xml.writeAttribute(QStringLiteral("height"), QString::number(image->size.height()));
    xml.writeAttribute(QStringLiteral("units"), QStringLiteral("pixels"));
    const QString alt = CleanText::line(block.alt.isEmpty() ? block.caption : block.alt);
    if (!alt.isEmpty())
        xml.writeAttribute(QStringLiteral("alternate-text"), alt);
    xml.writeEndElement();
    if (!caption.isEmpty())
        xml.writeTextElement(QStringLiteral("media-caption"), caption);
    if (!credit.isEmpty())
        xml.writeTextElement(QStringLiteral("media-producer"), credit);
    xml.writeEndElement();
}

} // namespace

QByteArray NitfWriter::nitf(const ExportDocument &document, const Theme::Labels &labels)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    write(xml, document, labels);
    xml.writeEndDocument();
    return bytes;
}

void NitfWriter::write(QXmlStreamWriter &xml, const ExportDocument &document, const Theme::Labels &labels)
{
    const Article &article = document.article();
    const QString title = CleanText::line(article.title).isEmpty() ? CleanText::line(labels.untitled) : CleanText::line(article.title);
    // Declared as an attribute: writeDefaultNamespace() would attach it to an enclosing start
    // tag still open (NewsML-G2's inlineXML).
    xml.writeStartElement(QStringLiteral("nitf"));
    xml.writeAttribute(QStringLiteral("xmlns"), QLatin1String(Namespace));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("-//IPTC//DTD NITF 3.6//EN"));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("zh-CN"));

    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeStartElement(QStringLiteral("docdata"));
    if (!article.uuid.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("doc-id"));
        xml.writeAttribute(QStringLiteral("id-string"), CleanText::line(article.uuid));
    }
    if (article.created.isValid()) {
        xml.writeEmptyElement(QStringLiteral("date.issue"));
        xml.writeAttribute(QStringLiteral("norm"), compactDate(article.created));
    }
    if (!CleanText::line(article.source).isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("doc.copyright"));
        xml.writeAttribute(QStringLiteral("holder"), CleanText::line(article.source));
    }
    QStringList keywords;
    for (const QString &tag : article.tags) {
        if (!CleanText::line(tag).isEmpty())
            keywords << CleanText::line(tag);
    }
    if (!keywords.isEmpty()) {
        xml.writeStartElement(QStringLiteral("key-list"));
        for (const QString &keyword : std::as_const(keywords)) {
            xml.writeEmptyElement(QStringLiteral("keyword"));
            xml.writeAttribute(QStringLiteral("key"), keyword);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // docdata
    xml.writeEmptyElement(QStringLiteral("pubdata"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("web"));
    if (!CleanText::line(document.site().siteName).isEmpty())
        xml.writeAttribute(QStringLiteral("name"), CleanText::line(document.site().siteName));
    const QString url = TextRuns::link(article.canonicalUrl);
    if (!url.isEmpty())
        xml.writeAttribute(QStringLiteral("ex-ref"), url);
    xml.writeEndElement(); // head

    xml.writeStartElement(QStringLiteral("body"));
    xml.writeStartElement(QStringLiteral("body.head"));
    xml.writeStartElement(QStringLiteral("hedline"));
    xml.writeTextElement(QStringLiteral("hl1"), title);
    if (!CleanText::line(article.subtitle).isEmpty())
        xml.writeTextElement(QStringLiteral("hl2"), CleanText::line(article.subtitle));
    xml.writeEndElement();
    if (!CleanText::line(article.byline).isEmpty())
        xml.writeTextElement(QStringLiteral("byline"), CleanText::line(article.byline));
    if (!CleanText::line(article.source).isEmpty())
        xml.writeTextElement(QStringLiteral("distributor"), CleanText::line(article.source));
    if (article.created.isValid()) {
        xml.writeStartElement(QStringLiteral("dateline"));
        xml.writeStartElement(QStringLiteral("story.date"));
        xml.writeAttribute(QStringLiteral("norm"), compactDate(article.created));
        xml.writeCharacters(article.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // body.head

    xml.writeStartElement(QStringLiteral("body.content"));
    for (const Block &block : article.blocks) {
        switch (block.type) {
        case Block::Type::Paragraph:
            if (hasText(block))
                writeTextElement(xml, QStringLiteral("p"), block.text);
            break;
        case Block::Type::Heading:
            if (hasText(block)) {
                xml.writeStartElement(QStringLiteral("hl2"));
                if (block.level > 2)
                    xml.writeAttribute(QStringLiteral("class"), QStringLiteral("level3"));
                writeInline(xml, block.text);
                xml.writeEndElement();
            }
            break;
        case Block::Type::Quote:
            if (hasText(block)) {
                xml.writeStartElement(QStringLiteral("bq"));
                xml.writeStartElement(QStringLiteral("block"));
                writeTextElement(xml, QStringLiteral("p"), block.text);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            break;
        case Block::Type::List:
            if (hasText(block)) {
                xml.writeStartElement(block.ordered ? QStringLiteral("ol") : QStringLiteral("ul"));
                for (const RichText &item : block.items) {
                    if (!CleanText::line(item.text).isEmpty())
                        writeTextElement(xml, QStringLiteral("li"), item);
                }
                xml.writeEndElement();
            }
            break;
        case Block::Type::Image:
            writeImage(xml, block, document.image(block), labels);
            break;
        }
    }
    xml.writeEndElement(); // body.content

    QStringList taglines;
    if (!CleanText::line(article.source).isEmpty())
        taglines << CleanText::line(labels.source) + CleanText::line(article.source);
    if (!CleanText::line(article.editor).isEmpty())
        taglines << CleanText::line(labels.editor) + CleanText::line(article.editor);
    if (!taglines.isEmpty()) {
        xml.writeStartElement(QStringLiteral("body.end"));
        xml.writeStartElement(QStringLiteral("tagline"));
        for (qsizetype i = 0; i < taglines.size(); ++i) {
            if (i > 0)
                xml.writeEmptyElement(QStringLiteral("br"));
            xml.writeCharacters(taglines.at(i));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // nitf
}

bool NitfWriter::render(const Job &job, QByteArray *bytes, QString *error) const
{
    Q_UNUSED(error);
    *bytes = nitf(*job.document, job.options.theme.labels());
    return true;
}

} // namespace copydesk
