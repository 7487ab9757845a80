#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace copydesk {

// Process-wide identity and language shared by the GUI and the CLI.
class AppEnvironment
{
public:
    // Sets application name/version (which fix QStandardPaths locations) and installs the
    // translators for the given locale (default: the system's, or $COPYDESK_LANG when set).
    static void initialize(QCoreApplication *app);
    // Where the store and the user's themes live: QStandardPaths' AppDataLocation, without the
    // organisation folder it gained when the organisation was named (~/.local/share/copydesk, as
    // before, not ~/.local/share/copydesk/copydesk).
    static QString dataDir();
    static void installTranslators(QCoreApplication *app, const QLocale &locale);
    static QLocale preferredLocale();

private:
    // Settings written while the organisation had no name (Qt filed them under "Unknown
    // Organization") are copied once into the named one.
    static void adoptUnnamedSettings();
};

} // namespace copydesk
