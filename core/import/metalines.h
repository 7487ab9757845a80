#pragma once

#include "import/copyrules.h"

#include <QList>
#include <QString>

namespace copydesk {

// The source, editor and byline lines of copy and the byline in a lead, by the labels
// newsrooms use (来源, 责任编辑, 记者, 通讯员, 审核, …); CopyRules::parseMeta and
// CopyRules::bylineFromLead.
class MetaLines
{
public:
    static bool parse(const QString &line, QList<CopyRules::MetaField> *fields);
    static QString bylineFromLead(const QString &lead);
};

} // namespace copydesk
