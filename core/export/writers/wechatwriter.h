#pragma once

#include "export/exportwriter.h"
#include "render/theme.h"

#include <QString>

namespace copydesk {

class ExportDocument;

// Rich text for the WeChat official-account editor, which drops classes, <style>, external CSS
// and links to other sites: every element styled inline, photos as data: URIs (the editor
// uploads pasted images itself), links written out as text.
class WeChatWriter : public ExportWriter
{
public:
    // The fragment to put on the clipboard (text/html).
    static QString fragment(const ExportDocument &document, const Theme::Labels &labels);
    // The fragment in a complete HTML page, for the .wechat.html file.
    static QString page(const ExportDocument &document, const Theme::Labels &labels);

    // The ExportWriter of the format.
    bool render(const Job &job, QByteArray *bytes, QString *error) const override;
};

} // namespace copydesk
