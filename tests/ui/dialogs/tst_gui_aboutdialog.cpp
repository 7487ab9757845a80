#include "dialogs/aboutdialog.h"
#include "store/autosaver.h"
#include "mainwindow/mainwindow.h"
#include "store/store.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <algorithm>

using namespace copydesk;

// Help ▸ About: reachable from the menu, shows the version and every bundled licence.
class TstGuiAboutDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setApplicationVersion(QStringLiteral(COPYDESK_VERSION));
    }

    void credits_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("licence");
        QTest::newRow("nominal: Qt") << QStringLiteral("Qt 6") << QStringLiteral("LGPL-3.0");
        QTest::newRow("nominal: SQLite") << QStringLiteral("SQLite") << QStringLiteral("Public domain");
        QTest::newRow("nominal: gumbo") << QStringLiteral("Gumbo") << QStringLiteral("Apache-2.0");
        QTest::newRow("nominal: cmark") << QStringLiteral("cmark") << QStringLiteral("BSD-2-Clause");
        QTest::newRow("nominal: exiv2") << QStringLiteral("Exiv2") << QStringLiteral("GPL-2.0-or-later");
        QTest::newRow("nominal: QuaZip") << QStringLiteral("QuaZip") << QStringLiteral("LGPL-2.1");
        QTest::newRow("nominal: mustache") << QStringLiteral("Kainjow Mustache") << QStringLiteral("BSL-1.0");
        QTest::newRow("nominal: OpenSSL") << QStringLiteral("OpenSSL") << QStringLiteral("Apache-2.0");
        QTest::newRow("nominal: Noto CJK") << QStringLiteral("Noto CJK") << QStringLiteral("OFL-1.1");
        QTest::newRow("nominal: IPTC schemas") << QStringLiteral("IPTC NewsML-G2") << QStringLiteral("CC-BY-4.0");
    }

    void credits()
    {
        QFETCH(QString, component);
        QFETCH(QString, licence);
        AboutDialog dialog;
        const QString shown = dialog.findChild<QTextBrowser *>(QStringLiteral("aboutCredits"))->toPlainText();
        QVERIFY2(shown.contains(component) && shown.contains(licence), qPrintable(shown));
        const QStringList rows = AboutDialog::creditsHtml().split(QStringLiteral("<tr>"));
        const auto row = std::find_if(rows.begin(), rows.end(), [&](const QString &r) { return r.contains(component); });
        QVERIFY2(row != rows.end(), qPrintable(component));
        QVERIFY2(row->contains(licence), qPrintable(*row));
    }

    void fromTheHelpMenu()
    {
        const QString path = m_dir.filePath(QStringLiteral("about.sqlite3"));
        Store store;
        Autosaver autosaver;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY2(autosaver.start(path, &error), qPrintable(error));
        MainWindow window(&store, &autosaver);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *about = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text() != QLatin1String("&Help"))
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->menuRole() == QAction::AboutRole)
                    about = action;
            }
        }
        QVERIFY(about);
        QString heading;
        QTimer::singleShot(0, this, [&heading] {
            auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            heading = dialog->findChild<QLabel *>(QStringLiteral("aboutHeading"))->text();
            dialog->reject();
        });
        about->trigger();
        QVERIFY2(heading.contains(QStringLiteral("Copydesk " COPYDESK_VERSION)), qPrintable(heading));
        QVERIFY(heading.contains(QLatin1String(qVersion())));
    }
};

QTEST_MAIN(TstGuiAboutDialog)

#include "tst_gui_aboutdialog.moc"
