#pragma once

#include "export/exportwriter.h"
#include "render/theme.h"

#include <QString>

namespace copydesk {

class ExportDocument;

// An article as CommonMark: title, metadata lines, body (sub-heads as ##/###), photos as
// images/<id>.<ext> with the caption as an emphasised line below, footer with 来源 and 责任编辑.
// All article text is escaped, so nothing in it turns into markup.
class MarkdownWriter : public ExportWriter
{
public:
    static QString markdown(const ExportDocument &document, const Theme::Labels &labels);
    // Text escaped for CommonMark inline content, line breaks as hard breaks.
    static QString escape(const QString &text);

    // The ExportWriter of the format.
    bool hasImageFiles() const override { return true; }
    bool render(const Job &job, QByteArray *bytes, QString *error) const override;
};

} // namespace copydesk
