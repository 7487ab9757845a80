#pragma once

#include "model/sitesettings.h"

#include <QString>

namespace copydesk {

class Database;

// The store's settings: the site's (name, slogan, repost notice, default section,
// canonical URL base) and any
// other key.
class SettingsRows
{
public:
    explicit SettingsRows(Database &db) : m_db(db) {}

    SiteSettings site();
    bool setSite(const SiteSettings &settings, QString *error);
    QString value(const QString &key, const QString &fallback);
    bool setValue(const QString &key, const QString &value, QString *error);

private:
    Database &m_db;
};

} // namespace copydesk
