#pragma once

#include "export/exportwriter.h"
#include "render/theme.h"

namespace copydesk {

// The page as one HTML file: the theme's CSS in <style>, photos as data: URIs of their web
// renditions (also what the PDF writer prints).
class SingleHtmlWriter : public ExportWriter
{
public:
    // Empty with *error set when the theme cannot render the page.
    static QString html(const ExportDocument &document, const Theme &theme, QString *error);

    bool render(const Job &job, QByteArray *bytes, QString *error) const override;
};

} // namespace copydesk
