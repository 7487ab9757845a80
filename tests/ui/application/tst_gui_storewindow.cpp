#include "application/storewindow.h"
#include "mainwindow/mainwindow.h"
#include "store/store.h"
#include "fixtures/testutil.h"
#include "fixtures/storefiles.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace copydesk;

// Start-up without the integrity check before the first paint: the window appears on a sound
// store and closes normally; on a store damaged inside (its schema still readable) the check
// that runs once the window has painted ends the run as Damaged, so that the backup is offered.
class TstGuiStoreWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool makeStore(const QString &path, bool damaged)
    {
        {
            Store store;
            QString error;
            QList<Article> articles;
            for (int i = 0; i < 12; ++i) {
                Article article = Article::create(QStringLiteral("稿件%1").arg(i));
                for (int p = 0; p < 20; ++p)
                    article.blocks.append(Block::paragraph(test::sampleArticleText().left(600)));
                articles.append(article);
            }
            if (!store.open(path, &error) || !store.insertArticles(&articles, &error)) {
                qWarning() << error;
                return false;
            }
        }
        return !damaged || test::damage(path);
    }

    static MainWindow *shownWindow()
    {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            if (auto *window = qobject_cast<MainWindow *>(widget); window && window->isVisible())
                return window;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setApplicationName(QStringLiteral("copydesk-test"));
    }

    void run_data()
    {
        QTest::addColumn<bool>("damaged");
        QTest::newRow("nominal: a sound store: the window opens and closes") << false;
        QTest::newRow("robustness: damaged pages: found after the first paint, the run ends Damaged") << true;
    }

    void run()
    {
        QFETCH(bool, damaged);
        const QString path = m_dir.filePath(QStringLiteral("store-%1.sqlite3").arg(damaged));
        QVERIFY(makeStore(path, damaged));
        bool sawWindow = false;
        QTimer watch; // closes the window of the sound store once it is up
        connect(&watch, &QTimer::timeout, this, [&sawWindow, damaged] {
            MainWindow *window = shownWindow();
            if (!window)
                return;
            sawWindow = true;
            if (!damaged)
                window->close();
        });
        watch.start(20);
        QTimer::singleShot(20000, qApp, [] { QCoreApplication::exit(3); }); // never hang
        StoreWindow::Options options;
        options.path = path;
        options.sinceMain.start();
        int exitCode = -1;
        QString problem;
        const StoreWindow::Outcome outcome = StoreWindow::run(options, &exitCode, &problem);
        QVERIFY(sawWindow);
        if (!damaged) {
            QCOMPARE(int(outcome), int(StoreWindow::Outcome::Closed));
            QCOMPARE(exitCode, 0);
            return;
        }
        QCOMPARE(int(outcome), int(StoreWindow::Outcome::Damaged));
        QVERIFY2(problem.contains(QLatin1String("damaged")), qPrintable(problem));
        // The window is gone, and an open now refuses the file as the check did.
        QVERIFY(!shownWindow());
        Store store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QCOMPARE(store.lastOpenProblem(), Store::OpenProblem::Damaged);
    }
};

QTEST_MAIN(TstGuiStoreWindow)
#include "tst_gui_storewindow.moc"
