#include "store/autosaver.h"
#include "store/store.h"
#include "store/storelock.h"
#include "store/storeopener.h"
#include "fixtures/testutil.h"
#include "fixtures/storefiles.h"
#include "fixtures/writelock.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace copydesk;
using copydesk::test::createStore;

// Continuous autosave: coalescing, flushing, signals, failures, crash loss and write latency.
class TstAutosaver : public QObject
{
    Q_OBJECT

private:
    // A kill -9 may lose the edits of the last second; the slack absorbs scheduling noise on a
    // busy machine (the measured loss is printed).
    static constexpr qint64 CrashLossLimitMs = 1000 + 300;

    // About 20,000 characters: the shared sample article repeated, as paragraphs.
    static Article bigArticle()
    {
        Article article = Article::create(QStringLiteral("大箐乡妇联"));
        const QStringList lines =
            test::sampleArticleText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        int characters = 0;
        for (int i = 0; characters < 20000; ++i) {
            const QString &line = lines.at(i % lines.size());
            article.blocks.append(Block::paragraph(line));
            characters += int(line.size());
        }
        article.blocks.append(Block::paragraph(QStringLiteral("edit -1")));
        return article;
    }

    static Article edited(Article article, int n)
    {
        article.title = QStringLiteral("edit %1").arg(n);
        if (article.blocks.isEmpty())
            article.blocks.append(Block::paragraph(QString()));
        article.blocks.last() = Block::paragraph(QStringLiteral("edit %1").arg(n));
        return article;
    }

    // Reads back through a connection of its own, as another part of the program would.
    static Article stored(const QString &path, qint64 id)
    {
        Store store;
        QString error;
        Article article;
        if (!store.open(path, &error) || !store.loadArticle(id, &article, &error))
            qWarning() << error;
        return article;
    }

    // A new store holding articles (their ids set), and saver started on it writing only when
    // told (saveNow, flush): its delays are a minute.
    static bool startWritingWhenTold(Autosaver *saver, const QString &path, QList<Article> *articles,
                                     QString *error)
    {
        if (!createStore(path, articles) || !saver->start(path, error))
            return false;
        saver->setDelay(60000);
        saver->setMaxDelay(60000);
        return true;
    }

    static void waitUntilWritten(Autosaver *saver)
    {
        QDeadlineTimer deadline(10000);
        while (saver->hasPending() && !deadline.hasExpired())
            QTest::qWait(10);
        // The signals of the finished writes are queued by now.
        QCoreApplication::processEvents();
    }

