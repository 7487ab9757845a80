#pragma once

#include "export/exportwriter.h"

namespace copydesk {

// The HTML folder export as one .zip (name/index.html, name/style.css, name/images/…), each file
// written straight into the zip as the page is made, the zip itself through a temporary file.
class ZipHtmlWriter : public ExportWriter
{
public:
    bool needsDocument() const override { return false; }
    bool write(const Job &job, QString *error) const override;
};

} // namespace copydesk
