#include "export/writers/docxrelationships.h"

#include <QXmlStreamWriter>

namespace copydesk {

namespace {

const QString RelationshipsNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");

} // namespace

QString DocxRelationships::add(const QString &type, const QString &target, bool external)
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.type == type && entry.target == target)
            return entry.id;
    }
    const QString id = QStringLiteral("rId%1").arg(m_entries.size() + 10);
    m_entries.append({id, type, target, external});
    return id;
}

QByteArray DocxRelationships::xml() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Relationships"));
    xml.writeAttribute(QStringLiteral("xmlns"), RelationshipsNs);
    for (const Entry &entry : m_entries) {
        xml.writeEmptyElement(QStringLiteral("Relationship"));
        xml.writeAttribute(QStringLiteral("Id"), entry.id);
        xml.writeAttribute(QStringLiteral("Type"), entry.type);
        xml.writeAttribute(QStringLiteral("Target"), entry.target);
        if (entry.external)
            xml.writeAttribute(QStringLiteral("TargetMode"), QStringLiteral("External"));
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace copydesk
