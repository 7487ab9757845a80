#include "application/appearance.h"
#include "application/application.h"
#include "store/autosaver.h"
#include "mainwindow/mainwindow.h"
#include "preview/previewview.h"
#include "store/store.h"
#include "import/textimporter.h"
#include "fixtures/testutil.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// Appearance: settings round trip, the look applied to the application, "System" restoring what
// the platform gave, and the preview following the palette with the theme's dark colours.
class TstGuiAppearance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_systemStyle;
    QPalette m_systemPalette;
    int m_systemPointSize = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        // What the platform gave; a non-Fusion style makes "System" visible.
        QApplication::setStyle(QStringLiteral("Windows"));
        m_systemStyle = QApplication::style()->name();
        m_systemPalette = QApplication::palette();
        m_systemPointSize = QApplication::font().pointSize();
        Appearance().apply(); // takes note of the platform's look, changes nothing
        QCOMPARE(QApplication::style()->name(), m_systemStyle);
    }

    void settings_data()
    {
        QTest::addColumn<QVariant>("scheme");
        QTest::addColumn<QVariant>("fontSize");
        QTest::addColumn<int>("expectedScheme");
        QTest::addColumn<int>("expectedFontSize");

        QTest::newRow("nominal: dark, 14 pt") << QVariant(QStringLiteral("dark")) << QVariant(14) << int(Appearance::Scheme::Dark) << 14;
        QTest::newRow("nominal: light, system size") << QVariant(QStringLiteral("light")) << QVariant(0) << int(Appearance::Scheme::Light) << 0;
        QTest::newRow("nominal: nothing stored") << QVariant() << QVariant() << int(Appearance::Scheme::System) << 0;
        QTest::newRow("robustness: unknown scheme") << QVariant(QStringLiteral("sepia")) << QVariant(12) << int(Appearance::Scheme::System) << 12;
        QTest::newRow("robustness: font size out of range") << QVariant(QStringLiteral("dark")) << QVariant(400) << int(Appearance::Scheme::Dark) << 0;
        QTest::newRow("robustness: font size not a number") << QVariant(QStringLiteral("light")) << QVariant(QStringLiteral("big")) << int(Appearance::Scheme::Light) << 0;
    }

    void settings()
    {
        QFETCH(QVariant, scheme);
        QFETCH(QVariant, fontSize);
        QFETCH(int, expectedScheme);
        QFETCH(int, expectedFontSize);
        {
            QSettings settings;
            settings.clear();
            if (scheme.isValid())
                settings.setValue(QStringLiteral("appearance/scheme"), scheme);
            if (fontSize.isValid())
                settings.setValue(QStringLiteral("appearance/fontSize"), fontSize);
        }
        const Appearance loaded = Appearance::load();
        QCOMPARE(int(loaded.scheme), expectedScheme);
        QCOMPARE(loaded.fontSize, expectedFontSize);
        loaded.save();
        QVERIFY(Appearance::load() == loaded);
    }

    void apply_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<int>("fontSize");
        QTest::addColumn<bool>("dark");

        QTest::newRow("nominal: dark") << int(Appearance::Scheme::Dark) << 0 << true;
        QTest::newRow("nominal: light, 16 pt") << int(Appearance::Scheme::Light) << 16 << false;
        QTest::newRow("nominal: system, 9 pt") << int(Appearance::Scheme::System) << 9 << false;
        QTest::newRow("robustness: system after dark restores the platform's look") << int(Appearance::Scheme::System) << 0 << false;
    }

    void apply()
    {
        QFETCH(int, scheme);
        QFETCH(int, fontSize);
        QFETCH(bool, dark);
        Appearance appearance;
        appearance.scheme = Appearance::Scheme(scheme);
        appearance.fontSize = fontSize;
        appearance.apply();
        QCOMPARE(Appearance::isDark(QApplication::palette()), dark);
        QCOMPARE(QApplication::font().pointSize(), fontSize > 0 ? fontSize : m_systemPointSize);
        const QPalette expected = appearance.scheme == Appearance::Scheme::System ? m_systemPalette
                : dark ? Appearance::darkPalette() : Appearance::lightPalette();
        QCOMPARE(QApplication::style()->name(),
                 appearance.scheme == Appearance::Scheme::System ? m_systemStyle : QStringLiteral("fusion"));
        for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Text, QPalette::Highlight})
            QCOMPARE(QApplication::palette().color(role), expected.color(role));
        Appearance().apply();
    }

    void isDark_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("nominal: Copydesk dark") << Appearance::darkPalette() << true;
        QTest::newRow("nominal: Copydesk light") << Appearance::lightPalette() << false;
        QPalette inverted(Qt::white, Qt::black); // a platform dark theme: black window, white text
        inverted.setColor(QPalette::WindowText, Qt::white);
        QTest::newRow("nominal: a platform's dark palette") << inverted << true;
        QTest::newRow("robustness: grey on grey counts as light") << QPalette(Qt::gray, Qt::gray) << false;
    }

    void isDark()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        QCOMPARE(Appearance::isDark(palette), dark);
    }

    // The preview re-renders with the theme's dark colours when the scheme turns dark, and
    // back; the page it would publish never carries the class.
    void previewFollowsScheme()
    {
        const QString path = m_dir.filePath(QStringLiteral("preview.sqlite3"));
        Store store;
        Autosaver autosaver;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY2(autosaver.start(path, &error), qPrintable(error));
        Article article = TextImporter::fromPlainText(test::sampleArticleText());
        QVERIFY2(store.insertArticle(&article, &error), qPrintable(error));
        MainWindow window(&store, &autosaver);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectArticle(article.id));
        QTRY_VERIFY_WITH_TIMEOUT(window.preview() != nullptr, 10000);
        PreviewView *preview = window.preview();
        QTRY_VERIFY_WITH_TIMEOUT(preview->currentHtml().contains(QLatin1String("article-body")), 15000);
        QVERIFY(!preview->isDark());
        QVERIFY(!preview->currentHtml().contains(QLatin1String("<html class=\"copydesk-dark\"")));

        for (const Appearance::Scheme scheme : {Appearance::Scheme::Dark, Appearance::Scheme::Light}) {
            const bool dark = scheme == Appearance::Scheme::Dark;
            QSignalSpy rendered(preview, &PreviewView::rendered);
            Appearance appearance;
            appearance.scheme = scheme;
            appearance.apply();
            QTRY_COMPARE(preview->isDark(), dark); // the palette reaches the widgets through the event loop
            QTRY_VERIFY_WITH_TIMEOUT(rendered.count() > 0, 15000);
            QCOMPARE(preview->currentHtml().contains(QLatin1String("<html class=\"copydesk-dark\"")), dark);
            QCOMPARE(preview->page()->backgroundColor(), QApplication::palette().color(QPalette::Base));
        }
        Appearance().apply();
    }
};

int main(int argc, char *argv[])
{
    Application::prepare();
    QApplication app(argc, argv);
    TstGuiAppearance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_appearance.moc"
