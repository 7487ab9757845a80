#include "application/appearance.h"
#include "dialogs/preferencesdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// The Preferences dialog: the look changes as it is chosen, OK keeps it (QSettings), Cancel
// returns to what it was.
class TstGuiPreferencesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_systemPointSize = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        Appearance().apply();
        m_systemPointSize = QApplication::font().pointSize();
    }

    void init()
    {
        QSettings().clear();
        Appearance().apply();
    }

    void choose_data()
    {
        QTest::addColumn<QString>("scheme"); // the combo box's text
        QTest::addColumn<int>("fontSize");   // 7: the spin box's "System size"
        QTest::addColumn<bool>("accept");
        QTest::addColumn<bool>("dark");      // while the dialog is open

        QTest::newRow("nominal: dark at 15 pt, kept") << QStringLiteral("Dark") << 15 << true << true;
        QTest::newRow("nominal: light at the system size, kept") << QStringLiteral("Light") << 7 << true << false;
        QTest::newRow("nominal: dark tried, then cancelled") << QStringLiteral("Dark") << 20 << false << true;
        QTest::newRow("robustness: font size typed past the maximum") << QStringLiteral("System") << 99 << true << false;
    }

    void choose()
    {
        QFETCH(QString, scheme);
        QFETCH(int, fontSize);
        QFETCH(bool, accept);
        QFETCH(bool, dark);
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *schemes = dialog.findChild<QComboBox *>(QStringLiteral("schemeCombo"));
        auto *size = dialog.findChild<QSpinBox *>(QStringLiteral("fontSizeSpin"));
        QVERIFY(schemes && size);
        QCOMPARE(schemes->currentText(), QStringLiteral("System"));
        QCOMPARE(size->text(), QStringLiteral("System size"));

        schemes->setCurrentIndex(schemes->findText(scheme));
        size->selectAll();
        QTest::keyClicks(size, QString::number(fontSize));
        QTest::keyClick(size, Qt::Key_Tab);
        const int shown = size->value();
        QVERIFY(shown >= Appearance::MinFontSize - 1 && shown <= Appearance::MaxFontSize);
        // Applied at once, before OK.
        QCOMPARE(Appearance::isDark(QApplication::palette()), dark);
        QCOMPARE(QApplication::font().pointSize(), shown < Appearance::MinFontSize ? m_systemPointSize : shown);

        if (accept)
            QTest::keyClick(&dialog, Qt::Key_Return);
        else
            QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());

        const Appearance kept = Appearance::load();
        if (accept) {
            QCOMPARE(schemes->itemData(schemes->findText(scheme)).toInt(), int(kept.scheme));
            QCOMPARE(kept.fontSize, shown < Appearance::MinFontSize ? 0 : shown);
            QCOMPARE(Appearance::isDark(QApplication::palette()), dark);
        } else {
            QVERIFY(kept == Appearance());
            QVERIFY(!Appearance::isDark(QApplication::palette()));
            QCOMPARE(QApplication::font().pointSize(), m_systemPointSize);
        }
    }

    // The language is not switched live (menus and panels are built once): the dialog says so
    // as soon as another language is chosen, and OK keeps the choice for the next start.
    void languageChangeIsAnnounced()
    {
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
        QVERIFY(language && note);
        QVERIFY(!note->isVisible());
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("starts again")));
        language->setCurrentIndex(0); // back to what is kept: nothing to announce
        QVERIFY(!note->isVisible());
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QVERIFY(note->isVisible());
        dialog.accept();
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
        PreferencesDialog again;
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData().toString(),
                 QStringLiteral("zh_CN"));
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("languageNote"))->isHidden());
    }

    // "Import without a preview from now on" (the import preview) is undone here.
    void importPreviewSwitchedBackOn()
    {
        const QString key = QStringLiteral("import/preview");
        QSettings().setValue(key, false);
        PreferencesDialog dialog;
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("importPreviewCheck"));
        QVERIFY(check);
        QVERIFY(!check->isChecked());
        check->setChecked(true);
        dialog.reject();
        QCOMPARE(QSettings().value(key).toBool(), false);
        PreferencesDialog again;
        auto *checkAgain = again.findChild<QCheckBox *>(QStringLiteral("importPreviewCheck"));
        checkAgain->setChecked(true);
        again.accept();
        QCOMPARE(QSettings().value(key).toBool(), true);
    }

    void reopensWithWhatWasKept()
    {
        Appearance kept;
        kept.scheme = Appearance::Scheme::Light;
        kept.fontSize = 13;
        kept.save();
        PreferencesDialog dialog;
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("schemeCombo"))->currentText(), QStringLiteral("Light"));
        QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("fontSizeSpin"))->value(), 13);
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentIndex(), 0);
    }
};

QTEST_MAIN(TstGuiPreferencesDialog)

#include "tst_gui_preferencesdialog.moc"