    // How many articles wait for the search index (SearchIndex::markPending), read raw.
    static qint64 markedForIndex(const QString &path)
    {
        sqlite3 *db = nullptr;
        qint64 count = -1;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
            && sqlite3_prepare_v2(db, "SELECT count(*) FROM search_pending", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            count = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return count;
    }

    static qint64 percentile(QList<qint64> values, double p)
    {
        std::sort(values.begin(), values.end());
        return values.at(qMin(int(values.size()) - 1, int(p * values.size())));
    }

    // Child mode of crashLosesAtMostASecond: locks the store and types every 50 ms until killed,
    // printing each scheduled edit with the time it was scheduled.
    [[noreturn]] static void typeUntilKilled(const QString &path)
    {
        StoreLock lock(path);
        Autosaver saver;
        QString error;
        Article article;
        {
            Store store;
            if (!store.open(path, &error) || !store.loadArticle(1, &article, &error))
                qFatal("autosave child: %s", qPrintable(error));
        }
        if (!lock.tryLock(&error) || !saver.start(path, &error))
            qFatal("autosave child: %s", qPrintable(error));
        QObject::connect(&saver, &Autosaver::failed, [](qint64, const QString &why) {
            qFatal("autosave child: %s", qPrintable(why));
        });
        int n = 0;
        QTimer typing;
        QObject::connect(&typing, &QTimer::timeout, [&] {
            saver.schedule(edited(article, n));
            std::printf("edit %d\t%lld\n", n, QDateTime::currentMSecsSinceEpoch());
            std::fflush(stdout);
            ++n;
        });
        typing.start(50);
        std::printf("typing\n");
        std::fflush(stdout);
        QEventLoop loop;
        std::exit(loop.exec());
    }

private slots:
    void initTestCase()
    {
        const QString childStore = qEnvironmentVariable("TST_AUTOSAVER_CHILD");
        if (!childStore.isEmpty())
            typeUntilKilled(childStore);
    }

    void coalescesBursts_data()
    {
        QTest::addColumn<int>("edits");
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<int>("articles");
        QTest::addColumn<int>("maxWrites");
        QTest::newRow("nominal: 50 edits in one burst are written once, the last wins")
            << 50 << 0 << 1 << 1;
        QTest::newRow("nominal: pauses of 200 ms between edits do not trigger a write")
            << 3 << 200 << 1 << 1;
        QTest::newRow("robustness: two articles edited alternately each keep their newest edit")
            << 40 << 0 << 2 << 2;
    }

    // Bursts of edits become one or few writes, and the newest snapshot of each article wins.
    void coalescesBursts()
    {
        QFETCH(int, edits);
        QFETCH(int, intervalMs);
        QFETCH(int, articles);
        QFETCH(int, maxWrites);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        QList<Article> originals;
        for (int i = 0; i < articles; ++i)
            originals.append(Article::create(QStringLiteral("original %1").arg(i)));
        QVERIFY(createStore(path, &originals));

        Autosaver saver;
        QString error;
        QVERIFY2(saver.start(path, &error), qPrintable(error));
        QSignalSpy saved(&saver, &Autosaver::saved);
        QSignalSpy failed(&saver, &Autosaver::failed);
        for (int i = 0; i < edits; ++i) {
            Article article = originals.at(i % articles);
            article.title = QStringLiteral("edit %1").arg(i);
            saver.schedule(article);
            if (intervalMs > 0 && i < edits - 1)
                QTest::qWait(intervalMs);
        }
        QVERIFY(saver.hasPending());
        waitUntilWritten(&saver);
        QVERIFY(!saver.hasPending());
        QCOMPARE(failed.count(), 0);
        QVERIFY2(saved.count() >= articles && saved.count() <= maxWrites,
                 qPrintable(QString::number(saved.count())));
        for (int a = 0; a < articles; ++a) {
            const int newest = edits - articles + a;
            QCOMPARE(stored(path, originals.at(a).id).title, QStringLiteral("edit %1").arg(newest));
        }
    }

    void continuousTypingIsSaved_data()
    {
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<int>("durationMs");
        QTest::newRow("nominal: typing every 50 ms for 2 s is saved while typing") << 50 << 2000;
        QTest::newRow("robustness: typing every 5 ms for 1.5 s is saved while typing") << 5 << 1500;
    }

    // The idle timer alone would never fire while someone keeps typing; the maximum delay makes
    // sure the store is never more than about a second behind.
    void continuousTypingIsSaved()
    {
        QFETCH(int, intervalMs);
        QFETCH(int, durationMs);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        QList<Article> originals{Article::create(QStringLiteral("original"))};
        QVERIFY(createStore(path, &originals));

        Autosaver saver;
        QString error;
        QVERIFY2(saver.start(path, &error), qPrintable(error));
        QSignalSpy saved(&saver, &Autosaver::saved);
        QElapsedTimer clock;
        clock.start();
        int n = 0;
        while (clock.elapsed() < durationMs) {
            saver.schedule(edited(originals.first(), n++));
            QTest::qWait(intervalMs);
        }
        const int writesWhileTyping = int(saved.count());
        QVERIFY2(writesWhileTyping >= durationMs / saver.maxDelay() - 1,
                 qPrintable(QString::number(writesWhileTyping)));
        QVERIFY2(writesWhileTyping < n / 4, qPrintable(QString::number(writesWhileTyping)));
        QVERIFY2(saver.flush(&error), qPrintable(error));
        QCOMPARE(stored(path, originals.first().id).title, QStringLiteral("edit %1").arg(n - 1));
    }

    void flushWritesNow_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("nominal: flush right after an edit, with a one-minute delay")
            << "afterEdit";
        QTest::newRow("nominal: flush with nothing pending") << "nothingPending";
        QTest::newRow("robustness: flush while a timed write is under way") << "duringWrite";
        QTest::newRow("robustness: flush twice in a row") << "twice";
    }

