#pragma once

// Tiny .docx and .odt packages written by the tests themselves (QuaZip + hand-written XML), and
// ways to damage them. Raw string literals live here: moc cannot read them in a test's .cpp.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace copydesk::test {

using ZipEntries = QList<QPair<QString, QByteArray>>;

// Writes a zip; stored (uncompressed) entries when level is 0.
inline bool writeZip(const QString &path, const ZipEntries &entries, int level = 6)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &entry : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.first), nullptr, 0, level == 0 ? 0 : 8, level))
            return false;
        file.write(entry.second);
        file.close();
        if (file.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

// Sets the uncompressed size the central directory declares for an entry.
inline bool patchDeclaredSize(const QString &path, const QByteArray &name, quint32 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    qsizetype at = 0;
    while ((at = bytes.indexOf("PK\x01\x02", at)) >= 0) {
        const int nameLength = uchar(bytes[at + 28]) | (uchar(bytes[at + 29]) << 8);
        if (bytes.mid(at + 46, nameLength) == name) {
            for (int k = 0; k < 4; ++k)
                bytes[at + 24 + k] = char((size >> (8 * k)) & 0xFF);
            file.seek(0);
            return file.write(bytes) == bytes.size();
        }
        at += 4;
    }
    return false;
}

// ---- .docx -------------------------------------------------------------------------------------

inline QByteArray docxContentTypes()
{
    return R"XML(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/><Default Extension="jpeg" ContentType="image/jpeg"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>)XML";
}

inline QByteArray docxPackageRels()
{
    return R"XML(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>)XML";
}

// Word's built-in styles as Chinese Word writes them (style ids English, names lower-case English).
inline QByteArray wordStyles()
{
    return R"XML(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="等线"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="caption"/><w:basedOn w:val="a"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="a"/><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="character" w:styleId="a5"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="loop one"/><w:basedOn w:val="Loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="loop two"/><w:basedOn w:val="Loop1"/></w:style>
</w:styles>)XML";
}

inline QByteArray wordNumbering()
{
    return R"XML(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>)XML";
}

// A picture in the run of a paragraph, the way Word 2016 embeds it (DrawingML, inline).
inline QString docxInlinePicture(const QString &relId, const QString &description, int widthPx = 400, int heightPx = 300)
{
    return QStringLiteral(R"XML(<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%1" cy="%2"/>
<wp:docPr id="1" name="图片 1" descr="%3"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">
<pic:nvPicPr><pic:cNvPr id="0" name="image1.jpeg"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="%4"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%1" cy="%2"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>)XML")
        .arg(widthPx * 9525).arg(heightPx * 9525).arg(description, relId);
}

// A picture as WPS Office and older Word write it: an mc:AlternateContent whose VML fallback
// repeats the DrawingML choice.
inline QString docxAlternatePicture(const QString &relId)
{
    return QStringLiteral(R"XML(<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="3810000" cy="2857500"/><wp:docPr id="2" name="图片 2"/>
<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="%1"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape style="width:300pt;height:225pt"><v:imagedata r:id="%1" o:title=""/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>)XML")
        .arg(relId);
}

inline QString docxVmlPicture(const QString &relId, const QString &title)
{
    return QStringLiteral(R"XML(<w:r><w:pict><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:300pt;height:225pt"><v:imagedata r:id="%1" o:title="%2"/></v:shape></w:pict></w:r>)XML")
        .arg(relId, title);
}

inline QByteArray docxDocument(const QString &body)
{
    return (QStringLiteral(R"XML(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" mc:Ignorable="w14"><w:body>)XML")
            + body
            + QStringLiteral(R"XML(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>)XML"))
        .toUtf8();
}

// word/_rels/document.xml.rels with the given extra relationships.
inline QByteArray docxDocumentRels(const QString &relationships)
{
    return (QStringLiteral(R"XML(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>)XML")
            + relationships + QStringLiteral("</Relationships>"))
        .toUtf8();
}

