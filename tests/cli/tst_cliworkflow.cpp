#include "store/backup.h"
#include "fixtures/clirunner.h"
#include "fixtures/storefiles.h"
#include "fixtures/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// copydesk-cli's workflow commands as a user runs them: search, revisions, restore, diff, trash,
// backup, recover, settings, and the recorded status change.
class TstCliWorkflow : public QObject
{
    Q_OBJECT

private:
    using Result = test::CliResult;

    QTemporaryDir m_dir;

    QString storePath() const { return m_dir.filePath(QStringLiteral("desk.sqlite3")); }

    Result cli(const QStringList &arguments, const QString &store = QString())
    {
        return test::runCli(arguments, store.isEmpty() ? storePath() : store, {}, 120000);
    }

    QJsonArray jsonArray(const QStringList &arguments, const QString &store = QString())
    {
        const Result r = cli(arguments, store);
        if (r.code != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    qint64 importSample()
    {
        const QString file = m_dir.filePath(QStringLiteral("sample.txt"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return 0;
        out.write(test::sampleArticleText().toUtf8());
        out.close();
        const Result r = cli({QStringLiteral("import"), file});
        return r.code == 0 ? r.out.trimmed().toLongLong() : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(COPYDESK_CLI_PATH)), COPYDESK_CLI_PATH);
    }

    void searchJson_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        QTest::newRow("nominal: a two-character Chinese word") << QStringLiteral("妇联") << true;
        QTest::newRow("nominal: a phrase with punctuation") << QStringLiteral("民族团结，夯实") << true;
        QTest::newRow("robustness: nothing matches") << QStringLiteral("火星殖民") << false;
    }

    // search --json gives [{id, title, snippet, rank}], the match marked in the snippet.
    void searchJson()
    {
        QFETCH(QString, query);
        QFETCH(bool, found);
        const qint64 id = importSample();
        QVERIFY(id > 0);
        const QJsonArray hits = jsonArray({QStringLiteral("search"), query, QStringLiteral("--json")});
        QCOMPARE(hits.isEmpty(), !found);
        for (const QJsonValue &value : hits) {
            const QJsonObject hit = value.toObject();
            QCOMPARE(hit.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("rank"), QStringLiteral("snippet"),
                                              QStringLiteral("title")}));
            QVERIFY(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("<mark>")));
            QVERIFY(hit.value(QStringLiteral("rank")).isDouble());
        }
        const Result text = cli({QStringLiteral("search"), query});
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.isEmpty(), !found);
        QCOMPARE(cli({QStringLiteral("search")}).code, 2);
        QCOMPARE(cli({QStringLiteral("search"), query, QStringLiteral("--limit"), QStringLiteral("0")}).code, 2);
    }

    void statusRevisionsRestoreDiff_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("nominal: a Chinese status name") << QStringLiteral("已签发");
    }

    // A status change is recorded; revisions list it; restore goes back and keeps history.
    void statusRevisionsRestoreDiff()
    {
        QFETCH(QString, status);
        const qint64 id = importSample();
        const QString idText = QString::number(id);
        QCOMPARE(cli({QStringLiteral("set"), idText, QStringLiteral("status"), status}).code, 0);
        QCOMPARE(cli({QStringLiteral("set"), idText, QStringLiteral("title"), QStringLiteral("改过的标题")}).code, 0);
        QJsonArray revisions = jsonArray({QStringLiteral("revisions"), idText, QStringLiteral("--json")});
        QCOMPARE(revisions.size(), 2); // newest first; the oldest is the copy as imported
        QVERIFY(revisions.last().toObject().value(QStringLiteral("reason")).toString().startsWith(QLatin1String("imported from: ")));
        const QJsonObject first = revisions.first().toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("created"), QStringLiteral("id"), QStringLiteral("reason")}));
        QCOMPARE(first.value(QStringLiteral("reason")).toString(), QStringLiteral("status change: approved"));
        const QString revision = QString::number(first.value(QStringLiteral("id")).toInteger());

        const Result diff = cli({QStringLiteral("diff"), idText, revision});
        QCOMPARE(diff.code, 0);
        QVERIFY2(diff.out.contains(QStringLiteral("{+改过的+}")) || diff.out.contains(QStringLiteral("改过的标题+}")), qPrintable(diff.out));

        QCOMPARE(cli({QStringLiteral("restore"), idText, revision}).code, 0);
        const Result show = cli({QStringLiteral("show"), idText});
        QVERIFY(!show.out.startsWith(QStringLiteral("改过的标题")));
        revisions = jsonArray({QStringLiteral("revisions"), idText, QStringLiteral("--json")});
        QCOMPARE(revisions.size(), 3);
        QCOMPARE(revisions.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("before restore"));
        QCOMPARE(cli({QStringLiteral("diff"), idText, revision}).out.trimmed(), QStringLiteral("no differences"));
        QCOMPARE(cli({QStringLiteral("restore"), idText, QStringLiteral("99999")}).code, 1);
        QCOMPARE(cli({QStringLiteral("set"), idText, QStringLiteral("embargo"), QStringLiteral("明天")}).code, 2);
        QCOMPARE(cli({QStringLiteral("set"), idText, QStringLiteral("slug"), QStringLiteral("Bad Slug")}).code, 2);
        QCOMPARE(cli({QStringLiteral("set"), idText, QStringLiteral("embargo"), QStringLiteral("2025-06-01T08:00+08:00")}).code, 0);
        const QJsonObject json = QJsonDocument::fromJson(cli({QStringLiteral("show"), idText, QStringLiteral("--json")}).out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("embargo")).toString(), QStringLiteral("2025-06-01T00:00:00.000Z"));
    }

    void trash_data()
    {
        QTest::addColumn<int>("dummy");
        QTest::newRow("nominal: delete, list the trash, untrash") << 0;
    }

    void trash()
    {
        const qint64 id = importSample();
        const QString idText = QString::number(id);
        QCOMPARE(cli({QStringLiteral("delete"), idText}).code, 0);
        QJsonArray trashed = jsonArray({QStringLiteral("trash"), QStringLiteral("--json")});
        bool listed = false;
        for (const QJsonValue &value : trashed)
            listed = listed || value.toObject().value(QStringLiteral("id")).toInteger() == id;
        QVERIFY(listed);
        QCOMPARE(cli({QStringLiteral("untrash"), idText}).code, 0);
        trashed = jsonArray({QStringLiteral("trash"), QStringLiteral("--json")});
        for (const QJsonValue &value : trashed)
            QVERIFY(value.toObject().value(QStringLiteral("id")).toInteger() != id);
        QCOMPARE(cli({QStringLiteral("untrash"), QStringLiteral("99999")}).code, 1);
        QCOMPARE(cli({QStringLiteral("delete"), QStringLiteral("abc")}).code, 2);
    }

    void settings_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("nominal: the default section") << QStringLiteral("default-section") << QStringLiteral("本地新闻");
        QTest::newRow("nominal: the site name") << QStringLiteral("site-name") << QStringLiteral("邵商网");
        QTest::newRow("nominal: the canonical URL base") << QStringLiteral("canonical-base") << QStringLiteral("https://www.shaoshang.cn/news/");
    }

    void settings()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QCOMPARE(cli({QStringLiteral("settings"), key, value}).code, 0);
        QCOMPARE(cli({QStringLiteral("settings"), key}).out.trimmed(), value);
        QVERIFY(cli({QStringLiteral("settings")}).out.contains(key + QLatin1Char('\t') + value));
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("colour")}).code, 2);
        if (key == QLatin1String("default-section")) {
            const Result created = cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("新稿")});
            const QJsonObject json = QJsonDocument::fromJson(
                cli({QStringLiteral("show"), created.out.trimmed(), QStringLiteral("--json")}).out.toUtf8()).object();
            QCOMPARE(json.value(QStringLiteral("section")).toString(), value);
        }
    }

    void backupAndRecover_data()
    {
        QTest::addColumn<int>("dummy");
        QTest::newRow("robustness: a damaged store recovered from its backup") << 0;
    }

    void backupAndRecover()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("s.sqlite3"));
        for (int i = 0; i < 60; ++i)
            QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("--title"), test::sampleArticleText().left(2000)}, store).code, 0);
        const QString out = dir.filePath(QStringLiteral("copy.sqlite3"));
        const Result backup = cli({QStringLiteral("backup"), QStringLiteral("--out"), out}, store);
        QCOMPARE(backup.code, 0);
        QVERIFY(Backup::verify(out, nullptr));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--out"), out}, store).code, 1); // never overwrites
        QCOMPARE(cli({QStringLiteral("recover")}, store).code, 1); // healthy: nothing to do
        QVERIFY(QDir().mkpath(Backup::folderFor(store)));
        QVERIFY(QFile::copy(out, QDir(Backup::folderFor(store)).filePath(QStringLiteral("s-20250101-000000000.sqlite3"))));
        {
            QFile file(store);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pages = file.size() / 4096;
            QVERIFY(pages > 20);
            for (qint64 page = pages / 2; page < pages / 2 + 8; ++page) {
                QVERIFY(file.seek(page * 4096));
                file.write(QByteArray(16, '\xA5'));
            }
        }
        const Result refused = cli({QStringLiteral("list")}, store);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("recover")), qPrintable(refused.err));
        const Result recovered = cli({QStringLiteral("recover")}, store);
        QCOMPARE(recovered.code, 0);
        QVERIFY2(recovered.out.contains(QStringLiteral(".damaged-")), qPrintable(recovered.out));
        const Result list = cli({QStringLiteral("list"), QStringLiteral("--json")}, store);
        QCOMPARE(list.code, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 60);
    }

    void olderStoreIsUpdated_data()
    {
        QTest::addColumn<bool>("writing");
        QTest::newRow("nominal: a writing command updates it and says so first") << true;
        QTest::newRow("robustness: a reading command leaves it as it was") << false;
    }

    // A store of an earlier version: a writing command updates it (a line on stderr first, as a
    // large store takes a while) and does its work; a reading one refuses and leaves the file.
    void olderStoreIsUpdated()
    {
        QFETCH(bool, writing);
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("old.sqlite3"));
        QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("旧版稿库里的稿")}, store).code, 0);
        QVERIFY(test::rawExec(store, test::jsonBackInArticlesSql() + QStringLiteral("PRAGMA user_version = 9;")));
        const QByteArray before = test::fileHash(store);
        const Result result = writing
            ? cli({QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("byline"), QStringLiteral("记者 张三")}, store)
            : cli({QStringLiteral("list")}, store);
        if (!writing) {
            QCOMPARE(result.code, 1);
            QCOMPARE(test::fileHash(store), before);
            return;
        }
        QCOMPARE(result.code, 0);
        QVERIFY2(result.err.startsWith(QStringLiteral("copydesk-cli: updating the store ")), qPrintable(result.err));
        const Result again = cli({QStringLiteral("show"), QStringLiteral("1")}, store);
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("记者 张三")), qPrintable(again.out));
        QVERIFY2(!again.err.contains(QStringLiteral("updating")), qPrintable(again.err));
    }
};

QTEST_GUILESS_MAIN(TstCliWorkflow)
#include "tst_cliworkflow.moc"
