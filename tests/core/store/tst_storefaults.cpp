#include "store/autosaver.h"
#include "fixtures/packagefixture.h"
#include "media/imagedecoder.h"
#include "sqlite/database.h"
#include "fixtures/faultvfs.h"
#include "store/store.h"
#include "fixtures/clirunner.h"
#include "fixtures/testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace copydesk;
using test::FaultVfs;

// Failing disks: a write or fsync that fails (full disk, I/O error) in the store, the
// autosaver and the CLI. What was acknowledged stays; the message is one plain line.
class TstStoreFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString newPath()
    {
        return m_dir.filePath(QStringLiteral("faults-%1.sqlite3").arg(++m_count));
    }

    static Article reread(const QString &path, qint64 id)
    {
        FaultVfs::clear();
        Store store;
        Article article;
        if (!store.openReadOnly(path, nullptr) || !store.loadArticle(id, &article, nullptr))
            return {};
        return article;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        FaultVfs::install();
    }

    void cleanup()
    {
        FaultVfs::clear();
    }

    void saveFails_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("skip");
        QTest::addColumn<QString>("reason");
        QTest::addRow("robustness: disk full on the first write")
            << int(FaultVfs::Operation::Write) << SQLITE_FULL << 0 << "the disk is full";
        QTest::addRow("robustness: disk full in mid-transaction")
            << int(FaultVfs::Operation::Write) << SQLITE_FULL << 2 << "the disk is full";
        QTest::addRow("robustness: write I/O error")
            << int(FaultVfs::Operation::Write) << SQLITE_IOERR_WRITE << 1 << "input/output error";
        QTest::addRow("robustness: fsync fails")
            << int(FaultVfs::Operation::Sync) << SQLITE_IOERR_FSYNC << 0 << "input/output error";
    }

    void saveFails()
    {
        QFETCH(int, operation);
        QFETCH(int, code);
        QFETCH(int, skip);
        QFETCH(QString, reason);
        const QString path = newPath();
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        Article article = Article::create(QStringLiteral("已保存的标题"));
        article.blocks.append(Block::paragraph(QStringLiteral("已保存的正文。").repeated(200)));
        QVERIFY(store.insertArticle(&article, &error));
        const Article acknowledged = article;

        Article edit = article;
        edit.title = QStringLiteral("未保存的标题");
        edit.blocks.append(Block::paragraph(QStringLiteral("新的一段。").repeated(2000)));
        FaultVfs::failFrom(FaultVfs::Operation(operation), code, skip);
        QVERIFY(!store.saveArticle(&edit, &error));
        QVERIFY(FaultVfs::failures() > 0);
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')) && !error.contains(QLatin1String("BEGIN")),
                 qPrintable(error));
        QCOMPARE(edit.title, QStringLiteral("未保存的标题")); // the caller keeps the text

        // Nothing acknowledged was lost, and once the disk has room again the save goes through.
        FaultVfs::clear();
        QCOMPARE(reread(path, article.id).title, acknowledged.title);
        QVERIFY2(store.saveArticle(&edit, &error), qPrintable(error));
        QCOMPARE(reread(path, article.id).title, edit.title);
        QStringList problems;
        QVERIFY(store.checkIntegrity(&problems, &error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // An import is one transaction: a write failing anywhere in it (the photos first, then the
    // article) leaves neither photos nor article; once the disk has room the same import works.
    void importFailsWhole_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("skip");
        QTest::addRow("robustness: disk full on the first write") << int(FaultVfs::Operation::Write) << SQLITE_FULL << 0;
        QTest::addRow("robustness: disk full among the photos") << int(FaultVfs::Operation::Write) << SQLITE_FULL << 40;
        QTest::addRow("robustness: I/O error late in the transaction")
            << int(FaultVfs::Operation::Write) << SQLITE_IOERR_WRITE << 150;
        QTest::addRow("robustness: fsync of the commit fails") << int(FaultVfs::Operation::Sync) << SQLITE_IOERR_FSYNC << 0;
    }

    void importFailsWhole()
    {
        QFETCH(int, operation);
        QFETCH(int, code);
        QFETCH(int, skip);
        const QString path = newPath();
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        Article article = Article::create(QStringLiteral("带照片的来稿"));
        QList<DecodedImage> media;
        for (int i = 0; i < 3; ++i) {
            DecodedImage image;
            QVERIFY2(ImageDecoder::acceptBytes(test::encode(test::makePhoto(1000, 700, i), "png"),
                                               QStringLiteral("p%1.png").arg(i), &image, &error),
                     qPrintable(error));
            media.append(image);
            article.blocks.append(Block::image(image.sha256, 1000, 700));
            article.blocks.append(Block::paragraph(QStringLiteral("第%1段。").arg(i).repeated(300)));
        }
        FaultVfs::failFrom(FaultVfs::Operation(operation), code, skip);
        QVERIFY(!store.importArticle(&article, media, &error));
        QVERIFY(FaultVfs::failures() > 0);
        QVERIFY2(!error.isEmpty() && !error.contains(QLatin1Char('\n')), qPrintable(error));
        QCOMPARE(article.id, qint64(0));
        FaultVfs::clear();
        {
            Store reader;
            QVERIFY2(reader.openReadOnly(path, &error), qPrintable(error));
            QVERIFY(reader.listArticles(&error).isEmpty());
            for (const DecodedImage &image : std::as_const(media))
                QVERIFY(!reader.hasMedia(image.sha256));
        }
        QVERIFY2(store.importArticle(&article, media, &error), qPrintable(error));
        QVERIFY(article.id > 0);
        for (const DecodedImage &image : std::as_const(media))
            QVERIFY(store.hasMedia(image.sha256));
    }

    // copydesk-cli import killed at any moment: the store holds the article with all its photos,
    // or neither.
    void killedImportLeavesAllOrNothing()
    {
        const QString docx = m_dir.filePath(QStringLiteral("photos.docx"));
        QString body;
        QString relationships;
        test::ZipEntries parts;
        for (int i = 0; i < 6; ++i) {
            const QString id = QStringLiteral("rIdP%1").arg(i);
            relationships += test::imageRelationship(id, QStringLiteral("media/p%1.jpeg").arg(i));
            parts.append({QStringLiteral("word/media/p%1.jpeg").arg(i), test::encode(test::makePhoto(2400, 1600, i), "jpeg", 95)});
            body += test::wp({}, test::wr(QStringLiteral("第%1段，来稿正文。").arg(i)));
            body += test::wp({}, test::docxInlinePicture(id, QStringLiteral("photo %1").arg(i)));
        }
        QVERIFY(test::writeDocx(docx, body, relationships, parts));
        int whole = 0;
        int none = 0;
        for (const int delayMs : {5, 40, 80, 120, 160, 200, 260, 400}) {
            const QString path = newPath();
            QCOMPARE(test::runCli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("已有")}, path).code, 0);
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("COPYDESK_STORE"), path);
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(COPYDESK_CLI_PATH), {QStringLiteral("import"), docx});
            QVERIFY(process.waitForStarted());
            QTest::qWait(delayMs);
            process.kill();
            process.waitForFinished();
            Store store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            const qsizetype articles = store.listArticles(&error).size();
            Database db;
            QVERIFY2(db.open(path, Database::Mode::ReadWrite, &error), qPrintable(error));
            qint64 photos = -1;
            QVERIFY(db.queryInt64(QStringLiteral("SELECT count(*) FROM media"), &photos, &error));
            QVERIFY2((articles == 1 && photos == 0) || (articles == 2 && photos == 6),
                     qPrintable(QStringLiteral("after %1 ms: %2 articles, %3 photos").arg(delayMs).arg(articles).arg(photos)));
            ++(articles == 2 ? whole : none);
        }
        qInfo("killed imports: %d whole, %d with nothing", whole, none);
    }

    // The autosaver keeps the snapshot, reports once per failure, and retries by itself.
    void autosaverRetries()
    {
        const QString path = newPath();
        Article article = Article::create(QStringLiteral("自动保存"));
        {
            Store store;
            QString error;
            QVERIFY(store.open(path, &error));
            QVERIFY(store.insertArticle(&article, &error));
        }
        Autosaver saver;
        saver.setDelay(10);
        saver.setMaxDelay(10);
        QString error;
        QVERIFY(saver.start(path, &error));
        saver.setBase(article);
        QSignalSpy failed(&saver, &Autosaver::failed);
        QSignalSpy saved(&saver, &Autosaver::saved);
        FaultVfs::failFrom(FaultVfs::Operation::Write, SQLITE_FULL);
        article.title = QStringLiteral("磁盘满时输入的标题");
        saver.schedule(article);
        QTRY_VERIFY(failed.count() >= 1);
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("the disk is full")));
        QVERIFY(saver.hasPending());
        QCOMPARE(saved.count(), 0);
        FaultVfs::clear();
        // No new edit: the retry alone writes it.
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Autosaver::RetryIntervalMs + 2000);
        QVERIFY(!saver.hasPending());
        QCOMPARE(reread(path, article.id).title, article.title);
    }

    // A real file-size limit (what a full disk looks like to the program): the CLI says so in
    // one line, the store stays healthy, and a failed export leaves nothing behind.
    void cliOnFullDisk()
    {
        const QString path = newPath();
        QCOMPARE(test::runCli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("小稿")}, path).code, 0);
        const QString big = m_dir.filePath(QStringLiteral("big.txt"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 0; i < 4000; ++i)
                file.write(QStringLiteral("第%1段：大祥区妇联推进民族团结进步示范创建，切实加强组织建设。\n\n").arg(i).toUtf8());
        }
        const QString photos = m_dir.filePath(QStringLiteral("photo.jpg"));
        {
            QFile file(photos);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(test::encode(test::makePhoto(1600, 1200, 3), "jpeg", 92));
        }
        QCOMPARE(test::runCli({QStringLiteral("attach"), QStringLiteral("1"), photos}, path).code, 0);
        const qint64 limitKb = QFileInfo(path).size() / 1024 + 64;

        const auto limited = [&](const QStringList &arguments, qint64 limitKb) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("COPYDESK_STORE"), path);
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            process.setProcessEnvironment(env);
            // Ignored signals stay ignored across exec: writes past the limit fail with EFBIG.
            QStringList shell{QStringLiteral("-c"),
                              QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(limitKb),
                              QStringLiteral(COPYDESK_CLI_PATH)};
            process.start(QStringLiteral("bash"), shell + arguments);
            process.waitForFinished(60000);
            return test::CliResult{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                                   QString::fromUtf8(process.readAllStandardError())};
        };
        const test::CliResult import = limited({QStringLiteral("import"), big, big, big, big}, limitKb);
        QCOMPARE(import.code, 1);
        QCOMPARE(import.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(import.err.startsWith(QLatin1String("copydesk-cli: importing ")), qPrintable(import.err));
        QVERIFY2(import.err.contains(QLatin1String("input/output error"))
                     || import.err.contains(QLatin1String("the disk is full")),
                 qPrintable(import.err));
        const test::CliResult check = test::runCli({QStringLiteral("check")}, path);
        QCOMPARE(check.code, 0);

        const QString out = m_dir.filePath(QStringLiteral("export-full"));
        QVERIFY(QDir().mkpath(out));
        for (const QString &format : {QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("docx"),
                                      QStringLiteral("zip")}) {
            // The photo alone is larger than what may be written.
            const test::CliResult exported = limited({QStringLiteral("export"), QStringLiteral("1"),
                                                      QStringLiteral("--format"), format,
                                                      QStringLiteral("--out"), out}, 40);
            QCOMPARE(exported.code, 1);
            QCOMPARE(exported.err.count(QLatin1Char('\n')), 1);
            const QStringList left = QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
            QVERIFY2(left.isEmpty(), qPrintable(format + QLatin1String(": ") + left.join(u' ')));
        }
    }
};

QTEST_GUILESS_MAIN(TstStoreFaults)
#include "tst_storefaults.moc"
