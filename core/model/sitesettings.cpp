#include "model/sitesettings.h"

#include <QCoreApplication>

namespace copydesk {

SiteSettings SiteSettings::defaults()
{
    SiteSettings settings;
    settings.repostNotice =
        QCoreApplication::translate("SiteSettings", "本文来自{site}，转载请注明出处：{url}");
    return settings;
}

} // namespace copydesk
