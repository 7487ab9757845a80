#include "fixtures/testutil.h"
#include "fixtures/clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// copydesk-cli as a user runs it: exit codes, messages and JSON shapes.
class TstCli : public QObject
{
    Q_OBJECT

private:
    using Result = test::CliResult;

    QTemporaryDir m_dir;

    QString storePath() const { return m_dir.filePath(QStringLiteral("store.sqlite3")); }

    Result cli(const QStringList &arguments, const QString &store = QString())
    {
        return test::runCli(arguments, store.isEmpty() ? storePath() : store, {}, 120000);
    }

    qint64 newArticle(const QString &title)
    {
        const Result r = cli({QStringLiteral("new"), QStringLiteral("--title"), title});
        return r.code == 0 ? r.out.trimmed().toLongLong() : 0;
    }

    QJsonObject showJson(qint64 id)
    {
        const Result r = cli({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(COPYDESK_CLI_PATH)), COPYDESK_CLI_PATH);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stderrPart");
        QTest::newRow("nominal: --help") << QStringList{QStringLiteral("--help")} << 0 << QString();
        QTest::newRow("nominal: --version") << QStringList{QStringLiteral("--version")} << 0 << QString();
        QTest::newRow("nominal: list on a new store") << QStringList{QStringLiteral("list")} << 0 << QString();
        QTest::newRow("robustness: no command") << QStringList{} << 2 << QStringLiteral("Usage");
        QTest::newRow("robustness: unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                                     << QStringLiteral("unknown command");
        QTest::newRow("robustness: unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--jsn")}
                                                    << 2 << QStringLiteral("unknown option --jsn");
        QTest::newRow("robustness: option of another command")
                << QStringList{QStringLiteral("list"), QStringLiteral("--caption"), QStringLiteral("x")} << 2
                << QStringLiteral("unknown option");
        QTest::newRow("robustness: show without id") << QStringList{QStringLiteral("show")} << 2
                                                     << QStringLiteral("usage");
        QTest::newRow("robustness: id not a number") << QStringList{QStringLiteral("show"), QStringLiteral("abc")}
                                                     << 2 << QStringLiteral("not an article id");
        QTest::newRow("robustness: missing article")
                << QStringList{QStringLiteral("show"), QStringLiteral("99999")} << 1
                << QStringLiteral("copydesk-cli: article 99999: ");
        QTest::newRow("robustness: set unknown field")
                << QStringList{QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("colour"), QStringLiteral("x")}
                << 2 << QStringLiteral("unknown field");
        QTest::newRow("robustness: import a missing file")
                << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/copy.txt")} << 1
                << QStringLiteral("copydesk-cli: importing /nonexistent/copy.txt: ");
        QTest::newRow("robustness: export without --out")
                << QStringList{QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("html")}
                << 2 << QStringLiteral("--out");
        QTest::newRow("robustness: unknown export format")
                << QStringList{QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("rtf"),
                               QStringLiteral("--out"), QStringLiteral("/tmp")}
                << 2 << QStringLiteral("rtf");
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, stderrPart);
        const Result r = cli(arguments);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(stderrPart), qPrintable(r.err));
        if (code == 1) {
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // exactly one line
            QVERIFY(r.err.startsWith(QLatin1String("copydesk-cli: ")));
        }
    }

    void badStoreIsUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("robustness: a text file") << QByteArray("Dear editor,\nthis is not a database.\n");
        QTest::newRow("robustness: random bytes") << QByteArray::fromHex("00ff13a7c0de5eed").repeated(512);
    }

    void badStoreIsUntouched()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(QStringLiteral("not-a-store.sqlite3"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const Result r = cli({QStringLiteral("--store"), path, QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QLatin1String("copydesk-cli: opening the store ")), qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void articleLifecycle()
    {
        const qint64 id = newArticle(QStringLiteral("测试稿件"));
        QVERIFY(id > 0);
        const QList<QStringList> sets{
            {QStringLiteral("subtitle"), QStringLiteral("副题")},
            {QStringLiteral("byline"), QStringLiteral("记者 张三")},
            {QStringLiteral("source"), QStringLiteral("大祥区人民政府")},
            {QStringLiteral("section"), QStringLiteral("本地")},
            {QStringLiteral("tags"), QStringLiteral("妇联,民族团结、 test")},
            {QStringLiteral("status"), QStringLiteral("待审")},
            {QStringLiteral("editor"), QStringLiteral("李四")},
            {QStringLiteral("canonical-url"), QStringLiteral("https://example.org/a.html")},
        };
        for (const QStringList &set : sets) {
            const Result r = cli({QStringLiteral("set"), QString::number(id), set.at(0), set.at(1)});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        const QJsonObject article = showJson(id);
        QCOMPARE(article.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(article.value(QStringLiteral("title")).toString(), QStringLiteral("测试稿件"));
        QCOMPARE(article.value(QStringLiteral("byline")).toString(), QStringLiteral("记者 张三"));
        QCOMPARE(article.value(QStringLiteral("status")).toString(), QStringLiteral("review"));
        QCOMPARE(article.value(QStringLiteral("editor")).toString(), QStringLiteral("李四"));
        QCOMPARE(article.value(QStringLiteral("canonicalUrl")).toString(), QStringLiteral("https://example.org/a.html"));
        QCOMPARE(article.value(QStringLiteral("tags")).toArray().size(), 3);

        const Result bad = cli({QStringLiteral("set"), QString::number(id), QStringLiteral("canonical-url"),
                                QStringLiteral("javascript:alert(1)")});
        QCOMPARE(bad.code, 2);
        const Result badStatus = cli({QStringLiteral("set"), QString::number(id), QStringLiteral("status"), QStringLiteral("gone")});
        QCOMPARE(badStatus.code, 2);

        const Result list = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        bool found = false;
        for (const QJsonValue &row : rows) {
            const QJsonObject object = row.toObject();
            for (const char *key : {"id", "title", "status", "updated", "words"})
                QVERIFY2(object.contains(QLatin1String(key)), key);
            if (object.value(QStringLiteral("id")).toInteger() == id) {
                found = true;
                QCOMPARE(object.value(QStringLiteral("words")).toInt(), 4 + 2); // title + subtitle
            }
        }
        QVERIFY(found);
    }

    void importAttachExport()
    {
        const QString textPath = m_dir.filePath(QStringLiteral("sample.txt"));
        QFile text(textPath);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(test::sampleArticleText().toUtf8());
        text.close();
        const Result imported = cli({QStringLiteral("import"), textPath});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const qint64 id = imported.out.trimmed().toLongLong();
        QVERIFY(id > 0);
        QJsonObject article = showJson(id);
        QCOMPARE(article.value(QStringLiteral("title")).toString(),
                 QStringLiteral("大祥区妇联多举措全面推进民族团结进步示范创建工作"));
        QCOMPARE(article.value(QStringLiteral("source")).toString(), QStringLiteral("大祥区人民政府"));
        const int blocksBefore = int(article.value(QStringLiteral("blocks")).toArray().size());

        const QString photoPath = m_dir.filePath(QStringLiteral("photo.jpg"));
        QFile photo(photoPath);
        QVERIFY(photo.open(QIODevice::WriteOnly));
        photo.write(test::encode(test::makePhoto(2400, 1600, 3), "jpeg"));
        photo.close();
        const Result attached = cli({QStringLiteral("attach"), QString::number(id), photoPath, QStringLiteral("--caption"),
                                     QStringLiteral("图为<b>活动</b>现场"), QStringLiteral("--credit"), QStringLiteral("摄影 王五")});
        QVERIFY2(attached.code == 0, qPrintable(attached.err));
        article = showJson(id);
        const QJsonArray blocks = article.value(QStringLiteral("blocks")).toArray();
        QCOMPARE(blocks.size(), blocksBefore + 1);
        const QJsonObject image = blocks.last().toObject();
        QCOMPARE(image.value(QStringLiteral("type")).toString(), QStringLiteral("image"));
        QCOMPARE(image.value(QStringLiteral("width")).toInt(), 2400);
        QCOMPARE(image.value(QStringLiteral("height")).toInt(), 1600);
        QCOMPARE(image.value(QStringLiteral("caption")).toString(), QStringLiteral("图为<b>活动</b>现场"));
        QCOMPARE(image.value(QStringLiteral("media")).toString().size(), 64);

        const QString broken = m_dir.filePath(QStringLiteral("broken.jpg"));
        QFile brokenFile(broken);
        QVERIFY(brokenFile.open(QIODevice::WriteOnly));
        brokenFile.write("not really a jpeg");
        brokenFile.close();
        const Result refused = cli({QStringLiteral("attach"), QString::number(id), broken});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("broken.jpg")), qPrintable(refused.err));
        QCOMPARE(showJson(id).value(QStringLiteral("blocks")).toArray().size(), blocksBefore + 1);

        const QString out = m_dir.filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(out));
        const QStringList exportArgs{QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
                                     QStringLiteral("html"), QStringLiteral("--out"), out};
        const Result exported = cli(exportArgs);
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const QString folder = exported.out.trimmed();
        QVERIFY2(folder.startsWith(out), qPrintable(folder));
        QFile index(QDir(folder).filePath(QStringLiteral("index.html")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(index.readAll());
        QVERIFY(html.contains(QStringLiteral("图为&lt;b&gt;活动&lt;/b&gt;现场")));
        QVERIFY(!html.contains(QStringLiteral("<b>活动")));
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("style.css"))));
        QCOMPARE(cli(exportArgs).code, 1); // exists: refuses without --force
        QCOMPARE(cli(exportArgs + QStringList{QStringLiteral("--force")}).code, 0);

        const Result check = cli({QStringLiteral("check")});
        QVERIFY2(check.code == 0, qPrintable(check.err));
    }

    void checkMissingStore()
    {
        const Result r = cli({QStringLiteral("check")}, m_dir.filePath(QStringLiteral("nowhere.sqlite3")));
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nowhere.sqlite3"))));
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
