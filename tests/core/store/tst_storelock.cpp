#include "store/storelock.h"
#include "fixtures/storefiles.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace copydesk;
using copydesk::test::writeFile;

// One Copydesk per store: live holders are respected and named, dead holders' locks taken over.
class TstStoreLock : public QObject
{
    Q_OBJECT

private:
    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The pid of a process that has exited and been reaped.
    static qint64 deadPid()
    {
        QProcess shell;
        shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
        if (!shell.waitForFinished())
            return 0;
        return shell.readAllStandardOutput().trimmed().toLongLong();
    }

    static QByteArray lockContents(qint64 pid, const QString &application, const QString &host)
    {
        return QByteArray::number(pid) + '\n' + application.toUtf8() + '\n' + host.toUtf8() + '\n';
    }

    // Child mode of killedHolder: holds the lock until killed.
    [[noreturn]] static void holdUntilKilled(const QString &path)
    {
        StoreLock lock(path);
        QString error;
        if (!lock.tryLock(&error))
            qFatal("lock child: %s", qPrintable(error));
        std::printf("locked\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }

private slots:
    void initTestCase()
    {
        const QString childStore = qEnvironmentVariable("TST_STORELOCK_CHILD");
        if (!childStore.isEmpty())
            holdUntilKilled(childStore);
    }

    void secondLockFails_data()
    {
        QTest::addColumn<QString>("otherPath");
        QTest::newRow("nominal: the same path") << "s.sqlite3";
        QTest::newRow("robustness: the same store through . and .. segments")
            << "./sub/../s.sqlite3";
        QTest::newRow("robustness: the same store through a symbolic link") << "link.sqlite3";
        QTest::newRow("robustness: the same store through a linked folder")
            << "linkedFolder/s.sqlite3";
    }

    // A second lock on the same store fails naming this process; after unlock it succeeds.
    void secondLockFails()
    {
        QFETCH(QString, otherPath);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        QVERIFY(writeFile(path, {}));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        QVERIFY(QFile::link(path, dir.filePath(QStringLiteral("link.sqlite3"))));
        QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("linkedFolder"))));

        StoreLock first(path);
        QString error;
        QVERIFY2(first.tryLock(&error), qPrintable(error));
        QVERIFY(first.isLocked());
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
        QVERIFY2(first.tryLock(&error), qPrintable(error)); // already ours

        StoreLock second(dir.filePath(otherPath));
        QCOMPARE(StoreLock::lockFilePath(dir.filePath(otherPath)), StoreLock::lockFilePath(path));
        QVERIFY(!second.tryLock(&error));
        QVERIFY(!second.isLocked());
        const qint64 pid = QCoreApplication::applicationPid();
        QCOMPARE(second.holderPid(), pid);
        QCOMPARE(second.holderHost(), QSysInfo::machineHostName());
        QVERIFY2(error.contains(QString::number(pid)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("already open")), qPrintable(error));
        QVERIFY2(error.contains(QSysInfo::machineHostName()), qPrintable(error));

