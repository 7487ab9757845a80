#pragma once

#include <QString>

namespace copydesk {

// The publishing site's identity, used for previews, exports and the repost notice.
struct SiteSettings
{
    QString siteName;
    QString slogan;
    // A template with {url} and {site} placeholders.
    QString repostNotice;
    // The section new articles start in; empty for none.
    QString defaultSection;
    // Where the site publishes articles ("https://www.example.cn/news/"): an article without its
    // own canonical URL but with a slug is at this base + slug.
    QString canonicalBase;

    // Translated defaults: no site name (no export claims a site until one is set), repostNotice
    // "本文来自{site}，转载请注明出处：{url}".
    static SiteSettings defaults();
    // Whether the site was named (the first-run question and the settings dialog ask for it).
    bool isSet() const { return !siteName.trimmed().isEmpty(); }

    friend bool operator==(const SiteSettings &a, const SiteSettings &b)
    {
        return a.siteName == b.siteName && a.slogan == b.slogan && a.repostNotice == b.repostNotice
            && a.defaultSection == b.defaultSection && a.canonicalBase == b.canonicalBase;
    }
    friend bool operator!=(const SiteSettings &a, const SiteSettings &b) { return !(a == b); }
};

} // namespace copydesk
