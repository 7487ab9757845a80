#include "store/settingsrows.h"

#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"
#include "store/store.h"

#include <QScopeGuard>

namespace copydesk {

namespace {

const QString SiteNameKey = QStringLiteral("site/name");
const QString SloganKey = QStringLiteral("site/slogan");
const QString RepostNoticeKey = QStringLiteral("site/repostNotice");
const QString DefaultSectionKey = QStringLiteral("site/defaultSection");
const QString CanonicalBaseKey = QStringLiteral("site/canonicalBase");

} // namespace

SiteSettings SettingsRows::site()
{
    const SiteSettings defaults = SiteSettings::defaults();
    SiteSettings settings;
    settings.siteName = value(SiteNameKey, defaults.siteName);
    settings.slogan = value(SloganKey, defaults.slogan);
    settings.repostNotice = value(RepostNoticeKey, defaults.repostNotice);
    settings.defaultSection = value(DefaultSectionKey, defaults.defaultSection);
    settings.canonicalBase = value(CanonicalBaseKey, defaults.canonicalBase);
    return settings;
}

bool SettingsRows::setSite(const SiteSettings &settings, QString *error)
{
    Transaction transaction(m_db);
    QString why;
    if (transaction.begin(&why) && setValue(SiteNameKey, settings.siteName, &why)
        && setValue(SloganKey, settings.slogan, &why)
        && setValue(RepostNoticeKey, settings.repostNotice, &why)
        && setValue(DefaultSectionKey, settings.defaultSection, &why)
        && setValue(CanonicalBaseKey, settings.canonicalBase, &why) && transaction.commit(&why))
        return true;
    if (error)
        *error = Store::tr("Cannot save the site settings: %1").arg(why);
    return false;
}

QString SettingsRows::value(const QString &key, const QString &fallback)
{
    Statement *select =
        m_db.cached(QStringLiteral("SELECT value FROM settings WHERE key = ?1"), nullptr);
    if (!select)
        return fallback;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, key);
    if (select->step() != Statement::Step::Row)
        return fallback;
    return select->columnText(0);
}

bool SettingsRows::setValue(const QString &key, const QString &value, QString *error)
{
    Statement *upsert = m_db.cached(
        QStringLiteral("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        error);
    if (!upsert)
        return false;
    upsert->bind(1, key);
    upsert->bind(2, value);
    QString why;
    if (!upsert->exec(&why)) {
        if (error)
            *error = Store::tr("Cannot save the setting “%1”: %2").arg(key, why);
        return false;
    }
    return true;
}

} // namespace copydesk
