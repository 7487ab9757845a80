#include "environment/appenvironment.h"
#include "render/theme.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// The programs' identity: settings filed under the name "copydesk" (those written while the
// organisation had no name are adopted), the store and themes where they always were.
class TstAppEnvironment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qunsetenv("COPYDESK_STORE");
        QCoreApplication::setApplicationName(QStringLiteral("copydesk"));
    }

    void locationsAndSettings()
    {
        {
            QSettings unnamed(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Unknown Organization"),
                              QStringLiteral("copydesk"));
            unnamed.setValue(QStringLiteral("language"), QStringLiteral("zh_CN"));
            unnamed.setValue(QStringLiteral("photos/lastDir"), QStringLiteral("/home/editor/照片"));
        }
        AppEnvironment::initialize(QCoreApplication::instance());
        QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("copydesk"));
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(settings.value(QStringLiteral("photos/lastDir")).toString(), QStringLiteral("/home/editor/照片"));
        QVERIFY2(settings.fileName().startsWith(m_home.filePath(QStringLiteral("config/copydesk/"))),
                 qPrintable(settings.fileName()));

        // The store and the themes keep their folder.
        const QString data = m_home.filePath(QStringLiteral("data/copydesk"));
        QCOMPARE(AppEnvironment::dataDir(), data);
        QCOMPARE(Store::defaultPath(), data + QStringLiteral("/copydesk.sqlite3"));
        QCOMPARE(Theme::userThemesDir(), data + QStringLiteral("/themes"));

        // Adopted once: what is set since stays.
        settings.setValue(QStringLiteral("language"), QStringLiteral("en"));
        settings.sync();
        AppEnvironment::initialize(QCoreApplication::instance());
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TstAppEnvironment)
#include "tst_appenvironment.moc"
