#include "environment/appenvironment.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace copydesk {

void AppEnvironment::initialize(QCoreApplication *app)
{
    QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));
    installTranslators(app, preferredLocale());
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
