#include "import/odtimporter.h"

#include "import/packageimport.h"
#include "import/zippackage.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <optional>

namespace copydesk {

namespace {

const QLatin1String TextNs("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QLatin1String StyleNs("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QLatin1String DrawNs("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QLatin1String OfficeNs("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QLatin1String SvgNs("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");

bool is(const QXmlStreamReader &xml, QLatin1String ns, const char *name)
{
    return xml.namespaceUri() == ns && xml.name() == QLatin1String(name);
}

struct TextProps
{
    std::optional<bool> bold;
    std::optional<bool> italic;
    QString color;
    QString size;

    void inherit(const TextProps &base)
    {
        if (!bold)
            bold = base.bold;
        if (!italic)
            italic = base.italic;
        if (color.isEmpty())
            color = base.color;
        if (size.isEmpty())
            size = base.size;
    }
};

struct OdfStyle
{
    QString name; // lowercase, with "_20_" read as a space
    QString parent;
    int outline = 0;
    QString align;
    TextProps text;
};

QString readableName(const QString &name)
{
    return QString(name).replace(QLatin1String("_20_"), QLatin1String(" ")).toLower().simplified();
}

// Named styles (styles.xml) and automatic ones (content.xml), with list styles.
class Styles
{
public:
    // Reads the style definitions of one part; with automaticOnly, only office:automatic-styles.
    void parse(const QByteArray &bytes, bool automaticOnly)
    {
        QXmlStreamReader xml(bytes);
        bool inAutomatic = false;
        QString listStyle;
        OdfStyle *current = nullptr;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                if (is(xml, OfficeNs, "automatic-styles"))
                    inAutomatic = false;
                else if (is(xml, StyleNs, "style"))
                    current = nullptr;
                else if (is(xml, TextNs, "list-style"))
                    listStyle.clear();
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (is(xml, OfficeNs, "automatic-styles")) {
                inAutomatic = true;
            } else if (is(xml, OfficeNs, "body") || is(xml, OfficeNs, "master-styles")) {
                xml.skipCurrentElement();
            } else if (automaticOnly && !inAutomatic) {
                continue;
            } else if (is(xml, StyleNs, "style")) {
                OdfStyle style;
                const QString name = PackageImport::attribute(xml, "name");
                const QString display = PackageImport::attribute(xml, "display-name");
                style.name = readableName(display.isEmpty() ? name : display);
                style.parent = PackageImport::attribute(xml, "parent-style-name");
                style.outline = PackageImport::attribute(xml, "default-outline-level").toInt();
                m_styles.insert(name, style);
                current = &m_styles[name];
            } else if (current && is(xml, StyleNs, "paragraph-properties")) {
                current->align = PackageImport::attribute(xml, "text-align");
            } else if (current && is(xml, StyleNs, "text-properties")) {
                const QString weight = PackageImport::attribute(xml, "font-weight");
                if (!weight.isEmpty())
                    current->text.bold = weight == QLatin1String("bold") || weight.toInt() >= 600;
                const QString style = PackageImport::attribute(xml, "font-style");
                if (!style.isEmpty())
                    current->text.italic = style == QLatin1String("italic") || style == QLatin1String("oblique");
                current->text.color = PackageImport::attribute(xml, "color");
                current->text.size = PackageImport::attribute(xml, "font-size");
            } else if (is(xml, TextNs, "list-style")) {
                listStyle = PackageImport::attribute(xml, "name");
            } else if (!listStyle.isEmpty() && xml.namespaceUri() == TextNs
                       && PackageImport::attribute(xml, "level") == QLatin1String("1")) {
                if (xml.name() == QLatin1String("list-level-style-number"))
                    m_orderedLists.insert(listStyle, !PackageImport::attribute(xml, "num-format").isEmpty());
                else if (xml.name() == QLatin1String("list-level-style-bullet")
                         || xml.name() == QLatin1String("list-level-style-image"))
                    m_orderedLists.insert(listStyle, false);
            }
        }
    }

    // The style's chain from itself up (at most 16, against loops).
    QList<OdfStyle> chain(const QString &name) const
    {
        QList<OdfStyle> out;
        QString next = name;
        for (int depth = 0; depth < 16 && m_styles.contains(next); ++depth) {
            out.append(m_styles.value(next));
            next = out.last().parent;
        }
        return out;
    }

    TextProps textProps(const QString &name) const
    {
        TextProps props;
        for (const OdfStyle &style : chain(name))
            props.inherit(style.text);
        return props;
    }

    bool orderedList(const QString &name) const { return m_orderedLists.value(name, false); }

private:
    QHash<QString, OdfStyle> m_styles;
    QHash<QString, bool> m_orderedLists;
};

// content.xml → HTML.
class ContentWriter
{
public:
    explicit ContentWriter(const Styles &styles) : m_styles(styles) {}

    bool write(const QByteArray &bytes, QString *error)
    {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            switch (xml.readNext()) {
            case QXmlStreamReader::StartElement: start(xml); break;
            case QXmlStreamReader::EndElement: end(xml); break;
            case QXmlStreamReader::Characters:
                if (m_inBody)
                    text(xml.text().toString());
                break;
            default: break;
            }
        }
        if (xml.hasError()) {
            *error = OdtImporter::tr("its text is damaged (%1 at line %2)").arg(xml.errorString()).arg(xml.lineNumber());
            return false;
        }
        return true;
    }

    QString html; // package parts as "odt:<part>"

private:
    struct Paragraph
    {
        QString open;
        QString close;
        QString content;
        TextProps text;
        QString deferred; // paragraphs of text boxes inside this one
    };

    void start(QXmlStreamReader &xml)
    {
        if (is(xml, OfficeNs, "text")) {
            m_inBody = true;
            return;
        }
        if (!m_inBody)
            return;
        const QStringView ns = xml.namespaceUri();
        const QStringView name = xml.name();
        if (ns == TextNs) {
            if (name == QLatin1String("note") || name == QLatin1String("tracked-changes")
                || name == QLatin1String("ruby-text") || name == QLatin1String("bookmark-ref")
                || name == QLatin1String("table-of-content") || name == QLatin1String("index-title")) {
                xml.skipCurrentElement();
            } else if (name == QLatin1String("p") || name == QLatin1String("h")) {
                beginParagraph(PackageImport::attribute(xml, "style-name"),
                               name == QLatin1String("h") ? qMax(1, PackageImport::attribute(xml, "outline-level").toInt())
                                                          : 0);
            } else if (name == QLatin1String("span")) {
                m_spans.append(m_styles.textProps(PackageImport::attribute(xml, "style-name")));
            } else if (name == QLatin1String("a")) {
                const QString href = PackageImport::attribute(xml, "href");
                m_links.append(!href.isEmpty() && !m_paragraphs.isEmpty());
                if (m_links.last())
                    append(QStringLiteral("<a href=\"") + PackageImport::escape(href) + QStringLiteral("\">"));
            } else if (name == QLatin1String("s")) {
                text(QString(qBound(1, PackageImport::attribute(xml, "c").toInt(), 100), u' '));
            } else if (name == QLatin1String("tab")) {
                text(QStringLiteral(" "));
            } else if (name == QLatin1String("line-break")) {
                append(QStringLiteral("<br>"));
            } else if (name == QLatin1String("list")) {
                const QString style = PackageImport::attribute(xml, "style-name");
                if (m_lists.isEmpty())
                    m_listOrdered = m_styles.orderedList(style);
                m_lists.append(style);
                html += m_listOrdered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
            } else if (name == QLatin1String("list-item") || name == QLatin1String("list-header")) {
                html += QStringLiteral("<li>");
            }
        } else if (ns == OfficeNs && name == QLatin1String("annotation")) {
            xml.skipCurrentElement();
        } else if (ns == DrawNs) {
            if (name == QLatin1String("frame")) {
                m_frames.append(Frame());
            } else if (name == QLatin1String("image") && !m_frames.isEmpty()) {
                const QString href = PackageImport::attribute(xml, "href");
                Frame &frame = m_frames.last();
                // LibreOffice stores SVG with a PNG fallback: prefer what can be decoded.
                if (frame.href.isEmpty() || frame.href.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
                    frame.href = href;
            }
        } else if (ns == SvgNs && !m_frames.isEmpty() && (name == QLatin1String("desc") || name == QLatin1String("title"))) {
            const QString value = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            if (name == QLatin1String("desc") || m_frames.last().alt.isEmpty())
                m_frames.last().alt = value;
        }
    }

    void end(const QXmlStreamReader &xml)
    {
        if (is(xml, OfficeNs, "text")) {
            m_inBody = false;
            return;
        }
        if (!m_inBody)
            return;
        const QStringView name = xml.name();
        if (xml.namespaceUri() == TextNs) {
            if (name == QLatin1String("p") || name == QLatin1String("h")) {
                endParagraph();
            } else if (name == QLatin1String("span")) {
                if (!m_spans.isEmpty())
                    m_spans.removeLast();
            } else if (name == QLatin1String("a")) {
                if (!m_links.isEmpty() && m_links.takeLast())
                    append(QStringLiteral("</a>"));
            } else if (name == QLatin1String("list")) {
                if (!m_lists.isEmpty())
                    m_lists.removeLast();
                html += m_listOrdered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
            } else if (name == QLatin1String("list-item") || name == QLatin1String("list-header")) {
                html += QStringLiteral("</li>");
            }
        } else if (xml.namespaceUri() == DrawNs && name == QLatin1String("frame") && !m_frames.isEmpty()) {
            const Frame frame = m_frames.takeLast();
            if (frame.href.isEmpty())
                return;
            const bool external = frame.href.contains(QLatin1String("://"));
            const QString part = QDir::cleanPath(frame.href.startsWith(QLatin1String("./")) ? frame.href.mid(2) : frame.href);
            append(QStringLiteral("<img src=\"")
                   + PackageImport::escape(external ? frame.href : QStringLiteral("odt:") + part)
                   + QStringLiteral("\" alt=\"") + PackageImport::escape(frame.alt) + QStringLiteral("\">"));
        }
    }

    void beginParagraph(const QString &styleName, int headingLevel)
    {
        const QList<OdfStyle> chain = m_styles.chain(styleName);
        QString align;
        QString kind;
        int outline = headingLevel;
        for (const OdfStyle &style : chain) {
            if (align.isEmpty())
                align = style.align;
            if (outline == 0)
                outline = style.outline;
            static const QRegularExpression heading(QStringLiteral("^(?:heading|标题)\\s*(\\d)$"));
            const QRegularExpressionMatch match = heading.match(style.name);
            if (outline == 0 && match.hasMatch())
                outline = match.captured(1).toInt();
            static const QStringList kinds = {QStringLiteral("title"),   QStringLiteral("subtitle"),
                                              QStringLiteral("caption"), QStringLiteral("illustration"),
                                              QStringLiteral("figure"),  QStringLiteral("drawing"),
                                              QStringLiteral("题注"),    QStringLiteral("插图"),
                                              QStringLiteral("quotations"), QStringLiteral("quote")};
            if (kind.isEmpty() && kinds.contains(style.name))
                kind = style.name;
        }
        Paragraph p;
        p.text = m_styles.textProps(styleName);
        const QString center = align == QLatin1String("center") ? QStringLiteral(" style=\"text-align:center\"") : QString();
        if (kind == QLatin1String("title")) {
            p.open = QStringLiteral("<p class=\"MsoTitle\">");
        } else if (kind == QLatin1String("subtitle")) {
            p.open = QStringLiteral("<p class=\"MsoSubtitle\">");
        } else if (outline > 0) {
            const int level = qBound(1, outline, 6);
            p.open = QStringLiteral("<h%1%2>").arg(level).arg(center);
            p.close = QStringLiteral("</h%1>").arg(level);
        } else if (kind == QLatin1String("quotations") || kind == QLatin1String("quote")) {
            p.open = QStringLiteral("<p class=\"MsoQuote\">");
        } else if (!kind.isEmpty()) {
            p.open = QStringLiteral("<p class=\"caption\"") + center + u'>';
        } else {
            p.open = QStringLiteral("<p") + center + u'>';
        }
        if (p.close.isEmpty())
            p.close = QStringLiteral("</p>");
        m_paragraphs.append(p);
    }

    void endParagraph()
    {
        if (m_paragraphs.isEmpty())
            return;
        const Paragraph p = m_paragraphs.takeLast();
        const QString out = p.open + p.content + p.close + u'\n' + p.deferred;
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
        TextProps props;
        for (qsizetype i = m_spans.size() - 1; i >= 0; --i)
            props.inherit(m_spans.at(i));
        props.inherit(m_paragraphs.last().text);
        QStringList css;
        if (props.bold)
            css.append(*props.bold ? QStringLiteral("font-weight:bold") : QStringLiteral("font-weight:normal"));
        if (props.italic && *props.italic)
            css.append(QStringLiteral("font-style:italic"));
        if (!props.size.isEmpty())
            css.append(QStringLiteral("font-size:") + props.size);
        if (props.color.startsWith(u'#'))
            css.append(QStringLiteral("color:") + props.color);
        const QString escaped = PackageImport::escape(content);
        append(css.isEmpty() ? escaped
                             : QStringLiteral("<span style=\"") + PackageImport::escape(css.join(u';'))
                                   + QStringLiteral("\">") + escaped + QStringLiteral("</span>"));
    }

    struct Frame
    {
        QString href;
        QString alt;
    };

    const Styles &m_styles;
    bool m_inBody = false;
    QList<Paragraph> m_paragraphs;
    QList<TextProps> m_spans;
    QList<bool> m_links;
    QStringList m_lists;
    bool m_listOrdered = false;
    QList<Frame> m_frames;
};

} // namespace

bool OdtImporter::read(const QString &path, ImportedArticle *out, QString *error)
{
    ZipPackage package;
    if (!package.open(path, error))
        return false;
    QByteArray bytes;
    QString reason;
    if (package.contains(QStringLiteral("mimetype")) && package.read(QStringLiteral("mimetype"), &bytes, &reason)
        && !bytes.trimmed().startsWith("application/vnd.oasis.opendocument.text")) {
        *error = tr("it is an OpenDocument file of another kind (%1), not a text document")
                     .arg(QString::fromLatin1(bytes.trimmed().left(80)));
        return false;
    }
    if (!package.contains(QStringLiteral("content.xml"))) {
        *error = tr("it is not an OpenDocument text (a zip file without content.xml)");
        return false;
    }
    QByteArray content;
    if (!package.read(QStringLiteral("content.xml"), &content, error))
        return false;
    Styles styles;
    if (package.contains(QStringLiteral("styles.xml")) && package.read(QStringLiteral("styles.xml"), &bytes, &reason))
        styles.parse(bytes, false);
    styles.parse(content, true);

    ContentWriter writer(styles);
    if (!writer.write(content, error))
        return false;

    return PackageImport::convert(path, QStringLiteral("odt:"), writer.html, out, error);
}

} // namespace copydesk
