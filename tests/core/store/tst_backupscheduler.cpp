#include "store/backup.h"
#include "store/backupscheduler.h"
#include "store/store.h"
#include "fixtures/testutil.h"
#include "fixtures/storefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;
using copydesk::test::damage;

// The automatic daily backup in the background: made when due, skipped when not, failures
// reported (never a new store, never a bad copy kept).
class TstBackupScheduler : public QObject
{
    Q_OBJECT

private:
    static bool fillStore(const QString &path, int count)
    {
        Store store;
        QString error;
        if (!store.open(path, &error) || !test::fillStore(&store, count, &error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }

    // Runs one check and returns its finished() arguments.
    static bool runOnce(BackupScheduler *scheduler, QString *made, QString *error)
    {
        QSignalSpy spy(scheduler, &BackupScheduler::finished);
        if (!scheduler->runNow() || !spy.wait(60000) || spy.size() != 1)
            return false;
        *made = spy.first().at(0).toString();
        *error = spy.first().at(1).toString();
        return true;
    }

private slots:
    void run_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("nominal: the first run makes a verified backup, the next is not due") << "due";
        QTest::newRow("robustness: the store file is gone") << "gone";
        QTest::newRow("robustness: the store is damaged") << "damaged";
    }

    void run()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.sqlite3"));
        if (kind != QLatin1String("gone"))
            QVERIFY(fillStore(path, 300));
        if (kind == QLatin1String("damaged"))
            QVERIFY(damage(path));

        BackupScheduler scheduler(path);
        QCOMPARE(scheduler.storePath(), path);
        QString made;
        QString error;
        QVERIFY(runOnce(&scheduler, &made, &error));
        QVERIFY(!scheduler.isRunning());
        if (kind == QLatin1String("due")) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(QFileInfo::exists(made));
            QCOMPARE(Backup::backupsOf(path), QStringList{made});
            QString problem;
            QVERIFY2(Backup::verify(made, &problem), qPrintable(problem));
            QVERIFY(runOnce(&scheduler, &made, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(made.isEmpty());
            QCOMPARE(Backup::backupsOf(path).size(), 1);
            return;
        }
        QVERIFY(made.isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QLatin1String("desk")), qPrintable(error));
        QVERIFY(Backup::backupsOf(path).isEmpty());
        QCOMPARE(QFileInfo::exists(path), kind == QLatin1String("damaged"));
    }

    void periodic_data()
    {
        QTest::addColumn<int>("intervalMs");
        QTest::newRow("nominal: checks at start and again after the interval") << 200;
    }

    void periodic()
    {
        QFETCH(int, intervalMs);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.sqlite3"));
        QVERIFY(fillStore(path, 10));
        BackupScheduler scheduler(path);
        QSignalSpy spy(&scheduler, &BackupScheduler::finished);
        scheduler.start(intervalMs);
        QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 2, 60000);
        scheduler.stop();
        scheduler.waitForFinished();
        QVERIFY(!spy.first().at(0).toString().isEmpty());
        QVERIFY(spy.at(1).at(0).toString().isEmpty()); // one backup a day
        QCOMPARE(Backup::backupsOf(path).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstBackupScheduler)
#include "tst_backupscheduler.moc"
