#pragma once

#include "export/exportwriter.h"

namespace copydesk {

// An article as the Copydesk JSON interchange format (ArticleJson), photos not included.
class JsonWriter : public ExportWriter
{
public:
    bool needsDocument() const override { return false; }
    bool render(const Job &job, QByteArray *bytes, QString *error) const override;
};

} // namespace copydesk
