#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace copydesk {

// A relationship of a part of a .docx package (a photo, a link, the main document), as the part's
// .rels part lists it.
struct DocxRelationship
{
    QString target; // a package part name, or a URL when external
    bool external = false;

    // A .rels part, by relationship id ("#officeDocument": the main document's); targets of
    // internal relationships are resolved against baseDir.
    static QHash<QString, DocxRelationship> parse(const QByteArray &bytes, const QString &baseDir);
};

} // namespace copydesk
