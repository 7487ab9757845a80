#pragma once

#include "export/exportwriter.h"
#include "render/theme.h"

#include <QByteArray>

class QXmlStreamWriter;

namespace copydesk {

class ExportDocument;

// An article as an IPTC NITF 3.6 document: headline, byline and dates in the head, the body with
// sub-heads as hl2, photos as media elements referring to images/<id>.<ext> with their caption
// (media-caption) and credit (media-producer), the 来源 and 责任编辑 lines in body.end.
class NitfWriter : public ExportWriter
{
public:
    static constexpr const char *Namespace = "http://iptc.org/std/NITF/2006-10-18/";

    static QByteArray nitf(const ExportDocument &document, const Theme::Labels &labels);
    // Writes the nitf element (with its namespace) into a document being written, e.g. inside
    // NewsML-G2's inlineXML.
    static void write(QXmlStreamWriter &xml, const ExportDocument &document, const Theme::Labels &labels);

    // The ExportWriter of the format.
    bool hasImageFiles() const override { return true; }
    bool render(const Job &job, QByteArray *bytes, QString *error) const override;
};

} // namespace copydesk
