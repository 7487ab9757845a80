#include "export/writers/jsonwriter.h"

#include "model/articlejson.h"

namespace copydesk {

bool JsonWriter::render(const Job &job, QByteArray *bytes, QString *) const
{
    *bytes = ArticleJson::toJson(job.article);
    return true;
}

} // namespace copydesk
