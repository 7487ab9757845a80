#include "dialogs/sitesettingsdialog.h"
#include "store/store.h"
#include "fixtures/windowsession.h"
#include "fixtures/testutil.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// The site settings dialog: round trip through the store, validation of the repost notice,
// errors shown in the dialog.
class TstGuiSiteSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    static void fill(SiteSettingsDialog *dialog, const SiteSettings &values)
    {
        dialog->findChild<QLineEdit *>(QStringLiteral("siteName"))->setText(values.siteName);
        dialog->findChild<QLineEdit *>(QStringLiteral("slogan"))->setText(values.slogan);
        dialog->findChild<QLineEdit *>(QStringLiteral("repostNotice"))->setText(values.repostNotice);
        dialog->findChild<QComboBox *>(QStringLiteral("defaultSection"))->setCurrentText(values.defaultSection);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void save_data()
    {
        QTest::addColumn<QString>("siteName");
        QTest::addColumn<QString>("slogan");
        QTest::addColumn<QString>("notice");
        QTest::addColumn<QString>("section");
        QTest::addColumn<bool>("closeStore");
        QTest::addColumn<QString>("problem"); // empty: saved

        QTest::newRow("nominal: round trip through the store")
            << QStringLiteral("大象网") << QStringLiteral("权威 主流 本土")
            << QStringLiteral("本文来自{site},转载请注明出处:{url}") << QStringLiteral("时政")
            << false << QString();
        QTest::newRow("nominal: surrounding spaces are trimmed, an empty notice is allowed")
            << QStringLiteral("  Daxiang News  ") << QString() << QString() << QStringLiteral(" 本地 ")
            << false << QString();
        QTest::newRow("robustness: markup is kept as text")
            << QStringLiteral("<b>大象网</b>") << QStringLiteral("<script>x</script>")
            << QStringLiteral("<i>{site}</i> {url}") << QString() << false << QString();
        QTest::newRow("robustness: an unknown placeholder is refused")
            << QStringLiteral("大象网") << QString() << QStringLiteral("来自{URL}") << QString()
            << false << QStringLiteral("{URL}");
        QTest::newRow("robustness: an unmatched brace is refused")
            << QStringLiteral("大象网") << QString() << QStringLiteral("来自{site") << QString()
            << false << QStringLiteral("{site}");
        QTest::newRow("robustness: an empty site name is refused")
            << QStringLiteral("   ") << QString() << QString() << QString() << false
            << QStringLiteral("site name");
        QTest::newRow("robustness: a store that cannot be written keeps the dialog open")
            << QStringLiteral("大象网") << QString() << QString() << QString() << true
            << QStringLiteral("store");
    }

    void save()
    {
        QFETCH(QString, siteName);
        QFETCH(QString, slogan);
        QFETCH(QString, notice);
        QFETCH(QString, section);
        QFETCH(bool, closeStore);
        QFETCH(QString, problem);
        const QString path = m_dir.filePath(QStringLiteral("s%1.sqlite3").arg(++m_stores));
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const SiteSettings original = store.siteSettings();
        QCOMPARE(original, SiteSettings::defaults());

        SiteSettingsDialog dialog(&store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.settings(), original);
        QSignalSpy saved(&dialog, &SiteSettingsDialog::saved);
        SiteSettings values;
        values.siteName = siteName;
        values.slogan = slogan;
        values.repostNotice = notice;
        values.defaultSection = section;
        fill(&dialog, values);
        if (closeStore)
            store.close();

        auto *problemLabel = dialog.findChild<QLabel *>(QStringLiteral("problem"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(problemLabel && buttons);
        QPushButton *saveButton = buttons->button(QDialogButtonBox::Save);
        const bool valid = SiteSettingsDialog::problemWith(dialog.settings()).isEmpty();
        QCOMPARE(saveButton->isEnabled(), valid);
        if (valid)
            saveButton->click();
        else
            dialog.accept(); // as Enter would, past the disabled button

        if (!problem.isEmpty()) {
            QCOMPARE(saved.size(), 0);
            QVERIFY(dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(problemLabel->isVisible());
            QVERIFY2(problemLabel->text().contains(problem), qPrintable(problemLabel->text()));
            if (!closeStore)
                QCOMPARE(store.siteSettings(), original);
            return;
        }
        SiteSettings expected = values;
        expected.siteName = siteName.trimmed();
        expected.defaultSection = section.trimmed();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().value<SiteSettings>(), expected);
        QCOMPARE(store.siteSettings(), expected);
        // What was saved is what the next dialog shows, also from a fresh connection.
        store.close();
        QVERIFY2(store.open(path, &error), qPrintable(error));
        SiteSettingsDialog again(&store);
        QCOMPARE(again.settings(), expected);
        // The preview fills the placeholders in and shows markup as text.
        auto *preview = again.findChild<QLabel *>(QStringLiteral("preview"));
        QCOMPARE(preview->textFormat(), Qt::PlainText);
        if (notice.contains(QStringLiteral("{site}")))
            QVERIFY2(preview->text().contains(expected.siteName), qPrintable(preview->text()));
        QVERIFY(!preview->text().contains(QStringLiteral("{site}")));
    }

    void firstRun_data()
    {
        QTest::addColumn<QString>("answer"); // "save", "skip", or "named" (a site already set)
        QTest::newRow("nominal: the first run names the site") << QStringLiteral("save");
        QTest::newRow("nominal: skipped, asked once") << QStringLiteral("skip");
        QTest::newRow("nominal: a named site is not asked for") << QStringLiteral("named");
    }

    // The short site dialog the first run shows: saved, or skipped and not asked again.
    void firstRun()
    {
        QFETCH(QString, answer);
        test::WindowSession session;
        const QString path = m_dir.filePath(QStringLiteral("s%1.sqlite3").arg(++m_stores));
        if (answer == QLatin1String("named")) {
            Store setup;
            QString error;
            QVERIFY2(setup.open(path, &error), qPrintable(error));
            SiteSettings site;
            site.siteName = QStringLiteral("邵商网");
            QVERIFY2(setup.setSiteSettings(site, &error), qPrintable(error));
        }
        QVERIFY(session.open(path));
        session.window->askForSiteOnFirstRun();
        QCoreApplication::processEvents();
        auto *dialog = session.window->findChild<SiteSettingsDialog *>(QStringLiteral("firstRunSiteDialog"));
        if (answer == QLatin1String("named")) {
            QVERIFY(!dialog);
            return;
        }
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("welcome")));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Save)->isEnabled()); // no name yet
        if (answer == QLatin1String("save")) {
            dialog->findChild<QLineEdit *>(QStringLiteral("siteName"))->setText(QStringLiteral("邵商网"));
            dialog->findChild<QLineEdit *>(QStringLiteral("canonicalBase"))->setText(QStringLiteral("https://www.shaoshang.cn/news/"));
            QVERIFY(buttons->button(QDialogButtonBox::Save)->isEnabled());
            buttons->button(QDialogButtonBox::Save)->click();
            QCOMPARE(session.store.siteSettings().siteName, QStringLiteral("邵商网"));
            QCOMPARE(session.store.siteSettings().canonicalBase, QStringLiteral("https://www.shaoshang.cn/news/"));
        } else {
            QVERIFY(!buttons->button(QDialogButtonBox::Cancel)->text().isEmpty());
            buttons->button(QDialogButtonBox::Cancel)->click();
            QVERIFY(!session.store.siteSettings().isSet());
        }
        QTRY_VERIFY(!session.window->findChild<SiteSettingsDialog *>(QStringLiteral("firstRunSiteDialog")));
        // Asked once: the next start asks no more.
        session.window->askForSiteOnFirstRun();
        QVERIFY(!session.window->findChild<SiteSettingsDialog *>(QStringLiteral("firstRunSiteDialog")));
    }

    void restoreDefaults_data()
    {
        QTest::addColumn<QString>("siteName");
        QTest::newRow("nominal: Restore Defaults fills the form with the defaults") << QStringLiteral("别的网站");
    }

    void restoreDefaults()
    {
        QFETCH(QString, siteName);
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("s%1.sqlite3").arg(++m_stores)), &error), qPrintable(error));
        SiteSettings custom = SiteSettings::defaults();
        custom.siteName = siteName;
        custom.defaultSection = QStringLiteral("体育");
        QVERIFY2(store.setSiteSettings(custom, &error), qPrintable(error));
        SiteSettingsDialog dialog(&store);
        QCOMPARE(dialog.settings(), custom);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.settings(), SiteSettings::defaults());
        QCOMPARE(store.siteSettings(), custom); // only Save writes
    }
};

QTEST_MAIN(TstGuiSiteSettingsDialog)
#include "tst_gui_sitesettingsdialog.moc"
