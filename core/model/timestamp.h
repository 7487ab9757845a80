#pragma once

#include <QDateTime>
#include <QString>

namespace copydesk {

// The one way Copydesk writes and reads its times: UTC, ISO 8601 with milliseconds
// ("2026-12-03T08:06:55.123Z"), in the store, the article JSON and the CLI's JSON; and the
// whole-second form the publishing standards (NewsML, ODF, Word, schema.org) ask for.
class Timestamp
{
public:
    // Now, in whole milliseconds, so what a caller holds equals what it reads back.
    static QDateTime now();
    // Empty for an invalid time.
    static QString format(const QDateTime &time);
    static QString formatSeconds(const QDateTime &time);
    // What format() writes, fast (a 100k-article list parses 200k of them); any other ISO 8601
    // text through Qt. Invalid for empty or malformed text.
    static QDateTime parse(const QString &text);
};

} // namespace copydesk