    // flush() writes at once and returns only when the snapshot is in the store.
    void flushWritesNow()
    {
        QFETCH(QString, scenario);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        QList<Article> originals{bigArticle()};
        QVERIFY(createStore(path, &originals));

        Autosaver saver;
        QString error;
        QVERIFY2(saver.start(path, &error), qPrintable(error));
        QSignalSpy saved(&saver, &Autosaver::saved);
        saver.setDelay(60000);
        saver.setMaxDelay(60000);
        int last = -1;
        if (scenario == QLatin1String("duringWrite")) {
            saver.setDelay(0);
            saver.setMaxDelay(0);
            for (int i = 0; i < 20; ++i) {
                saver.schedule(edited(originals.first(), ++last));
                QTest::qWait(1); // lets the timer hand some of them to the worker
            }
        } else if (scenario != QLatin1String("nothingPending")) {
            saver.schedule(edited(originals.first(), ++last));
        }
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(saver.flush(&error), qPrintable(error));
        if (scenario == QLatin1String("twice"))
            QVERIFY2(saver.flush(&error), qPrintable(error));
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY(!saver.hasPending());
        const Article after = stored(path, originals.first().id);
        if (last < 0) {
            QCOMPARE(after, originals.first());
        } else {
            Article expected = edited(originals.first(), last);
            expected.updated = after.updated;
            QCOMPARE(after, expected);
        }
        QCoreApplication::processEvents();
        QCOMPARE(saved.isEmpty(), last < 0);
    }

    void theOwnerNeverWaits_data()
    {
        QTest::addColumn<QString>("call");
        QTest::newRow("nominal: waitUntilWritten while another connection holds the write lock")
            << "waitUntilWritten";
        QTest::newRow("nominal: whenWritten returns at once and answers after the write")
            << "whenWritten";
        QTest::newRow("nominal: saveNow returns at once; the write follows") << "saveNow";
    }

    // The worker is held in a slow save (another connection holds the store's write lock, and
    // only a timer on this thread lets it go): the owner's thread keeps running its events
    // meanwhile. A blocking wait would hold the lock until the save failed on the busy timeout.
    void theOwnerNeverWaits()
    {
        QFETCH(QString, call);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        QList<Article> originals{bigArticle()};
        Autosaver saver;
        QString error;
        QVERIFY2(startWritingWhenTold(&saver, path, &originals, &error), qPrintable(error));
        QSignalSpy saved(&saver, &Autosaver::saved);

        test::WriteLock lock(path);
        QVERIFY(lock.held());
        constexpr int HoldMs = 400;
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        bool released = false;
        QTimer::singleShot(HoldMs, this, [&] {
            released = lock.release();
        });

        saver.schedule(edited(originals.first(), 1));
        QElapsedTimer clock;
        clock.start();
        if (call == QLatin1String("waitUntilWritten")) {
            QVERIFY2(saver.waitUntilWritten(&error), qPrintable(error));
            QVERIFY(released);
            // Delivered before it returned.
            QCOMPARE(saved.count(), 1);
        } else {
            bool answered = false;
            bool ok = false;
            if (call == QLatin1String("whenWritten")) {
                saver.whenWritten(this, [&](bool written, const QString &) {
                    answered = true;
                    ok = written;
                    QCOMPARE(saved.count(), 1); // the pass's signals come first
                });
            } else {
                saver.saveNow();
            }
            QVERIFY2(clock.elapsed() < HoldMs / 4, qPrintable(QString::number(clock.elapsed())));
            QVERIFY(saver.hasPending());
            if (call == QLatin1String("whenWritten")) {
                QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
                QVERIFY(ok);
            }
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
            QVERIFY(released);
        }
        qInfo("held %d ms: %d ticks of a 10 ms timer ran while waiting %lld ms", HoldMs, ticks,
              clock.elapsed());
        QVERIFY2(ticks >= HoldMs / 10 / 4, qPrintable(QString::number(ticks)));
        QCOMPARE(stored(path, originals.first().id).title, QStringLiteral("edit 1"));
    }

    // robustness: the worker takes the whole batch at once; while it is held on the first
    // article's commit, every other article of the batch is still pending (a window switching
    // back to one would otherwise read the store's older text), and keeps its base.
    void everyArticleOfABatchStaysPending()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        QList<Article> originals{bigArticle(), bigArticle(), bigArticle()};
        Autosaver saver;
        QString error;
        QVERIFY2(startWritingWhenTold(&saver, path, &originals, &error), qPrintable(error));
        for (const Article &original : std::as_const(originals))
            saver.setBase(original);
        QSignalSpy saved(&saver, &Autosaver::saved);
        QSignalSpy changedElsewhere(&saver, &Autosaver::changedElsewhere);

