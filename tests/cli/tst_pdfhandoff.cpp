#include "pdfhandoff.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// copydesk-cli hands PDF exports to copydesk-pdf and starts without Qt WebEngine itself; without
// copydesk-pdf it says so in one line. (The PDFs it makes: tst_gui_pdfexporter::commandLine.)
class TstPdfHandOff : public QObject
{
    Q_OBJECT

private slots:
    void wanted_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("wanted");
        const QString id = QStringLiteral("3");
        const QString program = QStringLiteral("copydesk-cli");
        const QString exportCommand = QStringLiteral("export");
        QTest::newRow("nominal: --format pdf") << QStringList{program, exportCommand, id, QStringLiteral("--format"), QStringLiteral("pdf")} << true;
        QTest::newRow("nominal: --format=pdf") << QStringList{program, exportCommand, id, QStringLiteral("--format=pdf")} << true;
        QTest::newRow("nominal: --format PDF, as the command accepts it")
                << QStringList{program, exportCommand, id, QStringLiteral("--format"), QStringLiteral("PDF")} << true;
        QTest::newRow("nominal: another format") << QStringList{program, exportCommand, id, QStringLiteral("--format=docx")} << false;
        QTest::newRow("nominal: no format (HTML)") << QStringList{program, exportCommand, id} << false;
        QTest::newRow("robustness: pdf as a value of another option")
                << QStringList{program, QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("pdf")} << false;
        QTest::newRow("robustness: after --, a file name")
                << QStringList{program, QStringLiteral("import"), QStringLiteral("--"), QStringLiteral("--format=pdf")} << false;
        QTest::newRow("robustness: --format last, no value") << QStringList{program, exportCommand, QStringLiteral("--format")} << false;
    }
    void wanted()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, wanted);
        QCOMPARE(PdfHandOff::wanted(arguments), wanted);
    }

    // The point of the hand-off: the command line does not load WebEngine (or Widgets).
    void startsWithoutWebEngine()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads the program's libraries with ldd");
#else
        const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
        if (ldd.isEmpty())
            QSKIP("ldd is not installed");
        QProcess process;
        process.start(ldd, {QStringLiteral(COPYDESK_CLI_PATH)});
        QVERIFY(process.waitForFinished(30000));
        const QString libraries = QString::fromLocal8Bit(process.readAllStandardOutput());
        QVERIFY2(libraries.contains(QLatin1String("libQt6Core")), qPrintable(libraries));
        QVERIFY2(!libraries.contains(QLatin1String("WebEngine")), qPrintable(libraries));
        QVERIFY2(!libraries.contains(QLatin1String("libQt6Widgets")), qPrintable(libraries));
#endif
    }

    // copydesk-cli copied somewhere without copydesk-pdf: a PDF export fails in one line that says
    // what is missing; other exports work as before.
    void missingWriter()
    {
        QTemporaryDir dir;
        const QString alone = dir.filePath(QFileInfo(QStringLiteral(COPYDESK_CLI_PATH)).fileName());
        QVERIFY(QFile::copy(QStringLiteral(COPYDESK_CLI_PATH), alone));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COPYDESK_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("COPYDESK_STORE"), dir.filePath(QStringLiteral("store.sqlite3")));
        cli.setProcessEnvironment(env);
        cli.start(alone, {QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("T")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QString id = QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
        cli.start(alone, {QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("pdf"),
                          QStringLiteral("--out"), dir.filePath(QStringLiteral("out"))});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY2(err.startsWith(QLatin1String("copydesk-cli: cannot write the PDF: ")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("copydesk-pdf")), qPrintable(err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out/T.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TstPdfHandOff)
#include "tst_pdfhandoff.moc"