inline QString imageRelationship(const QString &id, const QString &target)
{
    return QStringLiteral(R"XML(<Relationship Id="%1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="%2"/>)XML")
        .arg(id, target);
}

inline QString linkRelationship(const QString &id, const QString &url)
{
    return QStringLiteral(R"XML(<Relationship Id="%1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="%2" TargetMode="External"/>)XML")
        .arg(id, url);
}

// A complete .docx: body XML, extra relationships and media parts ("word/media/image1.jpeg").
inline bool writeDocx(const QString &path, const QString &body, const QString &relationships = {},
                      const ZipEntries &media = {})
{
    ZipEntries entries{{QStringLiteral("[Content_Types].xml"), docxContentTypes()},
                       {QStringLiteral("_rels/.rels"), docxPackageRels()},
                       {QStringLiteral("word/document.xml"), docxDocument(body)},
                       {QStringLiteral("word/_rels/document.xml.rels"), docxDocumentRels(relationships)},
                       {QStringLiteral("word/styles.xml"), wordStyles()},
                       {QStringLiteral("word/numbering.xml"), wordNumbering()}};
    return writeZip(path, entries + media);
}

// A paragraph: pPr inner XML and runs.
inline QString wp(const QString &props, const QString &runs)
{
    return QStringLiteral("<w:p>") + (props.isEmpty() ? QString() : QStringLiteral("<w:pPr>") + props + QStringLiteral("</w:pPr>"))
        + runs + QStringLiteral("</w:p>");
}

// A run of text with rPr inner XML.
inline QString wr(const QString &text, const QString &props = {})
{
    return QStringLiteral("<w:r>") + (props.isEmpty() ? QString() : QStringLiteral("<w:rPr>") + props + QStringLiteral("</w:rPr>"))
        + QStringLiteral("<w:t xml:space=\"preserve\">") + text.toHtmlEscaped() + QStringLiteral("</w:t></w:r>");
}

// ---- .odt --------------------------------------------------------------------------------------

inline QByteArray odtManifest()
{
    return R"XML(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>)XML";
}

inline QByteArray odtStyles()
{
    return R"XML(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties fo:font-size="12pt"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"/>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading"/>
<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
<style:style style:name="Figure" style:family="paragraph" style:parent-style-name="Caption"/>
<style:style style:name="Quotations" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style>
<text:list-style style:name="List_20_1" style:display-name="List 1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
</office:styles></office:document-styles>)XML";
}

inline QByteArray odtContent(const QString &automaticStyles, const QString &body)
{
    return (QStringLiteral(R"XML(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3">
<office:automatic-styles>)XML")
            + automaticStyles + QStringLiteral("</office:automatic-styles><office:body><office:text>") + body
            + QStringLiteral("</office:text></office:body></office:document-content>"))
        .toUtf8();
}

// A complete .odt; the mimetype entry first and stored, as ODF requires.
inline bool writeOdt(const QString &path, const QString &automaticStyles, const QString &body, const ZipEntries &media = {})
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    ZipEntries entries{{QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.text")},
                       {QStringLiteral("META-INF/manifest.xml"), odtManifest()},
                       {QStringLiteral("styles.xml"), odtStyles()},
                       {QStringLiteral("content.xml"), odtContent(automaticStyles, body)}};
    entries += media;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QuaZipFile file(&zip);
        const bool stored = i == 0;
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entries.at(i).first), nullptr, 0, stored ? 0 : 8, stored ? 0 : 6))
            return false;
        file.write(entries.at(i).second);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

// A picture in a frame, anchored as a character in a paragraph.
inline QString odtPicture(const QString &href, const QString &description, const QString &width = QStringLiteral("10cm"),
                          const QString &height = QStringLiteral("7.5cm"))
{
    return QStringLiteral(R"XML(<draw:frame draw:name="图像1" text:anchor-type="as-char" svg:width="%3" svg:height="%4"><draw:image xlink:href="%1" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/><svg:desc>%2</svg:desc></draw:frame>)XML")
        .arg(href, description.toHtmlEscaped(), width, height);
}

} // namespace copydesk::test
