#include "application/guicommandline.h"

#include <QCoreApplication>
#include <QTest>

using namespace copydesk;

// The window program's command line: which arguments are answered without a display, and
// what the window is told to open.
class TstGuiCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void asksForInformation_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("information");

        QTest::newRow("nominal: --version") << QStringList{QStringLiteral("--version")} << true;
        QTest::newRow("nominal: -h after a store") << QStringList{QStringLiteral("--store"), QStringLiteral("a.sqlite3"), QStringLiteral("-h")} << true;
        QTest::newRow("nominal: --help-all") << QStringList{QStringLiteral("--help-all")} << true;
        QTest::newRow("nominal: files only") << QStringList{QStringLiteral("a.docx"), QStringLiteral("b.md")} << false;
        QTest::newRow("nominal: nothing") << QStringList() << false;
        QTest::newRow("robustness: a file named --help after --") << QStringList{QStringLiteral("--"), QStringLiteral("--help")} << false;
        QTest::newRow("robustness: an option that only starts like --version") << QStringList{QStringLiteral("--versions")} << false;
    }

    void asksForInformation()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, information);
        QList<QByteArray> bytes{QByteArrayLiteral("copydesk")};
        for (const QString &argument : arguments)
            bytes.append(argument.toUtf8());
        QList<char *> argv;
        for (QByteArray &b : bytes)
            argv.append(b.data());
        QCOMPARE(GuiCommandLine::asksForInformation(int(argv.size()), argv.data()), information);
    }

    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("store"); // empty: the default store
        QTest::addColumn<QStringList>("files");

        QTest::newRow("nominal: a store and two files")
                << QStringList{QStringLiteral("--store"), QStringLiteral("/tmp/x.sqlite3"), QStringLiteral("a.docx"), QStringLiteral("稿件.md")}
                << QStringLiteral("/tmp/x.sqlite3") << QStringList{QStringLiteral("a.docx"), QStringLiteral("稿件.md")};
        QTest::newRow("nominal: no arguments") << QStringList() << QString() << QStringList();
        QTest::newRow("robustness: a file that looks like an option, after --")
                << QStringList{QStringLiteral("--"), QStringLiteral("--store")} << QString() << QStringList{QStringLiteral("--store")};
    }

    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, store);
        QFETCH(QStringList, files);
        GuiCommandLine commandLine;
        commandLine.process(arguments.isEmpty() ? QStringList{QStringLiteral("copydesk")}
                                                : QStringList{QStringLiteral("copydesk")} + arguments);
        QCOMPARE(commandLine.files(), files);
        if (!store.isEmpty())
            QCOMPARE(commandLine.storePath(), store);
        else
            QVERIFY(commandLine.storePath().endsWith(QLatin1String("copydesk.sqlite3")));
    }
};

QTEST_GUILESS_MAIN(TstGuiCommandLine)

#include "tst_gui_commandline.moc"
