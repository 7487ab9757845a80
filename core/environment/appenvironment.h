#pragma once

#include <QLocale>

class QCoreApplication;

namespace copydesk {

// Process-wide identity and language shared by the GUI and the CLI.
class AppEnvironment
{
public:
    // Sets application name/version (which fix QStandardPaths locations) and installs the
    // translators for the given locale (default: the system's, or $COPYDESK_LANG when set).
    static void initialize(QCoreApplication *app);
    static void installTranslators(QCoreApplication *app, const QLocale &locale);
    static QLocale preferredLocale();
};

} // namespace copydesk
