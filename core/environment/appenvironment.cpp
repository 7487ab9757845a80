#include "environment/appenvironment.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

namespace copydesk {

void AppEnvironment::initialize(QCoreApplication *app)
{
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("copydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));
    adoptUnnamedSettings();
    installTranslators(app, preferredLocale());
}

QString AppEnvironment::dataDir()
{
    const QString location = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString organization = QCoreApplication::organizationName();
    if (!organization.isEmpty() && organization == QCoreApplication::applicationName()
        && location.endsWith(QLatin1Char('/') + organization + QLatin1Char('/') + organization))
        return location.chopped(organization.size() + 1);
    return location;
}

void AppEnvironment::adoptUnnamedSettings()
{
    QSettings settings;
    if (!settings.allKeys().isEmpty())
        return;
    const QSettings unnamed(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Unknown Organization"),
                            QCoreApplication::applicationName());
    for (const QString &key : unnamed.allKeys())
        settings.setValue(key, unnamed.value(key));
}

QLocale AppEnvironment::preferredLocale()
{
    const QString forced = qEnvironmentVariable("COPYDESK_LANG");
    return forced.isEmpty() ? QLocale::system() : QLocale(forced);
}

void AppEnvironment::installTranslators(QCoreApplication *app, const QLocale &locale)
{
    for (QTranslator *old : app->findChildren<QTranslator *>(QStringLiteral("copydesk-translator"))) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const struct {
        QString name;
        QString directory;
    } catalogs[] = {
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("copydesk"), QStringLiteral(":/i18n")},
    };
    for (const auto &catalog : catalogs) {
        auto *translator = new QTranslator(app);
        translator->setObjectName(QStringLiteral("copydesk-translator"));
        if (translator->load(locale, catalog.name, QStringLiteral("_"), catalog.directory))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

} // namespace copydesk
