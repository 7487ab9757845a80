#include "import/docximporter.h"

#include "import/docxrelationship.h"
#include "import/packageimport.h"
#include "import/zippackage.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <optional>

namespace copydesk {

namespace {

bool isW(const QXmlStreamReader &xml)
{
    const QStringView ns = xml.namespaceUri();
    return ns == QLatin1String("http://schemas.openxmlformats.org/wordprocessingml/2006/main")
        || ns == QLatin1String("http://purl.oclc.org/ooxml/wordprocessingml/main");
}

bool isW(const QXmlStreamReader &xml, const char *name)
{
    return isW(xml) && xml.name() == QLatin1String(name);
}

enum class Tri { Unset, On, Off };

// <w:b/>, <w:b w:val="true|1|on"/> or off with "false|0|off|none".
Tri onOff(const QXmlStreamReader &xml)
{
    const QString value = PackageImport::attribute(xml, "val").toLower();
    return value == QLatin1String("false") || value == QLatin1String("0") || value == QLatin1String("off")
            || value == QLatin1String("none")
        ? Tri::Off
        : Tri::On;
}

struct RunProps
{
    Tri bold = Tri::Unset;
    Tri italic = Tri::Unset;
    Tri hidden = Tri::Unset;
    QString color;      // "RRGGBB" or "auto"
    int halfPoints = 0; // font size

    // Fills what this leaves unset from base.
    void inherit(const RunProps &base)
    {
        if (bold == Tri::Unset)
            bold = base.bold;
        if (italic == Tri::Unset)
            italic = base.italic;
        if (hidden == Tri::Unset)
            hidden = base.hidden;
        if (color.isEmpty())
            color = base.color;
        if (halfPoints == 0)
            halfPoints = base.halfPoints;
    }
};

// Reads the run properties at a <w:rPr> start, up to its end.
RunProps readRunProps(QXmlStreamReader &xml, QString *runStyle = nullptr)
{
    RunProps props;
    while (xml.readNextStartElement()) {
        if (!isW(xml)) {
            xml.skipCurrentElement();
            continue;
        }
        const QStringView name = xml.name();
        if (name == QLatin1String("b"))
            props.bold = onOff(xml);
        else if (name == QLatin1String("i"))
            props.italic = onOff(xml);
        else if (name == QLatin1String("vanish") || name == QLatin1String("specVanish"))
            props.hidden = onOff(xml);
        else if (name == QLatin1String("color"))
            props.color = PackageImport::attribute(xml, "val");
        else if (name == QLatin1String("sz"))
            props.halfPoints = PackageImport::attribute(xml, "val").toInt();
        else if (name == QLatin1String("rStyle") && runStyle)
            *runStyle = PackageImport::attribute(xml, "val");
        xml.skipCurrentElement(); // also skips tracked changes (w:rPrChange)
    }
    return props;
}

struct ParaProps
{
    QString style;
    int outline = -1; // 0-based; 9 is body text
    QString align;
    std::optional<int> numId;
    int level = 0;
};

ParaProps readParaProps(QXmlStreamReader &xml)
{
    ParaProps props;
    while (xml.readNextStartElement()) {
        if (!isW(xml)) {
            xml.skipCurrentElement();
            continue;
        }
        const QStringView name = xml.name();
        if (name == QLatin1String("pStyle")) {
            props.style = PackageImport::attribute(xml, "val");
        } else if (name == QLatin1String("outlineLvl")) {
            props.outline = PackageImport::attribute(xml, "val").toInt();
        } else if (name == QLatin1String("jc")) {
            props.align = PackageImport::attribute(xml, "val");
        } else if (name == QLatin1String("numPr")) {
            while (xml.readNextStartElement()) {
                if (isW(xml, "numId"))
                    props.numId = PackageImport::attribute(xml, "val").toInt();
                else if (isW(xml, "ilvl"))
                    props.level = PackageImport::attribute(xml, "val").toInt();
                xml.skipCurrentElement();
            }
            continue;
        }
        xml.skipCurrentElement(); // w:rPr of the paragraph mark, w:pPrChange, ...
    }
    return props;
}

struct Style
{
    QString name; // lowercase
    QString basedOn;
    ParaProps para;
    RunProps run;
};

// styles.xml: paragraph and character styles with their inheritance, and the document defaults.
class Styles
{
public:
    void parse(const QByteArray &bytes)
    {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || !isW(xml))
                continue;
            if (xml.name() == QLatin1String("rPrDefault")) {
                while (xml.readNextStartElement()) {
                    if (isW(xml, "rPr"))
                        m_defaults = readRunProps(xml);
                    else
                        xml.skipCurrentElement();
                }
            } else if (xml.name() == QLatin1String("style")) {
                const QString id = PackageImport::attribute(xml, "styleId");
                const bool paragraphDefault = PackageImport::attribute(xml, "type") == QLatin1String("paragraph")
                    && (PackageImport::attribute(xml, "default") == QLatin1String("1")
                        || PackageImport::attribute(xml, "default") == QLatin1String("true"));
                Style style;
                while (xml.readNextStartElement()) {
                    if (isW(xml, "name"))
                        style.name = PackageImport::attribute(xml, "val").toLower().simplified();
                    else if (isW(xml, "basedOn"))
                        style.basedOn = PackageImport::attribute(xml, "val");
                    else if (isW(xml, "pPr")) {
                        style.para = readParaProps(xml);
                        continue;
                    } else if (isW(xml, "rPr")) {
                        style.run = readRunProps(xml);
                        continue;
                    }
                    xml.skipCurrentElement();
                }
                m_styles.insert(id, style);
                if (paragraphDefault)
                    m_defaultParagraph = id;
            }
        }
    }