        first.unlock();
        QVERIFY(!first.isLocked());
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
        QVERIFY2(second.tryLock(&error), qPrintable(error));
        QVERIFY(second.isLocked());
        QVERIFY(!first.tryLock(&error));
    }

    void destructorReleases_data()
    {
        QTest::addColumn<bool>("storeExists");
        QTest::newRow("nominal: an existing store") << true;
        QTest::newRow("nominal: a store not created yet, in a folder not created yet") << false;
    }

    void destructorReleases()
    {
        QFETCH(bool, storeExists);
        QTemporaryDir dir;
        const QString path = storeExists ? dir.filePath(QStringLiteral("s.sqlite3"))
                                         : dir.filePath(QStringLiteral("new/folder/s.sqlite3"));
        if (storeExists)
            QVERIFY(writeFile(path, {}));
        QString error;
        {
            StoreLock lock(path);
            QVERIFY2(lock.tryLock(&error), qPrintable(error));
            QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
        QCOMPARE(QFileInfo::exists(path), storeExists); // the lock never creates the store
        StoreLock again(path);
        QVERIFY2(again.tryLock(&error), qPrintable(error));
    }

    void existingLockFiles_data()
    {
        QTest::addColumn<QString>("holder");
        QTest::addColumn<int>("ageSeconds");
        QTest::addColumn<bool>("takenOver");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("robustness: the lock of a process that is gone is taken over")
            << "dead" << 0 << true << "";
        QTest::newRow("robustness: a day-old lock of a process that is gone is taken over")
            << "dead" << 86400 << true << "";
        QTest::newRow("robustness: a lock whose pid now belongs to another program is taken over")
            << "reused" << 0 << true << "";
        QTest::newRow("robustness: an empty lock file left by a crash is taken over")
            << "empty" << 60 << true << "";
        QTest::newRow("robustness: a lock file being written right now is respected")
            << "empty" << 0 << false << "lock file";
        QTest::newRow("robustness: a garbage lock file left long ago is taken over")
            << "garbage" << 3600 << true << "";
        QTest::newRow("robustness: a day-old lock of a live process is respected")
            << "alive" << 86400 << false << "already open";
        QTest::newRow("robustness: a lock held on another computer is respected and named")
            << "otherHost" << 86400 << false << "newsroom-pc-2.invalid";
    }

    // Lock files found on disk: QLockFile's format is "pid\nappname\nhostname\n".
    void existingLockFiles()
    {
        QFETCH(QString, holder);
        QFETCH(int, ageSeconds);
        QFETCH(bool, takenOver);
        QFETCH(QString, expectedError);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        const QString lockPath = path + QStringLiteral(".lock");
        const QString host = QSysInfo::machineHostName();

        QProcess other;
        const auto stopOther = qScopeGuard([&other] {
            other.kill();
            other.waitForFinished();
        });
        QByteArray contents;
        if (holder == QLatin1String("dead")) {
            const qint64 pid = deadPid();
            QVERIFY(pid > 0);
            contents = lockContents(pid, QStringLiteral("tst_storelock"), host);
        } else if (holder == QLatin1String("reused")) {
            other.start(QStringLiteral("sleep"), {QStringLiteral("30")});
            QVERIFY(other.waitForStarted());
            contents = lockContents(other.processId(), QStringLiteral("copydesk"), host);
        } else if (holder == QLatin1String("alive")) {
            other.start(QStringLiteral("sleep"), {QStringLiteral("30")});
            QVERIFY(other.waitForStarted());
            contents = lockContents(other.processId(), QStringLiteral("sleep"), host);
        } else if (holder == QLatin1String("garbage")) {
            contents = QByteArrayLiteral("\xff\xfe not a lock file \x00\n");
        } else if (holder == QLatin1String("otherHost")) {
            contents = lockContents(4242, QStringLiteral("copydesk"),
                                    QStringLiteral("newsroom-pc-2.invalid"));
        }
        QVERIFY(writeFile(lockPath, contents));
        if (ageSeconds > 0) {
            QFile file(lockPath);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds),
                                     QFileDevice::FileModificationTime));
        }

        StoreLock lock(path);
        QString error;
        QCOMPARE(lock.tryLock(&error), takenOver);
        QCOMPARE(lock.isLocked(), takenOver);
        if (takenOver) {
            const QByteArray now = readFile(lockPath);
            QCOMPARE(now.left(now.indexOf('\n')),
                     QByteArray::number(QCoreApplication::applicationPid()));
        } else {
            QVERIFY2(error.contains(expectedError), qPrintable(error));
            QCOMPARE(readFile(lockPath), contents); // someone else's lock is left alone
            if (holder == QLatin1String("alive")) {
                QCOMPARE(lock.holderPid(), other.processId());
                QVERIFY2(error.contains(QString::number(other.processId())), qPrintable(error));
            }
            if (holder == QLatin1String("otherHost")) {
                QCOMPARE(lock.holderPid(), qint64(4242));
                QCOMPARE(lock.holderHost(), QStringLiteral("newsroom-pc-2.invalid"));
                QVERIFY2(error.contains(QStringLiteral("4242")), qPrintable(error));
                QVERIFY2(error.contains(QDir::toNativeSeparators(lockPath)), qPrintable(error));
            }
        }
    }

    void killedHolder_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("robustness: the holder is killed (SIGKILL)") << 9;
        QTest::newRow("robustness: the holder is terminated (SIGTERM)") << 15;
    }

    // A live holder in another process is respected and named; once it dies, its lock is free.
    void killedHolder()
    {
        QFETCH(int, signal);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TST_STORELOCK_CHILD"), path);
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Qt Test accepts only test function names; initTestCase() diverts to the child mode.
        // Without the crash handler, a signal kills the child silently and at once.
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("-nocrashhandler"), QStringLiteral("killedHolder")});
        QVERIFY(child.waitForStarted());
        const auto killChild = qScopeGuard([&child] {
            child.kill();
            child.waitForFinished();
        });
        QByteArray output;
        QDeadlineTimer deadline(20000);
        while (!output.contains("locked\n") && child.waitForReadyRead(int(deadline.remainingTime())))
            output += child.readAllStandardOutput();
        QVERIFY2(output.contains("locked\n"), output.constData());

        StoreLock lock(path);
        QString error;
        QVERIFY(!lock.tryLock(&error));
        QCOMPARE(lock.holderPid(), child.processId());
        QVERIFY2(error.contains(QString::number(child.processId())), qPrintable(error));

        if (signal == 9)
            child.kill();
        else
            child.terminate();
        QVERIFY(child.waitForFinished());
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock"))); // it died holding the lock
        QVERIFY2(lock.tryLock(&error), qPrintable(error));
        QCOMPARE(lock.holderPid(), qint64(0));
    }

    void unusableLocations_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("robustness: no store path") << "empty" << "no file was given";
        QTest::newRow("robustness: a folder sits where the lock file goes")
            << "folder" << "lock file";
        QTest::newRow("robustness: the store's folder cannot be created (a file is in the way)")
            << "fileAsFolder" << "cannot be created";
    }

    void unusableLocations()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, expectedError);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        if (scenario == QLatin1String("empty")) {
            path.clear();
        } else if (scenario == QLatin1String("folder")) {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("s.sqlite3.lock")));
        } else {
            QVERIFY(writeFile(dir.filePath(QStringLiteral("plain")), "x"));
            path = dir.filePath(QStringLiteral("plain/s.sqlite3"));
        }
        StoreLock lock(path);
        QString error;
        QVERIFY(!lock.tryLock(&error));
        QVERIFY(!lock.isLocked());
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        QCOMPARE(lock.holderPid(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TstStoreLock)
#include "tst_storelock.moc"
