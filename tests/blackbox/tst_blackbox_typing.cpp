#include "fixtures/clirunner.h"
#include "fixtures/testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// The real programs, as a user has them: copydesk in an X window typed into by xdotool at
// 50 ms a key, copydesk-cli listing, setting and attaching beside it, then kill -9 of the
// window: at most a second of typing may be lost, and nothing the CLI wrote.
// COPYDESK_SOAK_RUNS sets the number of runs (default 2).
class TstBlackboxTyping : public QObject
{
    Q_OBJECT

private:
    // xdotool waits half its --delay after the key press and half after the release.
    static constexpr int KeyDelayMs = 100;
    static constexpr int TypingMs = 10000;
    static constexpr int ChunkKeys = 8;

    QTemporaryDir m_dir;
    QString m_xdotool;
    QList<qint64> m_lostMs;

    static bool runTool(const QString &program, const QStringList &arguments, QString *out = nullptr,
                    int timeoutMs = 20000)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(timeoutMs))
            return false;
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    static QJsonObject show(const QString &store, qint64 id)
    {
        const test::CliResult r = test::runCli({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}, store);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    static QString bodyOf(const QJsonObject &article)
    {
        QString text;
        for (const QJsonValue &block : article.value(QStringLiteral("blocks")).toArray()) {
            if (block.toObject().value(QStringLiteral("type")).toString() == QLatin1String("paragraph"))
                text += block.toObject().value(QStringLiteral("text")).toString();
        }
        return text;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("needs an X display (the suite runs under xvfb-run)");
        m_xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
        if (m_xdotool.isEmpty())
            QSKIP("needs xdotool (bash .ci/dev installs it)");
        QVERIFY(QFile::exists(QStringLiteral(COPYDESK_APP_PATH)));
    }

    void killWhileTyping_data()
    {
        QTest::addColumn<int>("run");
        const int runs = qMax(1, qEnvironmentVariableIntValue("COPYDESK_SOAK_RUNS"));
        for (int i = 1; i <= (qEnvironmentVariableIsSet("COPYDESK_SOAK_RUNS") ? runs : 2); ++i)
            QTest::addRow("nominal: run %d", i) << i;
    }

    void killWhileTyping()
    {
        QFETCH(int, run);
        const QString store = m_dir.filePath(QStringLiteral("soak-%1.sqlite3").arg(run));
        const QString photo = m_dir.filePath(QStringLiteral("soak.jpg"));
        if (!QFile::exists(photo)) {
            QFile file(photo);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(test::encode(test::makePhoto(1200, 800, 5), "jpeg"));
        }

        // A named site: the first-run site question is for new users, not for this soak.
        QCOMPARE(test::runCli({QStringLiteral("settings"), QStringLiteral("site-name"), QStringLiteral("浸泡测试网")}, store).code, 0);

        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config-%1").arg(run)));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data-%1").arg(run)));
        env.remove(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"));
        env.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--disable-gpu"));
        gui.setProcessEnvironment(env);
        gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        gui.start(QStringLiteral(COPYDESK_APP_PATH), {QStringLiteral("--store"), store});
        QVERIFY(gui.waitForStarted());
        auto stopGui = qScopeGuard([&gui] {
            gui.kill();
            gui.waitForFinished();
        });

        QString window;
        QVERIFY2(runTool(m_xdotool, {QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                                 QStringLiteral("--pid"), QString::number(gui.processId())}, &window, 30000),
                 "the window did not appear");
        window = window.split(QLatin1Char('\n')).last();
        QTest::qWait(500); // the first paint and the list
        QVERIFY(runTool(m_xdotool, {QStringLiteral("windowfocus"), QStringLiteral("--sync"), window}));
        // Ctrl+N: a new article with the cursor in its headline; Return: into the body.
        QVERIFY(runTool(m_xdotool, {QStringLiteral("key"), QStringLiteral("--window"), window, QStringLiteral("ctrl+n")}));
        QTest::qWait(500);
        QVERIFY(runTool(m_xdotool, {QStringLiteral("type"), QStringLiteral("--delay"), QString::number(KeyDelayMs),
                                QStringLiteral("Soak")}));
        QVERIFY(runTool(m_xdotool, {QStringLiteral("key"), QStringLiteral("Return")}));
        QTRY_COMPARE_WITH_TIMEOUT(test::runCli({QStringLiteral("list")}, store).out.contains(QLatin1String("Soak")), true, 5000);
        const qint64 id = 1;

        // Continuous typing; the CLI works on the same article meanwhile.
        QString typed;
        QElapsedTimer clock;
        clock.start();
        int chunk = 0;
        bool listed = false, set = false, attached = false;
        while (clock.elapsed() < TypingMs) {
            QString keys;
            for (int i = 0; i < ChunkKeys; ++i)
                keys += QChar(char16_t(u'a' + (typed.size() + i) % 26));
            QVERIFY(runTool(m_xdotool, {QStringLiteral("type"), QStringLiteral("--delay"),
                                    QString::number(KeyDelayMs), keys}));
            typed += keys;
            ++chunk;
            if (!listed && clock.elapsed() > 2000) {
                QCOMPARE(test::runCli({QStringLiteral("list"), QStringLiteral("--json")}, store).code, 0);
                listed = true;
            } else if (!set && clock.elapsed() > 4000) {
                QCOMPARE(test::runCli({QStringLiteral("set"), QString::number(id), QStringLiteral("byline"),
                                       QStringLiteral("记者 张三")}, store).code, 0);
                set = true;
            } else if (!attached && clock.elapsed() > 6000) {
                QCOMPARE(test::runCli({QStringLiteral("attach"), QString::number(id), photo,
                                       QStringLiteral("--caption"), QStringLiteral("图为活动现场")}, store).code, 0);
                attached = true;
            }
        }
        const qint64 typingMs = clock.elapsed();
        gui.kill(); // SIGKILL on Unix: no flush, no clean-up
        QVERIFY(gui.waitForFinished());
        stopGui.dismiss();

        const QJsonObject article = show(store, id);
        const QString saved = bodyOf(article);
        QVERIFY2(typed.startsWith(saved), qPrintable(QStringLiteral("saved “%1” is not what was typed").arg(saved)));
        const qsizetype lost = typed.size() - saved.size();
        const double msPerKey = double(typingMs) / typed.size();
        const qint64 lostMs = qRound64(lost * msPerKey);
        m_lostMs.append(lostMs);
        qInfo("run %d: typed %lld keys in %lld ms, %lld lost (~%lld ms of typing)", run,
              qint64(typed.size()), typingMs, qint64(lost), lostMs);
        QCOMPARE(article.value(QStringLiteral("byline")).toString(), QStringLiteral("记者 张三"));
        int photos = 0;
        for (const QJsonValue &block : article.value(QStringLiteral("blocks")).toArray())
            photos += block.toObject().value(QStringLiteral("type")).toString() == QLatin1String("image");
        QCOMPARE(photos, 1);
        QVERIFY2(lostMs <= 1000, qPrintable(QStringLiteral("lost %1 ms of typing").arg(lostMs)));
        QCOMPARE(test::runCli({QStringLiteral("check")}, store).code, 0);
    }

    void cleanupTestCase()
    {
        if (m_lostMs.isEmpty())
            return;
        std::sort(m_lostMs.begin(), m_lostMs.end());
        qInfo("soak: %lld runs, lost typing median %lld ms, worst %lld ms", qint64(m_lostMs.size()),
              m_lostMs.at(m_lostMs.size() / 2), m_lostMs.last());
    }
};

QTEST_GUILESS_MAIN(TstBlackboxTyping)
#include "tst_blackbox_typing.moc"
