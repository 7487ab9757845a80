#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace copydesk {

// The relationships of one part of a .docx package (its photos, links, styles, ...), collected
// while the part is written, and the .rels part that lists them.
class DocxRelationships
{
public:
    // The id of the relationship of the type to target, added unless the same one exists already.
    QString add(const QString &type, const QString &target, bool external);

    QByteArray xml() const;

private:
    struct Entry
    {
        QString id;
        QString type;
        QString target;
        bool external = false;
    };
    QList<Entry> m_entries;
};

} // namespace copydesk
