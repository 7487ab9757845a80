#include "import/docxrelationship.h"
#include "import/packageimport.h"

#include <QDir>
#include <QXmlStreamReader>

namespace copydesk {

QHash<QString, DocxRelationship> DocxRelationship::parse(const QByteArray &bytes, const QString &baseDir)
{
    QHash<QString, DocxRelationship> out;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("Relationship"))
            continue;
        DocxRelationship rel;
        rel.external = PackageImport::attribute(xml, "TargetMode").compare(QLatin1String("External"), Qt::CaseInsensitive)
            == 0;
        const QString target = PackageImport::attribute(xml, "Target");
        if (rel.external)
            rel.target = target;
        else if (target.startsWith(u'/'))
            rel.target = QDir::cleanPath(target.mid(1));
        else
            rel.target = QDir::cleanPath(baseDir.isEmpty() ? target : baseDir + u'/' + target);
        out.insert(PackageImport::attribute(xml, "Id"), rel);
        if (PackageImport::attribute(xml, "Type").endsWith(QLatin1String("/officeDocument")))
            out.insert(QStringLiteral("#officeDocument"), rel);
    }
    return out;
}

} // namespace copydesk