    // The style with what it inherits filled in (a chain of at most 16, against loops).
    Style resolve(const QString &id) const
    {
        Style resolved = m_styles.value(id.isEmpty() ? m_defaultParagraph : id);
        QString parent = resolved.basedOn;
        for (int depth = 0; depth < 16 && !parent.isEmpty() && m_styles.contains(parent); ++depth) {
            const Style &base = m_styles[parent];
            resolved.run.inherit(base.run);
            if (resolved.para.outline < 0)
                resolved.para.outline = base.para.outline;
            if (resolved.para.align.isEmpty())
                resolved.para.align = base.para.align;
            if (!resolved.para.numId)
                resolved.para.numId = base.para.numId;
            if (resolved.name.isEmpty())
                resolved.name = base.name;
            parent = base.basedOn;
        }
        return resolved;
    }

    const RunProps &defaults() const { return m_defaults; }

private:
    QHash<QString, Style> m_styles;
    QString m_defaultParagraph;
    RunProps m_defaults;
};

// numbering.xml: whether a list level counts (decimal, Chinese numerals, letters) or bullets.
class Numbering
{
public:
    void parse(const QByteArray &bytes)
    {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || !isW(xml))
                continue;
            if (xml.name() == QLatin1String("abstractNum")) {
                const int abstractId = PackageImport::attribute(xml, "abstractNumId").toInt();
                while (xml.readNextStartElement()) {
                    if (!isW(xml, "lvl")) {
                        xml.skipCurrentElement();
                        continue;
                    }
                    const int level = PackageImport::attribute(xml, "ilvl").toInt();
                    while (xml.readNextStartElement()) {
                        if (isW(xml, "numFmt"))
                            m_formats[abstractId].insert(level, PackageImport::attribute(xml, "val"));
                        xml.skipCurrentElement();
                    }
                }
            } else if (xml.name() == QLatin1String("num")) {
                const int numId = PackageImport::attribute(xml, "numId").toInt();
                while (xml.readNextStartElement()) {
                    if (isW(xml, "abstractNumId"))
                        m_abstract.insert(numId, PackageImport::attribute(xml, "val").toInt());
                    xml.skipCurrentElement();
                }
            }
        }
    }

    bool ordered(int numId, int level) const
    {
        const QString format = m_formats.value(m_abstract.value(numId, -1)).value(level, QStringLiteral("decimal"));
        return format != QLatin1String("bullet") && format != QLatin1String("none");
    }

private:
    QHash<int, int> m_abstract;
    QHash<int, QHash<int, QString>> m_formats;
};

bool isGreyish(const QString &hex)
{
    if (hex.size() != 6)
        return false;
    bool ok = false;
    const int r = hex.mid(0, 2).toInt(&ok, 16);
    const int g = hex.mid(2, 2).toInt(&ok, 16);
    const int b = hex.mid(4, 2).toInt(&ok, 16);
    return ok && qMax(r, qMax(g, b)) - qMin(r, qMin(g, b)) <= 30;
}

// document.xml → HTML, one <p>/<hN> per paragraph, one <span> per run of text.
class DocumentWriter
{
public:
    DocumentWriter(const Styles &styles, const Numbering &numbering, const QHash<QString, DocxRelationship> &rels)
        : m_styles(styles), m_numbering(numbering), m_rels(rels)
    {
    }

