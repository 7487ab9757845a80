#pragma once

#include "export/exportwriter.h"
#include "render/theme.h"

#include <QCoreApplication>

class QIODevice;

namespace copydesk {

class ExportDocument;

// An article as a Word document (WordprocessingML in a zip package): Title and Subtitle styles,
// sub-heads as Word's built-in Heading 2/3, photos embedded inline and scaled to the text width
// with their caption in Word's Caption style (kept with the photo), links as hyperlinks, lists
// with numbering definitions, A4 pages.
class DocxWriter : public ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocxWriter)

public:
    // device: open for writing and seekable.
    static bool write(const ExportDocument &document, const Theme::Labels &labels, QIODevice *device,
                      QString *error);

    // The ExportWriter of the format.
    bool render(const Job &job, QByteArray *bytes, QString *error) const override;
};

} // namespace copydesk
