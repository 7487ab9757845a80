#pragma once

#include "export/exportwriter.h"
#include "render/theme.h"

#include <QByteArray>

namespace copydesk {

class ExportDocument;

// An article as an IPTC NewsML-G2 2.35 newsItem: metadata in itemMeta/contentMeta, the text as
// NITF in inlineXML, each photo as a remoteContent (images/<id>.<ext>) described by a partMeta
// with its caption and creditline.
class NewsMlWriter : public ExportWriter
{
public:
    static constexpr const char *Namespace = "http://iptc.org/std/nar/2006-10-01/";

    static QByteArray newsItem(const ExportDocument &document, const Theme::Labels &labels);

    // The ExportWriter of the format.
    bool hasImageFiles() const override { return true; }
    bool render(const Job &job, QByteArray *bytes, QString *error) const override;
};

} // namespace copydesk