    bool write(const QByteArray &bytes, QString *error)
    {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            switch (xml.readNext()) {
            case QXmlStreamReader::StartElement: start(xml); break;
            case QXmlStreamReader::EndElement: end(xml); break;
            default: break;
            }
        }
        if (xml.hasError()) {
            *error = DocxImporter::tr("its text is damaged (%1 at line %2)").arg(xml.errorString()).arg(xml.lineNumber());
            return false;
        }
        return true;
    }

    QString html; // package parts as "docx:<part>"

private:
    struct Paragraph
    {
        QString open;  // the start tag
        QString close;
        QString content;
        Style style;
        int openLinks = 0;
        QString deferred; // text box paragraphs, after this one
    };

    struct Field
    {
        QString instruction;
        int linkParagraph = -1; // the paragraph (serial) whose link the field opened
    };

    void start(QXmlStreamReader &xml)
    {
        const QStringView name = xml.name();
        const QStringView ns = xml.namespaceUri();
        if (name == QLatin1String("Fallback") && ns.contains(QLatin1String("markup-compatibility"))) {
            xml.skipCurrentElement(); // the VML copy of what mc:Choice holds
            return;
        }
        if (!isW(xml)) {
            drawingPart(xml);
            return;
        }
        if (name == QLatin1String("del") || name == QLatin1String("moveFrom") || name == QLatin1String("sectPr")
            || name == QLatin1String("object") || name == QLatin1String("footnoteReference")
            || name == QLatin1String("endnoteReference") || name == QLatin1String("commentReference")
            || name == QLatin1String("tblPr") || name == QLatin1String("trPr") || name == QLatin1String("tcPr")) {
            xml.skipCurrentElement();
        } else if (name == QLatin1String("p")) {
            m_paragraphs.append(Paragraph());
            ++m_serial;
            beginParagraph(ParaProps());
        } else if (name == QLatin1String("pPr") && !m_paragraphs.isEmpty()) {
            beginParagraph(readParaProps(xml));
        } else if (name == QLatin1String("r")) {
            m_run = RunProps();
            m_runStyle.clear();
        } else if (name == QLatin1String("rPr")) {
            m_run = readRunProps(xml, &m_runStyle);
        } else if (name == QLatin1String("t")) {
            text(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (name == QLatin1String("tab") || name == QLatin1String("noBreakHyphen")) {
            text(name == QLatin1String("tab") ? QStringLiteral(" ") : QStringLiteral("-"));
        } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
            const QString type = PackageImport::attribute(xml, "type");
            if (type.isEmpty() || type == QLatin1String("textWrapping"))
                append(QStringLiteral("<br>"));
        } else if (name == QLatin1String("instrText")) {
            const QString instruction = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!m_fields.isEmpty())
                m_fields.last().instruction += instruction;
        } else if (name == QLatin1String("fldChar")) {
            field(PackageImport::attribute(xml, "fldCharType"));
        } else if (name == QLatin1String("fldSimple")) {
            m_fields.append({PackageImport::attribute(xml, "instr"), -1});
            field(QStringLiteral("separate"));
        } else if (name == QLatin1String("hyperlink")) {
            const DocxRelationship rel = m_rels.value(PackageImport::attribute(xml, "id"));
            m_hyperlinks.append(rel.external && !rel.target.isEmpty());
            if (m_hyperlinks.last())
                openLink(rel.target);
        } else if (name == QLatin1String("drawing") || name == QLatin1String("pict")) {
            m_image = Image();
        }
    }

    void end(const QXmlStreamReader &xml)
    {
        const QStringView name = xml.name();
        if (!isW(xml))
            return;
        if (name == QLatin1String("p")) {
            endParagraph();
        } else if (name == QLatin1String("hyperlink")) {
            if (!m_hyperlinks.isEmpty() && m_hyperlinks.takeLast())
                closeLink();
        } else if (name == QLatin1String("fldSimple")) {
            field(QStringLiteral("end"));
        } else if (name == QLatin1String("drawing") || name == QLatin1String("pict")) {
            emitImage();
        }
    }

    // Parts of a drawing (DrawingML or VML) that say which picture it shows and how.
    void drawingPart(const QXmlStreamReader &xml)
    {
        const QStringView name = xml.name();
        if (name == QLatin1String("docPr")) {
            m_image.alt = PackageImport::attribute(xml, "descr");
            if (m_image.alt.isEmpty())
                m_image.alt = PackageImport::attribute(xml, "title");
        } else if (name == QLatin1String("extent")) {
            m_image.width = int(PackageImport::attribute(xml, "cx").toLongLong() / 9525);
            m_image.height = int(PackageImport::attribute(xml, "cy").toLongLong() / 9525);
        } else if (name == QLatin1String("blip") || name == QLatin1String("imagedata")) {
            QString id = PackageImport::attribute(xml, "embed");
            if (id.isEmpty())
                id = PackageImport::attribute(xml, "link");
            if (id.isEmpty())
                id = PackageImport::attribute(xml, "id");
            if (m_image.target.isEmpty() && m_rels.contains(id)) {
                const DocxRelationship rel = m_rels.value(id);
                m_image.target = rel.external ? rel.target : QStringLiteral("docx:") + rel.target;
            }
            if (m_image.alt.isEmpty())
                m_image.alt = PackageImport::attribute(xml, "title");
        }
    }

    void emitImage()
    {
        if (m_image.target.isEmpty())
            return;
        QString tag = QStringLiteral("<img src=\"") + PackageImport::escape(m_image.target)
            + QStringLiteral("\" alt=\"") + PackageImport::escape(m_image.alt) + u'"';
        if (m_image.width > 0 && m_image.height > 0)
            tag += QStringLiteral(" width=\"%1\" height=\"%2\"").arg(m_image.width).arg(m_image.height);
        append(tag + u'>');
        m_image = Image();
    }

    void beginParagraph(const ParaProps &direct)
    {
        Paragraph &p = m_paragraphs.last();
        p.style = m_styles.resolve(direct.style);
        const QString &name = p.style.name;
        int outline = direct.outline >= 0 ? direct.outline : p.style.para.outline;
        static const QRegularExpression heading(QStringLiteral("^(?:heading|标题)\\s*(\\d)$"));
        const QRegularExpressionMatch match = heading.match(name);
        if (match.hasMatch())
            outline = match.captured(1).toInt() - 1;
        const QString align = direct.align.isEmpty() ? p.style.para.align : direct.align;
        const QString style = align == QLatin1String("center") ? QStringLiteral(" style=\"text-align:center\"") : QString();
        const std::optional<int> numId = direct.numId ? direct.numId : p.style.para.numId;

        if (name == QLatin1String("title") || name == QLatin1String("标题")) {
            p.open = QStringLiteral("<p class=\"MsoTitle\">");
            p.close = QStringLiteral("</p>");
        } else if (name == QLatin1String("subtitle") || name == QLatin1String("副标题")) {
            p.open = QStringLiteral("<p class=\"MsoSubtitle\">");
            p.close = QStringLiteral("</p>");
        } else if (outline >= 0 && outline < 9) {
            const int level = qBound(1, outline + 1, 6);
            p.open = QStringLiteral("<h%1%2>").arg(level).arg(style);
            p.close = QStringLiteral("</h%1>").arg(level);
        } else if (name == QLatin1String("caption") || name == QLatin1String("题注")) {
            p.open = QStringLiteral("<p class=\"MsoCaption\"") + style + u'>';
            p.close = QStringLiteral("</p>");
        } else if (name.contains(QLatin1String("quote")) || name.contains(QLatin1String("引用"))) {
            p.open = QStringLiteral("<p class=\"MsoQuote\">");
            p.close = QStringLiteral("</p>");
        } else if (numId && *numId > 0) {
            // Word's own clipboard form: HtmlConverter groups paragraphs of one list (lfo).
            const bool ordered = m_numbering.ordered(*numId, direct.numId ? direct.level : 0);
            p.open = QStringLiteral("<p style=\"mso-list:l0 level1 lfo%1\"><span style=\"mso-list:Ignore\">%2</span>")
                         .arg(*numId)
                         .arg(ordered ? QStringLiteral("1.") : QStringLiteral("•"));
            p.close = QStringLiteral("</p>");
        } else {
            p.open = QStringLiteral("<p") + style + u'>';
            p.close = QStringLiteral("</p>");
        }
    }

    void endParagraph()
    {
        if (m_paragraphs.isEmpty())
            return;
        Paragraph p = m_paragraphs.takeLast();
        QString out = p.open + p.content + QStringLiteral("</a>").repeated(p.openLinks) + p.close + u'\n' + p.deferred;
        if (m_paragraphs.isEmpty())
            html += out;
        else
            m_paragraphs.last().deferred += out; // a text box's paragraph, after the one holding it
    }

    void append(const QString &markup)
    {
        if (!m_paragraphs.isEmpty())
            m_paragraphs.last().content += markup;
    }

    void text(const QString &content)
    {
        if (m_paragraphs.isEmpty() || content.isEmpty())
            return;
        RunProps props = m_run;
        if (!m_runStyle.isEmpty())
            props.inherit(m_styles.resolve(m_runStyle).run);
        props.inherit(m_paragraphs.last().style.run);
        props.inherit(m_styles.defaults());
        if (props.hidden == Tri::On)
            return;
        QStringList css;
        if (props.bold == Tri::On)
            css.append(QStringLiteral("font-weight:bold"));
        if (props.italic == Tri::On)
            css.append(QStringLiteral("font-style:italic"));
        if (props.halfPoints > 0)
            css.append(QStringLiteral("font-size:%1pt").arg(props.halfPoints / 2.0));
        if (isGreyish(props.color))
            css.append(QStringLiteral("color:#") + props.color);
        const QString escaped = PackageImport::escape(content);
        append(css.isEmpty() ? escaped
                             : QStringLiteral("<span style=\"") + css.join(u';') + QStringLiteral("\">") + escaped
                                   + QStringLiteral("</span>"));
    }

    void openLink(const QString &href)
    {
        if (m_paragraphs.isEmpty())
            return;
        append(QStringLiteral("<a href=\"") + PackageImport::escape(href) + QStringLiteral("\">"));
        ++m_paragraphs.last().openLinks;
    }

    void closeLink()
    {
        if (m_paragraphs.isEmpty() || m_paragraphs.last().openLinks == 0)
            return;
        append(QStringLiteral("</a>"));
        --m_paragraphs.last().openLinks;
    }

    // Complex fields: HYPERLINK "url" links the field's result.
    void field(const QString &type)
    {
        if (type == QLatin1String("begin")) {
            m_fields.append(Field());
        } else if (type == QLatin1String("separate") && !m_fields.isEmpty()) {
            static const QRegularExpression hyperlink(QStringLiteral("^\\s*HYPERLINK\\s+\"([^\"]+)\""));
            const QRegularExpressionMatch match = hyperlink.match(m_fields.last().instruction);
            if (match.hasMatch() && !m_paragraphs.isEmpty()) {
                openLink(match.captured(1));
                m_fields.last().linkParagraph = m_serial;
            }
        } else if (type == QLatin1String("end") && !m_fields.isEmpty()) {
            if (m_fields.takeLast().linkParagraph == m_serial)
                closeLink();
        }
    }

    struct Image
    {
        QString target;
        QString alt;
        int width = 0;
        int height = 0;
    };

    const Styles &m_styles;
    const Numbering &m_numbering;
    const QHash<QString, DocxRelationship> &m_rels;
    QList<Paragraph> m_paragraphs;
    int m_serial = 0;
    RunProps m_run;
    QString m_runStyle;
    QList<Field> m_fields;
    QList<bool> m_hyperlinks;
    Image m_image;
};

} // namespace

