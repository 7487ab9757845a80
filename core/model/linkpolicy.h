#pragma once

#include <QString>

namespace copydesk {

struct Article;

// The one rule for links anywhere in the model: http, https and mailto only. Every door into
// the model (paste, importers, article JSON, the CLI, the store's writes) applies it, and every
// writer renders through it.
class LinkPolicy
{
public:
    // The link encoded for output, or empty when not allowed: judged after trimming and
    // case-insensitively; whitespace or control characters anywhere, and http(s) links without
    // a host, are rejected.
    static QString normalized(const QString &href);
    static bool isAllowed(const QString &href);
    // An absolute http or https address (canonical URLs, photo sources).
    static bool isAllowedPageUrl(const QString &url);
    // Drops every link the policy refuses (the linked text stays), a canonical URL that is not a
    // web address, and photo sources that are neither web addresses nor local files. Returns
    // how many were dropped.
    static int apply(Article *article);
};

} // namespace copydesk
