#pragma once

#include "export/exportwriter.h"
#include "render/theme.h"

#include <QCoreApplication>

class QIODevice;

namespace copydesk {

class ExportDocument;

// An article as an OpenDocument text (ODF 1.2 package): LibreOffice's built-in Title, Subtitle,
// Heading 2/3, Text body, Quotations and Caption paragraph styles, photos embedded as-char
// frames scaled to the text width with the caption below (kept together), links, bulleted and
// numbered lists, A4 pages.
class OdtWriter : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(OdtWriter)

public:
    // device: open for writing and seekable.
    static bool write(const ExportDocument &document, const Theme::Labels &labels, QIODevice *device,
                      QString *error);

    // The ExportWriter of the format.
    bool render(const Job &job, QByteArray *bytes, QString *error) const override;
};

} // namespace copydesk