bool DocxImporter::read(const QString &path, ImportedArticle *out, QString *error)
{
    ZipPackage package;
    if (!package.open(path, error))
        return false;
    QByteArray bytes;
    QString reason;
    QString mainPart = QStringLiteral("word/document.xml");
    if (package.contains(QStringLiteral("_rels/.rels")) && package.read(QStringLiteral("_rels/.rels"), &bytes, &reason)) {
        const DocxRelationship main = DocxRelationship::parse(bytes, QString()).value(QStringLiteral("#officeDocument"));
        if (!main.target.isEmpty() && !main.external)
            mainPart = main.target;
    }
    if (!package.contains(mainPart)) {
        *error = tr("it is not a Word document (a zip file without word/document.xml)");
        return false;
    }
    QByteArray document;
    if (!package.read(mainPart, &document, error))
        return false;

    const QString baseDir = mainPart.contains(u'/') ? mainPart.section(u'/', 0, -2) : QString();
    const QString relsPart = (baseDir.isEmpty() ? QString() : baseDir + u'/') + QStringLiteral("_rels/")
        + mainPart.section(u'/', -1) + QStringLiteral(".rels");
    QHash<QString, DocxRelationship> rels;
    if (package.contains(relsPart) && package.read(relsPart, &bytes, &reason))
        rels = DocxRelationship::parse(bytes, baseDir);
    Styles styles;
    const QString stylesPart = (baseDir.isEmpty() ? QString() : baseDir + u'/') + QStringLiteral("styles.xml");
    if (package.contains(stylesPart) && package.read(stylesPart, &bytes, &reason))
        styles.parse(bytes);
    Numbering numbering;
    const QString numberingPart = (baseDir.isEmpty() ? QString() : baseDir + u'/') + QStringLiteral("numbering.xml");
    if (package.contains(numberingPart) && package.read(numberingPart, &bytes, &reason))
        numbering.parse(bytes);

    DocumentWriter writer(styles, numbering, rels);
    if (!writer.write(document, error))
        return false;

    return PackageImport::convert(path, QStringLiteral("docx:"), writer.html, out, error);
}

} // namespace copydesk
