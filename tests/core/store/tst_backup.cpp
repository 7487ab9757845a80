#include "store/backup.h"
#include "store/store.h"
#include "fixtures/testutil.h"
#include "fixtures/storefiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;
using copydesk::test::fileHash;
using copydesk::test::fillStore;
using copydesk::test::damage;

// Backups of a store: online copies, rotation, verification, and recovery of a damaged store.
class TstBackup : public QObject
{
    Q_OBJECT

private:
private slots:
    void backupNow_data()
    {
        QTest::addColumn<int>("articles");
        QTest::newRow("nominal: a store with 300 articles, written to while it is copied") << 300;
    }

    void backupNow()
    {
        QFETCH(int, articles);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.sqlite3"));
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY2(fillStore(&store, articles, &error), qPrintable(error));
        // A second connection (the autosaver's) keeps a write pending in its WAL meanwhile.
        Store writer;
        QVERIFY2(writer.open(path, &error), qPrintable(error));
        Article late = Article::create(QStringLiteral("最后一篇"));
        QVERIFY2(writer.insertArticle(&late, &error), qPrintable(error));

        QString made;
        QVERIFY2(Backup::backupNow(store, QString(), &made, &error), qPrintable(error));
        QCOMPARE(QFileInfo(made).absolutePath(), QFileInfo(Backup::folderFor(path)).absoluteFilePath());
        QVERIFY2(Backup::verify(made, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(made + QStringLiteral("-wal")));
        Store copy;
        QVERIFY2(copy.open(made, &error), qPrintable(error));
        QCOMPARE(copy.listArticles(&error).size(), articles + 1);
        copy.close();
        // backupTo() never overwrites.
        QVERIFY(!store.backupTo(made, &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    }

    void rotation_data()
    {
        QTest::addColumn<int>("backups");
        QTest::newRow("nominal: nine backups keep the newest seven") << 9;
    }

    void rotation()
    {
        QFETCH(int, backups);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.sqlite3"));
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QStringList made;
        for (int i = 0; i < backups; ++i) {
            QString file;
            QVERIFY2(Backup::backupNow(store, QString(), &file, &error), qPrintable(error));
            made.prepend(file);
        }
        QCOMPARE(Backup::backupsOf(path), made.mid(0, Backup::Keep));
        // Another store's backups in the same folder are left alone.
        const QString other = dir.filePath(QStringLiteral("other.sqlite3"));
        Store second;
        QVERIFY2(second.open(other, &error), qPrintable(error));
        QVERIFY2(Backup::backupNow(second, QStringLiteral("manual"), nullptr, &error), qPrintable(error));
        QCOMPARE(Backup::backupsOf(path).size(), Backup::Keep);
        QCOMPARE(Backup::backupsOf(other).size(), 1);
    }

    void backupIfDue_data()
    {
        QTest::addColumn<bool>("oldBackup");
        QTest::newRow("nominal: no backup yet") << false;
        QTest::newRow("nominal: the newest backup is two days old") << true;
    }

    void backupIfDue()
    {
        QFETCH(bool, oldBackup);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.sqlite3"));
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        if (oldBackup) {
            QString file;
            QVERIFY2(Backup::backupNow(store, QString(), &file, &error), qPrintable(error));
            const QString stamp = QDateTime::currentDateTimeUtc().addDays(-2).toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
            QVERIFY(QFile::rename(file, QDir(Backup::folderFor(path)).filePath(QStringLiteral("desk-%1.sqlite3").arg(stamp))));
        }
        QString made;
        QVERIFY2(Backup::backupIfDue(store, &made, &error), qPrintable(error));
        QVERIFY(!made.isEmpty());
        QVERIFY2(Backup::backupIfDue(store, &made, &error), qPrintable(error));
        QVERIFY(made.isEmpty()); // not due again the same day
        QCOMPARE(Backup::backupsOf(path).size(), oldBackup ? 2 : 1);
    }

    void recoverDamagedStore_data()
    {
        QTest::addColumn<bool>("newestBackupDamaged");
        QTest::newRow("robustness: bytes flipped in the store") << false;
        QTest::newRow("robustness: the newest backup is damaged too") << true;
    }

    // A damaged store is refused with a distinguishable problem; the newest good backup takes its
    // place while the damaged file is kept, byte for byte, beside it.
    void recoverDamagedStore()
    {
        QFETCH(bool, newestBackupDamaged);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.sqlite3"));
        QString good;
        {
            Store store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY2(fillStore(&store, 300, &error), qPrintable(error));
            QVERIFY2(Backup::backupNow(store, QString(), &good, &error), qPrintable(error));
            Article extra = Article::create(QStringLiteral("备份之后"));
            QVERIFY2(store.insertArticle(&extra, &error), qPrintable(error));
            if (newestBackupDamaged) {
                QString bad;
                QVERIFY2(Backup::backupNow(store, QString(), &bad, &error), qPrintable(error));
                QVERIFY(damage(bad));
            }
        }
        QVERIFY(damage(path));
        const QByteArray damagedHash = fileHash(path);

        Store store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QCOMPARE(store.lastOpenProblem(), Store::OpenProblem::Damaged);
        QCOMPARE(fileHash(path), damagedHash);

        const QString backup = Backup::newestGoodBackup(path);
        QCOMPARE(backup, good);
        QString aside;
        QVERIFY2(Backup::restore(backup, path, &aside, &error), qPrintable(error));
        QVERIFY(aside.startsWith(path + QStringLiteral(".damaged-")));
        QCOMPARE(fileHash(aside), damagedHash);
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.listArticles(&error).size(), 300);
    }

    void restoreRefuses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("robustness: a backup that is not a store") << "text";
        QTest::newRow("robustness: a damaged backup") << "damaged";
        QTest::newRow("robustness: a missing backup") << "missing";
    }

    // A bad backup is refused and the store stays exactly where and as it was.
    void restoreRefuses()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.sqlite3"));
        QString backup = dir.filePath(QStringLiteral("backup.sqlite3"));
        {
            Store store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY2(fillStore(&store, 300, &error), qPrintable(error));
            if (kind == QLatin1String("damaged")) {
                QVERIFY2(store.backupTo(backup, &error), qPrintable(error));
                QVERIFY(damage(backup));
            }
        }
        if (kind == QLatin1String("text")) {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(test::sampleArticleText().toUtf8());
        }
        const QByteArray before = fileHash(path);
        QString aside;
        QString error;
        QVERIFY(!Backup::restore(backup, path, &aside, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(aside.isEmpty());
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}, QDir::Files).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstBackup)
#include "tst_backup.moc"
