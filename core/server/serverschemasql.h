#pragma once

#include <QList>

namespace copydesk {

// The SQL text of the newsroom server's migrations: step i takes the schema from version i to
// i + 1. Append a step for each new version; never edit one that shipped.
class ServerSchemaSql
{
public:
    // The group roles, made once per cluster by ServerSchema::init (roles are cluster-wide).
    static const char *roles();
    static QList<const char *> migrations();
};

} // namespace copydesk