        test::WriteLock lock(path);
        QVERIFY(lock.held());
        for (const Article &original : std::as_const(originals))
            saver.schedule(edited(original, 7));
        saver.saveNow();
        QSignalSpy saving(&saver, &Autosaver::saving);
        QTRY_VERIFY(saving.count() >= 1); // the worker holds the batch, waiting on the lock
        for (const Article &original : std::as_const(originals)) {
            QVERIFY2(saver.hasPending(original.id), qPrintable(QString::number(original.id)));
            saver.setBase(originals.first()); // forgets only the bases with nothing left to write
        }
        QVERIFY(lock.release());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), int(originals.size()), 10000);
        QCOMPARE(changedElsewhere.count(), 0);
        QVERIFY(!saver.hasPending());
        for (const Article &original : std::as_const(originals))
            QCOMPARE(stored(path, original.id).title, QStringLiteral("edit 7"));
    }

    // The waiting call still reports a refused write, and keeps it.
    void waitUntilWrittenReportsFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        QList<Article> none;
        QVERIFY(createStore(path, &none));
        Autosaver saver;
        QString error;
        QVERIFY2(saver.start(path, &error), qPrintable(error));
        saver.setDelay(60000);
        Article article = Article::create(QStringLiteral("kept"));
        article.id = 1;
        saver.schedule(article);
        QVERIFY(!saver.waitUntilWritten(&error));
        QVERIFY2(error.contains(QLatin1String("There is no article 1")), qPrintable(error));
        QVERIFY(saver.hasPending(1));
        QList<Article> one{Article::create(QStringLiteral("placeholder"))};
        QVERIFY(createStore(path, &one));
        QVERIFY2(saver.waitUntilWritten(&error), qPrintable(error));
        QCOMPARE(stored(path, 1).title, QStringLiteral("kept"));
    }

    void integrityCheckAfterOpening_data()
    {
        QTest::addColumn<bool>("damage");
        QTest::newRow("nominal: a sound store opens and passes the later check") << false;
        QTest::newRow("robustness: damaged pages open, and the later check reports them") << true;
    }

    // Start-up opens both connections without the quick_check and runs it on the worker once
    // the window is up; a damaged store is still told (the start-up then offers a backup).
    void integrityCheckAfterOpening()
    {
        QFETCH(bool, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        QList<Article> originals;
        for (int i = 0; i < 8; ++i)
            originals.append(bigArticle());
        QVERIFY(createStore(path, &originals));
        if (damage) {
            // The start of several b-tree pages in the middle of the file.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 40 * 4096);
            const qint64 pages = file.size() / 4096;
            for (qint64 page = pages / 2; page < pages / 2 + 8; ++page) {
                QVERIFY(file.seek(page * 4096));
                QCOMPARE(file.write(QByteArray(16, '\xA5')), 16);
            }
        }
        StoreOpener::deferIntegrityCheck(path);
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        Autosaver saver;
        QVERIFY2(saver.start(path, &error), qPrintable(error));
        QSignalSpy damaged(&saver, &Autosaver::damaged);
        saver.checkIntegrity();
        bool answered = false;
        saver.whenWritten(this, [&answered](bool, const QString &) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QCOMPARE(damaged.count(), damage ? 1 : 0);
        if (damage) {
            const QString why = damaged.first().at(0).toString();
            QVERIFY2(why.contains(QLatin1String("damaged")), qPrintable(why));
            // The check is no longer deferred: an open runs it again.
            Store checkedAtOpen;
            QVERIFY(!checkedAtOpen.open(path, &error));
            QCOMPARE(checkedAtOpen.lastOpenProblem(), Store::OpenProblem::Damaged);
        } else {
            QVERIFY2(StoreOpener::checkDeferred(path, &error), qPrintable(error));
        }
    }

    void indexFollowsTheCommit_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("nominal: a word typed into a 20k-character article") << QStringLiteral("琉璃瓦当");
    }

    // The save commits with a mark only; the worker then indexes the article on its own, and a
    // search from another connection finds the new text before and after that.
    void indexFollowsTheCommit()
    {
        QFETCH(QString, word);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        QList<Article> originals{bigArticle()};
        QVERIFY(createStore(path, &originals));
        Store reader;
        QString error;
        QVERIFY2(reader.openReadOnly(path, &error), qPrintable(error));
        const auto found = [&reader](const QString &query) {
            QList<SearchHit> hits;
            qint64 total = -1;
            QString why;
            if (!reader.search(query, 0, 10, &hits, &total, &why))
                qWarning() << why;
            return total == hits.size() ? total : -1;
        };

        Autosaver saver;
        QVERIFY2(saver.start(path, &error), qPrintable(error));
        Article article = originals.first();
        article.blocks.last() = Block::paragraph(QString(QStringLiteral("新写的") + word));
        saver.schedule(article);
        QVERIFY2(saver.flush(&error), qPrintable(error));
        QCOMPARE(found(word), qint64(1));
        // The catch-up waits for saves to pause (Autosaver::IndexPauseMs), then comes by itself.
        QCOMPARE(markedForIndex(path), qint64(1));
        QTRY_COMPARE_WITH_TIMEOUT(markedForIndex(path), qint64(0), Autosaver::IndexPauseMs + 5000);
        QCOMPARE(found(word), qint64(1));
        QCOMPARE(found(QStringLiteral("edit -1")), qint64(0));
    }

    void destructorFlushes_data()
    {
        QTest::addColumn<bool>("writeUnderWay");
        QTest::newRow("nominal: destroyed with an edit waiting for its delay") << false;
        QTest::newRow("robustness: destroyed while a timed write is under way") << true;
    }

    // Closing (destroying the autosaver) never loses the last edit.
    void destructorFlushes()
    {
        QFETCH(bool, writeUnderWay);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        QList<Article> originals{bigArticle()};
        QVERIFY(createStore(path, &originals));
        {
            Autosaver saver;
            QString error;
            QVERIFY2(saver.start(path, &error), qPrintable(error));
            saver.setDelay(writeUnderWay ? 0 : 60000);
            saver.schedule(edited(originals.first(), 1));
            if (writeUnderWay) {
                QTest::qWait(2);
                saver.schedule(edited(originals.first(), 2));
            }
        }
        const Article after = stored(path, originals.first().id);
        QCOMPARE(after.title, QStringLiteral("edit %1").arg(writeUnderWay ? 2 : 1));
        Article expected = edited(originals.first(), writeUnderWay ? 2 : 1);
        expected.updated = after.updated;
        QCOMPARE(after, expected);
    }

    void savedCarriesStoredTimestamp_data()
    {
        QTest::addColumn<int>("saves");
        QTest::newRow("nominal: one save") << 1;
        QTest::newRow("nominal: consecutive saves carry advancing timestamps") << 3;
    }

    // saved() reports the timestamp the store holds, on the owner's thread, after saving().
    void savedCarriesStoredTimestamp()
    {
        QFETCH(int, saves);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        QList<Article> originals{Article::create(QStringLiteral("original"))};
        QVERIFY(createStore(path, &originals));
        const qint64 id = originals.first().id;

        Autosaver saver;
        QString error;
        QVERIFY2(saver.start(path, &error), qPrintable(error));
        QStringList order;
        QList<QDateTime> stamps;
        bool onOwnerThread = true;
        connect(&saver, &Autosaver::saving, this, [&](qint64 savingId) {
            onOwnerThread = onOwnerThread && QThread::currentThread() == thread();
            order.append(QStringLiteral("saving %1").arg(savingId));
        });
        connect(&saver, &Autosaver::saved, this, [&](qint64 savedId, const QDateTime &updated) {
            onOwnerThread = onOwnerThread && QThread::currentThread() == thread();
            order.append(QStringLiteral("saved %1").arg(savedId));
            stamps.append(updated);
        });
        QDateTime previous = originals.first().updated;
        for (int i = 0; i < saves; ++i) {
            QTest::qWait(3); // timestamps have millisecond precision
            saver.schedule(edited(originals.first(), i));
            QTRY_COMPARE_WITH_TIMEOUT(stamps.size(), i + 1, 10000);
            const Article after = stored(path, id);
            QCOMPARE(after.title, QStringLiteral("edit %1").arg(i));
            QCOMPARE(stamps.last(), after.updated);
            QCOMPARE(stamps.last().timeSpec(), Qt::UTC);
            QVERIFY(stamps.last() > previous);
            previous = stamps.last();
        }
        QVERIFY(onOwnerThread);
        QStringList expected;
        for (int i = 0; i < saves; ++i)
            expected << QStringLiteral("saving %1").arg(id) << QStringLiteral("saved %1").arg(id);
        QCOMPARE(order, expected);
        Store store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.listArticles(&error).first().updated, stamps.last());
    }

    void failedWriteStaysPending_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("robustness: an article that is not in the store, retried by flush")
            << "missing" << "There is no article 1";
        QTest::newRow("robustness: an article that is not in the store, retried by a later edit")
            << "missingRetriedBySchedule" << "There is no article 1";
        QTest::newRow("robustness: the autosaver was never started") << "notStarted"
                                                                      << "No store is open";
        QTest::newRow("robustness: an article never inserted (id 0) fails at once")
            << "unsaved" << "not in the store yet";
    }

    // A failed write is reported and kept, and goes through once the cause is gone.
    void failedWriteStaysPending()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, expectedError);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        QList<Article> none;
        QVERIFY(createStore(path, &none));

        Autosaver saver;
        QString error;
        if (scenario != QLatin1String("notStarted"))
            QVERIFY2(saver.start(path, &error), qPrintable(error));
        QSignalSpy saved(&saver, &Autosaver::saved);
        QSignalSpy failed(&saver, &Autosaver::failed);
        Article article = Article::create(QStringLiteral("lost?"));
        article.id = scenario == QLatin1String("unsaved") ? 0 : 1;
        saver.setDelay(0);
        saver.schedule(article);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.first().at(0).toLongLong(), article.id);
        QVERIFY2(failed.first().at(1).toString().contains(expectedError),
                 qPrintable(failed.first().at(1).toString()));
        if (scenario == QLatin1String("unsaved")) {
            QVERIFY(!saver.hasPending());
            QVERIFY(saver.flush(&error));
            return;
        }
        QVERIFY(saver.hasPending());
        error.clear();
        QVERIFY(!saver.flush(&error));
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        QVERIFY(saver.hasPending());
        QCoreApplication::processEvents();
        QCOMPARE(failed.count(), 2);
        QCOMPARE(saved.count(), 0);

        // Remove the cause; the kept snapshot is written on the next occasion.
        if (scenario == QLatin1String("notStarted")) {
            QList<Article> one{Article::create(QStringLiteral("placeholder"))};
            QVERIFY(createStore(path, &one));
            QVERIFY2(saver.start(path, &error), qPrintable(error));
        } else {
            QList<Article> one{Article::create(QStringLiteral("placeholder"))};
            QVERIFY(createStore(path, &one));
            QCOMPARE(one.first().id, article.id);
        }
        if (scenario == QLatin1String("missingRetriedBySchedule")) {
            QList<Article> other{Article::create(QStringLiteral("other"))};
            QVERIFY(createStore(path, &other));
            saver.schedule(edited(other.first(), 7));
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 10000);
            QCOMPARE(stored(path, other.first().id).title, QStringLiteral("edit 7"));
        } else {
            QVERIFY2(saver.flush(&error), qPrintable(error));
        }
        QVERIFY(!saver.hasPending());
        QCOMPARE(stored(path, article.id).title, QStringLiteral("lost?"));
    }

    void photosGoBeforeTheirArticle_data()
    {
        QTest::addColumn<bool>("startLate");
        QTest::newRow("nominal: photo and article written in one pass") << false;
        QTest::newRow("robustness: refused while no store is open, kept and written later") << true;
    }

    // A photo queued with its article is in the store before (or with) the article showing it;
    // while the store refuses, both wait and neither is dropped.
    void photosGoBeforeTheirArticle()
    {
        QFETCH(bool, startLate);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sqlite3"));
        QList<Article> articles{Article::create(QStringLiteral("photo story"))};
        QVERIFY(createStore(path, &articles));
        const QByteArray bytes = test::encode(test::makePhoto(320, 240, 9), "png");
        const DecodedImage photo = test::decodedImage(bytes, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                                                      QStringLiteral("image/png"), 320, 240);
        Article article = articles.first();
        article.blocks.append(Block::image(photo.sha256, 320, 240, QStringLiteral("会场")));

        Autosaver saver;
        QString error;
        if (!startLate)
            QVERIFY2(saver.start(path, &error), qPrintable(error));
        QSignalSpy failed(&saver, &Autosaver::failed);
        saver.setDelay(0);
        saver.queueMedia({photo});
        saver.schedule(article);
        QVERIFY(saver.hasPending());
        if (startLate) {
            QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
            QCOMPARE(failed.first().at(0).toLongLong(), 0); // the photos, not an article
            QVERIFY(saver.hasPending());
            QVERIFY2(saver.start(path, &error), qPrintable(error));
        }
        QVERIFY2(saver.flush(&error), qPrintable(error));
        QVERIFY(!saver.hasPending());
        Store reader;
        QVERIFY2(reader.open(path, &error), qPrintable(error));
        QVERIFY(reader.hasMedia(photo.sha256));
        QCOMPARE(reader.mediaBytes(photo.sha256, &error), bytes);
        QCOMPARE(stored(path, article.id).imageCount(), 1);
    }

    // A desk opens hundreds of articles a day: the autosaver keeps the base of the open one (and
    // of those still being written), not of every article ever opened.
    void basesOfClosedArticlesAreForgotten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.sqlite3"));
        QList<Article> articles;
        for (int i = 0; i < 50; ++i)
            articles.append(Article::create(QStringLiteral("article %1").arg(i)));
        QVERIFY(createStore(path, &articles));
        Autosaver saver;
        QString error;
        QVERIFY2(saver.start(path, &error), qPrintable(error));
        saver.setDelay(60000);
        saver.setMaxDelay(60000);
        saver.setBase(articles.at(0));
        saver.schedule(edited(articles.at(0), 1)); // still pending when the next one opens
        for (const Article &article : std::as_const(articles).mid(1)) {
            saver.setBase(article);
            saver.schedule(edited(article, 2));
            QVERIFY2(saver.flush(&error), qPrintable(error));
        }
        QCOMPARE(saver.baseCount(), 1);
        QCOMPARE(stored(path, articles.at(0).id).title, QStringLiteral("edit 1"));
    }

    void startFailures_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("robustness: a file that is not a store") << "notAStore"
                                                                << "not an SQLite database";
        QTest::newRow("robustness: started twice") << "twice" << "already writes";
    }

    void startFailures()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, expectedError);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        Autosaver saver;
        QString error;
        if (scenario == QLatin1String("notAStore")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(test::sampleArticleText().toUtf8());
        } else {
            QVERIFY2(saver.start(path, &error), qPrintable(error));
        }
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(!saver.start(path, &error));
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        if (scenario == QLatin1String("notAStore")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), before);
        }
    }

    void startInBackground_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("nominal: an edit handed over before the open is written after it") << QStringLiteral("store");
        QTest::newRow("robustness: a file that is no store: failed(0), the edit kept, the file untouched")
                << QStringLiteral("notAStore");
        QTest::newRow("robustness: a folder in the store's place, then the store: the retry opens it and writes")
                << QStringLiteral("later");
    }

    // The window's start-up: the autosaver's connection opens on its worker while the window
    // is built, and nothing handed over meanwhile is lost, whether or not the open succeeds.
    void startInBackground()
    {
        QFETCH(QString, scenario);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        const QString later = dir.filePath(QStringLiteral("later.sqlite3"));
        QList<Article> originals{Article::create(QStringLiteral("original"))};
        QVERIFY(createStore(scenario == QLatin1String("later") ? later : path, &originals));
        if (scenario == QLatin1String("later"))
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("s.sqlite3")));
        if (scenario == QLatin1String("notAStore")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(test::sampleArticleText().toUtf8());
        }
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();

        Autosaver saver;
        QSignalSpy saved(&saver, &Autosaver::saved);
        QSignalSpy failed(&saver, &Autosaver::failed);
        saver.startInBackground(path);
        saver.schedule(edited(originals.first(), 1));
        saver.saveNow();
        if (scenario == QLatin1String("store")) {
            QTRY_COMPARE(saved.count(), 1);
            QCOMPARE(failed.count(), 0);
            QCOMPARE(stored(path, originals.first().id).title, QStringLiteral("edit 1"));
            return;
        }
        QTRY_VERIFY(failed.count() >= 1);
        QCOMPARE(failed.first().at(0).toLongLong(), qint64(0));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QVERIFY(saver.hasPending(originals.first().id));
        QCOMPARE(saved.count(), 0);
        if (scenario == QLatin1String("notAStore")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), before);
            return;
        }
        // The store is put in place: the next try (RetryIntervalMs) opens it and writes.
        QVERIFY(QDir(dir.path()).rmdir(QStringLiteral("s.sqlite3")));
        QVERIFY(QFile::rename(later, path));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Autosaver::RetryIntervalMs * 3);
        QVERIFY(!saver.hasPending());
        QCOMPARE(stored(path, originals.first().id).title, QStringLiteral("edit 1"));
    }

    void crashLosesAtMostASecond_data()
    {
        QTest::addColumn<int>("typingMs");
        QTest::newRow("robustness: killed (SIGKILL) after 2.5 s of typing every 50 ms") << 2500;
        QTest::newRow("robustness: killed (SIGKILL) 400 ms after typing began") << 400;
    }

    // kill -9 while typing: the store opens cleanly and lacks at most the last second of edits;
    // the dead process's lock is taken over while a live one's is respected.
    void crashLosesAtMostASecond()
    {
        QFETCH(int, typingMs);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        QList<Article> originals{bigArticle()};
        QVERIFY(createStore(path, &originals));
        QCOMPARE(originals.first().id, qint64(1));

        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TST_AUTOSAVER_CHILD"), path);
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Qt Test accepts only test function names; initTestCase() diverts to the child mode.
        // Without the crash handler, a signal kills the child silently and at once.
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("-nocrashhandler"), QStringLiteral("crashLosesAtMostASecond")});
        QVERIFY(child.waitForStarted());
        const auto killChild = qScopeGuard([&child] {
            child.kill();
            child.waitForFinished();
        });
        QByteArray output; // Qt Test's banner comes first
        QDeadlineTimer deadline(20000);
        while (!output.contains("typing\n") && child.waitForReadyRead(int(deadline.remainingTime())))
            output += child.readAllStandardOutput();
        QVERIFY2(output.contains("typing\n"), output.constData());

        StoreLock lock(path);
        QString error;
        QVERIFY(!lock.tryLock(&error));
        QCOMPARE(lock.holderPid(), child.processId());
        QVERIFY2(error.contains(QString::number(child.processId())), qPrintable(error));

        QTest::qWait(typingMs);
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        child.kill();
        QVERIFY(child.waitForFinished());
        output += child.readAllStandardOutput();

        QHash<int, qint64> scheduledAt;
        const QRegularExpression line(QStringLiteral("^edit (\\d+)\t(\\d+)$"),
                                      QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(QString::fromUtf8(output)); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            scheduledAt.insert(match.captured(1).toInt(), match.captured(2).toLongLong());
        }
        QVERIFY(scheduledAt.size() >= typingMs / 100);

        QVERIFY2(lock.tryLock(&error), qPrintable(error));
        Store store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QStringList problems;
        QVERIFY2(store.checkIntegrity(&problems, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        Article loaded;
        QVERIFY2(store.loadArticle(1, &loaded, &error), qPrintable(error));
        const int savedEdit = loaded.title == originals.first().title
            ? -1
            : int(loaded.title.mid(5).toInt());
        if (savedEdit >= 0) {
            QVERIFY2(scheduledAt.contains(savedEdit), qPrintable(loaded.title));
            Article expected = edited(originals.first(), savedEdit);
            expected.updated = loaded.updated;
            QCOMPARE(loaded, expected); // one whole snapshot
        }
        // Every edit scheduled more than the limit before the kill must be in the store.
        int required = -1;
        for (auto it = scheduledAt.cbegin(); it != scheduledAt.cend(); ++it) {
            if (it.value() < killedAt - CrashLossLimitMs)
                required = qMax(required, it.key());
        }
        const qint64 lostMs = scheduledAt.contains(savedEdit + 1)
            ? killedAt - scheduledAt.value(savedEdit + 1)
            : 0;
        qDebug("killed after %d edits; the store held edit %d, losing the edits of the last %lld ms",
               int(scheduledAt.size()), savedEdit, lostMs);
        QVERIFY2(savedEdit >= required,
                 qPrintable(QStringLiteral("saved edit %1, but edit %2 was scheduled more than "
                                           "%3 ms before the kill")
                                .arg(savedEdit)
                                .arg(required)
                                .arg(CrashLossLimitMs)));
    }

    void writeLatency_data()
    {
        QTest::addColumn<int>("rounds");
        QTest::newRow("nominal: a 20,000-character article, saved 40 times") << 40;
    }

    // Measures (does not assert) the write path: schedule() on the owner's thread, and a write
    // through flush(); checks every write landed.
    void writeLatency()
    {
        QFETCH(int, rounds);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        QList<Article> originals{bigArticle()};
        QVERIFY(createStore(path, &originals));
        int characters = 0;
        for (const Block &block : originals.first().blocks)
            characters += int(block.text.text.size());
        QVERIFY(characters >= 20000);

        Autosaver saver;
        QString error;
        QVERIFY2(saver.start(path, &error), qPrintable(error));
        QSignalSpy saved(&saver, &Autosaver::saved);
        saver.setDelay(60000);
        QList<qint64> scheduleNs;
        QList<qint64> writeNs;
        QElapsedTimer clock;
        for (int i = 0; i < rounds; ++i) {
            const Article article = edited(originals.first(), i);
            clock.start();
            saver.schedule(article);
            scheduleNs.append(clock.nsecsElapsed());
            clock.start();
            QVERIFY2(saver.flush(&error), qPrintable(error));
            writeNs.append(clock.nsecsElapsed());
        }
        qDebug("%d characters: schedule() p50 %.3f ms, p95 %.3f ms; write (flush) p50 %.2f ms, "
               "p95 %.2f ms",
               characters, percentile(scheduleNs, 0.5) / 1e6, percentile(scheduleNs, 0.95) / 1e6,
               percentile(writeNs, 0.5) / 1e6, percentile(writeNs, 0.95) / 1e6);
        QCoreApplication::processEvents();
        QCOMPARE(saved.count(), rounds);
        QCOMPARE(stored(path, originals.first().id).title, QStringLiteral("edit %1").arg(rounds - 1));
    }
};

QTEST_GUILESS_MAIN(TstAutosaver)
#include "tst_autosaver.moc"
