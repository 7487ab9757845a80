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

    // Translated defaults: siteName "采编台", repostNotice "本文来自{site},转载请注明出处:{url}".
    static SiteSettings defaults();

    friend bool operator==(const SiteSettings &a, const SiteSettings &b)
    {
        return a.siteName == b.siteName && a.slogan == b.slogan && a.repostNotice == b.repostNotice
            && a.defaultSection == b.defaultSection;
    }
    friend bool operator!=(const SiteSettings &a, const SiteSettings &b) { return !(a == b); }
};

} // namespace copydesk
