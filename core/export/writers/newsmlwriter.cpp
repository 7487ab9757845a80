#include "export/writers/newsmlwriter.h"
#include "model/timestamp.h"
#include "text/cleantext.h"

#include "export/exportdocument.h"
#include "export/writers/nitfwriter.h"
#include "render/textruns.h"

#include <QUuid>
#include <QXmlStreamWriter>

namespace copydesk {

namespace {

QString isoDate(const QDateTime &date)
{
    return Timestamp::formatSeconds(date);
}

void writeName(QXmlStreamWriter &xml, const QString &element, const QString &name)
{
    xml.writeStartElement(element);
    xml.writeTextElement(QStringLiteral("name"), name);
    xml.writeEndElement();
}

} // namespace

QByteArray NewsMlWriter::newsItem(const ExportDocument &document, const Theme::Labels &labels)
{
    const Article &article = document.article();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime created = article.created.isValid() ? article.created : now;
    const QDateTime updated = article.updated.isValid() ? article.updated : created;
    const QUuid uuid(article.uuid);
    const QString guid = QStringLiteral("urn:uuid:")
                         + (uuid.isNull() ? QUuid::createUuid() : uuid).toString(QUuid::WithoutBraces);
    const QString title = CleanText::line(article.title).isEmpty() ? CleanText::line(labels.untitled) : CleanText::line(article.title);

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QLatin1String(Namespace));
    xml.writeStartElement(QLatin1String(Namespace), QStringLiteral("newsItem"));
    xml.writeAttribute(QStringLiteral("guid"), guid);
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("standard"), QStringLiteral("NewsML-G2"));
    xml.writeAttribute(QStringLiteral("standardversion"), QStringLiteral("2.35"));
    xml.writeAttribute(QStringLiteral("conformance"), QStringLiteral("power"));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("zh-CN"));
    xml.writeEmptyElement(QStringLiteral("catalogRef"));
    xml.writeAttribute(QStringLiteral("href"),
                       QStringLiteral("http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"));
    const QString siteName = CleanText::line(document.site().siteName);
    if (!siteName.isEmpty()) {
        xml.writeStartElement(QStringLiteral("rightsInfo"));
        writeName(xml, QStringLiteral("copyrightHolder"), siteName);
        xml.writeEndElement();
    }

    xml.writeStartElement(QStringLiteral("itemMeta"));
    xml.writeEmptyElement(QStringLiteral("itemClass"));
    xml.writeAttribute(QStringLiteral("qcode"), QStringLiteral("ninat:text"));
    xml.writeStartElement(QStringLiteral("provider"));
    xml.writeAttribute(QStringLiteral("literal"), siteName.isEmpty() ? QStringLiteral("Copydesk") : siteName);
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("versionCreated"), isoDate(updated));
    xml.writeTextElement(QStringLiteral("firstCreated"), isoDate(created));
    xml.writeEmptyElement(QStringLiteral("pubStatus"));
    xml.writeAttribute(QStringLiteral("qcode"), QStringLiteral("stat:usable"));
    const QString url = TextRuns::link(article.canonicalUrl);
    if (!url.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("irel:seeAlso"));
        xml.writeAttribute(QStringLiteral("href"), url);
        xml.writeAttribute(QStringLiteral("contenttype"), QStringLiteral("text/html"));
    }
    xml.writeEndElement(); // itemMeta

    xml.writeStartElement(QStringLiteral("contentMeta"));
    xml.writeTextElement(QStringLiteral("contentCreated"), isoDate(created));
    xml.writeTextElement(QStringLiteral("contentModified"), isoDate(updated));
    if (!CleanText::line(article.source).isEmpty())
        writeName(xml, QStringLiteral("infoSource"), CleanText::line(article.source));
    if (!CleanText::line(article.byline).isEmpty())
        writeName(xml, QStringLiteral("creator"), CleanText::line(article.byline));
    if (!CleanText::line(article.editor).isEmpty()) {
        xml.writeStartElement(QStringLiteral("contributor"));
        xml.writeAttribute(QStringLiteral("role"), QStringLiteral("crol:editor"));
        xml.writeTextElement(QStringLiteral("name"), CleanText::line(article.editor));
        xml.writeEndElement();
    }
    xml.writeEmptyElement(QStringLiteral("language"));
    xml.writeAttribute(QStringLiteral("tag"), QStringLiteral("zh-CN"));
    for (const QString &tag : article.tags) {
        if (!CleanText::line(tag).isEmpty())
            xml.writeTextElement(QStringLiteral("keyword"), CleanText::line(tag));
    }
    if (!CleanText::line(article.section).isEmpty())
        xml.writeTextElement(QStringLiteral("slugline"), CleanText::line(article.section));
    xml.writeTextElement(QStringLiteral("headline"), title);
    if (!CleanText::line(article.subtitle).isEmpty()) {
        xml.writeStartElement(QStringLiteral("description"));
        xml.writeAttribute(QStringLiteral("role"), QStringLiteral("drol:summary"));
        xml.writeCharacters(CleanText::line(article.subtitle));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // contentMeta

    // The photos, each a part of the content: partMeta carries caption and credit.
    QList<const ExportImage *> written;
    for (const Block &block : article.blocks) {
        const ExportImage *image = document.image(block);
        if (!image || written.contains(image))
            continue;
        written.append(image);
        xml.writeStartElement(QStringLiteral("partMeta"));
        xml.writeAttribute(QStringLiteral("partid"), QStringLiteral("part-photo-%1").arg(image->number));
        xml.writeAttribute(QStringLiteral("contentrefs"), QStringLiteral("photo-%1").arg(image->number));
        xml.writeAttribute(QStringLiteral("seq"), QString::number(image->number));
        if (!CleanText::line(block.credit).isEmpty())
            xml.writeTextElement(QStringLiteral("creditline"), CleanText::line(block.credit));
        if (!CleanText::line(block.caption).isEmpty()) {
            xml.writeStartElement(QStringLiteral("description"));
            xml.writeAttribute(QStringLiteral("role"), QStringLiteral("drol:caption"));
            xml.writeCharacters(CleanText::line(block.caption));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    xml.writeStartElement(QStringLiteral("contentSet"));
    xml.writeStartElement(QStringLiteral("inlineXML"));
    xml.writeAttribute(QStringLiteral("contenttype"), QStringLiteral("application/nitf+xml"));
    NitfWriter::write(xml, document, labels);
    xml.writeEndElement();
    for (const ExportImage *image : std::as_const(written)) {
        xml.writeEmptyElement(QStringLiteral("remoteContent"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("photo-%1").arg(image->number));
        xml.writeAttribute(QStringLiteral("href"), image->sharedPath());
        xml.writeAttribute(QStringLiteral("contenttype"), image->mime());
        xml.writeAttribute(QStringLiteral("size"), QString::number(image->bytes.size()));
        xml.writeAttribute(QStringLiteral("width"), QString::number(image->size.width()));
        xml.writeAttribute(QStringLiteral("height"), QString::number(image->size.height()));
    }
    xml.writeEndElement(); // contentSet
    xml.writeEndElement(); // newsItem
    xml.writeEndDocument();
    return bytes;
}

bool NewsMlWriter::render(const Job &job, QByteArray *bytes, QString *error) const
{
    Q_UNUSED(error);
    *bytes = newsItem(*job.document, job.options.theme.labels());
    return true;
}

} // namespace copydesk
