#include "fixtures/clirunner.h"
#include "fixtures/pgcluster.h"
#include "postgres/pgconnection.h"
#include "postgres/pgquery.h"
#include "postgres/pgresult.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

#include <csignal>

using namespace copydesk;
using copydesk::test::CliResult;
using copydesk::test::PgCluster;
using copydesk::test::runCli;

// Three desktops (copydesk-cli processes on their own stores) share one newsroom server. A
// randomized run of edits, new articles and syncs, with the server stopped and restarted between
// them, ends with every state a client synced on the server (no lost revision), every conflict
// counted where users see it, and all desktops holding the server's heads. Then a client killed
// with -9 while holding an edit lease: the lease expires and another takes it.
// COPYDESK_NEWSROOM_OPS sets the number of operations (default 1000), COPYDESK_NEWSROOM_SEED
// the random seed (default: a new one, printed).
class TstBlackboxNewsroom : public QObject
{
    Q_OBJECT

    static constexpr int Clients = 3;

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    QStringList m_logins{QStringLiteral("wang"), QStringLiteral("chen"), QStringLiteral("zhao")};

    QString store(int client) const { return m_dir.filePath(QStringLiteral("desk%1.sqlite3").arg(client)); }

    // uuid → local id and the fields the run writes, read straight from a client's store.
    struct Row
    {
        qint64 id = 0;
        QStringList fields;
    };
    QHash<QString, Row> rows(int client) const
    {
        QHash<QString, Row> result;
        Database db;
        QString error;
        if (!db.open(store(client), Database::Mode::ReadOnly, &error))
            return result;
        Statement select;
        if (!select.prepare(db, QStringLiteral("SELECT id, uuid, json_extract(json, '$.title'), "
                                               "json_extract(json, '$.subtitle'), json_extract(json, '$.byline'), "
                                               "json_extract(json, '$.source') FROM articles "
                                               "JOIN article_json ON article_id = id"), &error))
            return result;
        while (select.step() == Statement::Step::Row)
            result.insert(select.columnText(1), {select.columnInt64(0),
                                                 {select.columnText(2), select.columnText(3), select.columnText(4),
                                                  select.columnText(5)}});
        return result;
    }

    // The server's revision texts of every article, by uuid.
    QHash<QString, QStringList> serverRevisions() const
    {
        QHash<QString, QStringList> result;
        PgConnection db;
        QString error;
        PgResult rows;
        if (db.open(m_cluster.url(), &error)
            && db.exec(QStringLiteral("SELECT a.uuid::text, r.json FROM revisions r JOIN articles a ON a.id = r.article_id"),
                       &rows, &error)) {
            for (int row = 0; row < rows.rows(); ++row)
                result[rows.text(row, 0)].append(rows.text(row, 1));
        }
        return result;
    }

    qint64 serverCount(const QString &sql) const
    {
        PgConnection db;
        PgResult result;
        QString error;
        if (!db.open(m_cluster.url(), &error) || !db.exec(sql, &result, &error))
            return -1;
        return result.int64(0, 0);
    }

private slots:
    void initTestCase()
    {
        COPYDESK_START_NEWSROOM(m_cluster, {QStringLiteral("wang=editor"), QStringLiteral("chen=editor"),
                                            QStringLiteral("zhao=chief"), QStringLiteral("li=reporter")});
        for (int client = 0; client < Clients; ++client) {
            const CliResult set = runCli({QStringLiteral("remote"), QStringLiteral("set"),
                                          m_cluster.url(m_logins.at(client))}, store(client));
            QVERIFY2(set.code == 0, qPrintable(set.err));
        }
    }

    void whoami()
    {
        const CliResult who = runCli({QStringLiteral("whoami"), QStringLiteral("--json")}, store(0));
        QVERIFY2(who.code == 0, qPrintable(who.err));
        const QJsonObject object = QJsonDocument::fromJson(who.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("login")).toString(), QStringLiteral("wang"));
        QCOMPARE(object.value(QStringLiteral("name")).toString(), QStringLiteral("王五"));
        QCOMPARE(object.value(QStringLiteral("role")).toString(), QStringLiteral("editor"));
    }

    void randomizedRunLosesNothing()
    {
        const int operations = qEnvironmentVariableIntValue("COPYDESK_NEWSROOM_OPS") > 0
            ? qEnvironmentVariableIntValue("COPYDESK_NEWSROOM_OPS") : 1000;
        const quint32 seed = qEnvironmentVariableIsSet("COPYDESK_NEWSROOM_SEED")
            ? quint32(qEnvironmentVariableIntValue("COPYDESK_NEWSROOM_SEED")) : QRandomGenerator::global()->generate();
        qInfo("seed %u (COPYDESK_NEWSROOM_SEED), %d operations", seed, operations);
        QRandomGenerator random(seed);
        const QStringList fields{QStringLiteral("title"), QStringLiteral("subtitle"), QStringLiteral("byline"),
                                 QStringLiteral("source")};
        // Per client: (uuid, field) → the last value it set since its last successful sync.
        QList<QHash<QPair<QString, int>, QString>> pending(Clients);
        // Everything a client held when a sync of it succeeded: must be on the server.
        QList<QPair<QString, QString>> expected; // uuid, value
        int reportedConflicts = 0;
        int syncs = 0;
        int offlineSyncs = 0;
        int outages = 0;
        QElapsedTimer timer;
        timer.start();
        // Books a sync's outcome: on success, what the desk held is now owed by the server.
        const auto settle = [&](int client, const CliResult &result) {
            ++syncs;
            if (result.code != 0) {
                if (m_cluster.isRunning())
                    qWarning("sync of desk %d failed with the server up: %s", client, qPrintable(result.err));
                ++offlineSyncs;
                return m_cluster.isRunning() ? false : true;
            }
            const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
            reportedConflicts += report.value(QStringLiteral("conflicts")).toInt();
            for (auto it = pending[client].cbegin(); it != pending[client].cend(); ++it)
                expected.append({it.key().first, it.value()});
            pending[client].clear();
            return true;
        };
        const auto sync = [&](int client) {
            return settle(client, runCli({QStringLiteral("sync"), QStringLiteral("--json")}, store(client)));
        };
        // Each step, the three desks act at once (three processes), as three desktops do; between
        // steps the server may go down or come back.
        int op = 0;
        while (op < operations) {
            if (random.bounded(100) < 8) {
                QString error;
                if (m_cluster.isRunning()) {
                    QVERIFY2(m_cluster.stop(&error), qPrintable(error));
                    ++outages;
                } else {
                    QVERIFY2(m_cluster.start(&error), qPrintable(error));
                }
            }
            struct Action
            {
                enum class Kind { Sync, New, Set } kind = Kind::Sync;
                QString value;
                QString uuid;
                int field = 0;
                std::unique_ptr<QProcess> process;
            };
            std::vector<Action> actions(Clients);
            for (int client = 0; client < Clients; ++client, ++op) {
                Action &action = actions[size_t(client)];
                const int dice = int(random.bounded(100));
                const QHash<QString, Row> known = rows(client);
                QStringList arguments;
                action.value = QStringLiteral("d%1-op%2").arg(client).arg(op);
                if (dice < 27) {
                    arguments = {QStringLiteral("sync"), QStringLiteral("--json")};
                } else if (dice < 34 || known.isEmpty()) {
                    action.kind = Action::Kind::New;
                    arguments = {QStringLiteral("new"), QStringLiteral("--title"), action.value};
                } else {
                    action.kind = Action::Kind::Set;
                    const QStringList uuids = known.keys();
                    action.uuid = uuids.at(int(random.bounded(int(uuids.size()))));
                    action.field = int(random.bounded(int(fields.size())));
                    arguments = {QStringLiteral("set"), QString::number(known.value(action.uuid).id),
                                 fields.at(action.field), action.value};
                }
                action.process = std::make_unique<QProcess>();
                QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
                environment.insert(QStringLiteral("COPYDESK_STORE"), store(client));
                environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
                action.process->setProcessEnvironment(environment);
                action.process->start(QStringLiteral(COPYDESK_CLI_PATH), arguments);
            }
            for (int client = 0; client < Clients; ++client) {
                Action &action = actions[size_t(client)];
                QVERIFY(action.process->waitForFinished(60000));
                CliResult result;
                result.code = action.process->exitStatus() == QProcess::NormalExit ? action.process->exitCode() : -1;
                result.out = QString::fromUtf8(action.process->readAllStandardOutput());
                result.err = QString::fromUtf8(action.process->readAllStandardError());
                if (action.kind == Action::Kind::Sync) {
                    QVERIFY(settle(client, result));
                    continue;
                }
                QVERIFY2(result.code == 0, qPrintable(result.err));
                if (action.kind == Action::Kind::Set) {
                    pending[client].insert({action.uuid, action.field}, action.value);
                    continue;
                }
                const qint64 id = result.out.trimmed().toLongLong();
                const QHash<QString, Row> after = rows(client);
                for (auto it = after.cbegin(); it != after.cend(); ++it) {
                    if (it.value().id == id)
                        pending[client].insert({it.key(), 0}, action.value);
                }
            }
        }
        // The network comes back; everyone syncs until nothing moves.
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        // A merge made by one desk's pull is pushed on its next sync, which others then pull.
        int rounds = 0;
        for (qint64 moved = 1; moved > 0 && rounds < 10; ++rounds) {
            const qint64 before = serverCount(QStringLiteral("SELECT max(change_seq) FROM articles"));
            for (int client = 0; client < Clients; ++client)
                QVERIFY(sync(client));
            moved = serverCount(QStringLiteral("SELECT max(change_seq) FROM articles")) - before;
        }
        QVERIFY2(rounds < 10, "the desks did not settle");
        qInfo("%d operations in %lld ms: %d syncs (%d while offline), %d outages, %lld expected states, "
              "%d conflicts", operations, qint64(timer.elapsed()), syncs, offlineSyncs, outages,
              qint64(expected.size()), reportedConflicts);
        QVERIFY(expected.size() > operations / 3);
        QVERIFY(outages > 0);

        // no lost revision: every state a client synced is a revision on the server
        const QHash<QString, QStringList> revisions = serverRevisions();
        for (const auto &[uuid, value] : std::as_const(expected)) {
            bool found = false;
            for (const QString &json : revisions.value(uuid))
                found = found || json.contains(QLatin1Char('"') + value + QLatin1Char('"'));
            QVERIFY2(found, qPrintable(QStringLiteral("%1 of %2 is not on the server").arg(value, uuid)));
        }
        // every conflict visible: reported to the desk that made it, counted on the article
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM revisions WHERE kind = 'conflict'")),
                 qint64(reportedConflicts));
        QCOMPARE(serverCount(QStringLiteral("SELECT coalesce(sum(conflicts), 0) FROM articles")), qint64(reportedConflicts));
        QVERIFY(reportedConflicts > 0);
        // and everyone ends on the server's heads
        PgConnection db;
        QVERIFY2(db.open(m_cluster.url(), &error), qPrintable(error));
        PgResult heads;
        QVERIFY(db.exec(QStringLiteral("SELECT uuid::text, json::jsonb ->> 'title', json::jsonb ->> 'subtitle', "
                                       "json::jsonb ->> 'byline', json::jsonb ->> 'source' FROM articles"),
                        &heads, &error));
        for (int client = 0; client < Clients; ++client) {
            const QHash<QString, Row> local = rows(client);
            QCOMPARE(local.size(), heads.rows());
            for (int row = 0; row < heads.rows(); ++row) {
                const QStringList fieldsOnServer{heads.text(row, 1), heads.text(row, 2), heads.text(row, 3),
                                                 heads.text(row, 4)};
                QCOMPARE(local.value(heads.text(row, 0)).fields, fieldsOnServer);
            }
        }
    }

    void leaseExpiresAfterKill()
    {
        QString error;
        QVERIFY2(m_cluster.exec(QStringLiteral("UPDATE server_settings SET value = '2' WHERE key = 'lease_seconds'"),
                                &error), qPrintable(error));
        const QHash<QString, Row> first = rows(0);
        QVERIFY(!first.isEmpty());
        const QString uuid = first.keys().first();
        const qint64 mine = first.value(uuid).id;
        const qint64 theirs = rows(1).value(uuid).id;
        QVERIFY(theirs > 0);
        // desk 0 takes the lease and keeps renewing it
        QProcess holder;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COPYDESK_STORE"), store(0));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        holder.setProcessEnvironment(environment);
        holder.start(QStringLiteral(COPYDESK_CLI_PATH),
                     {QStringLiteral("leases"), QStringLiteral("take"), QString::number(mine), QStringLiteral("--hold")});
        QVERIFY(holder.waitForReadyRead(10000));
        QVERIFY2(holder.readAllStandardOutput().contains("taken"), "the holder did not take the lease");
        // renewed past its 2 s: still held, 王五 正在编辑
        QTest::qWait(2600);
        CliResult taken = runCli({QStringLiteral("leases"), QStringLiteral("take"), QString::number(theirs)}, store(1));
        QCOMPARE(taken.code, 1);
        QVERIFY2(taken.err.contains(QStringLiteral("王五 is editing it")), qPrintable(taken.err)); // 王五 正在编辑 in Chinese
        const CliResult listed = runCli({QStringLiteral("leases"), QStringLiteral("--json")}, store(2));
        QVERIFY2(listed.out.contains(QStringLiteral("王五")), qPrintable(listed.out));
        // the desk crashes: nothing releases the lease, it expires
        ::kill(pid_t(holder.processId()), SIGKILL);
        QVERIFY(holder.waitForFinished(5000));
        QElapsedTimer timer;
        timer.start();
        do {
            QTest::qWait(250);
            taken = runCli({QStringLiteral("leases"), QStringLiteral("take"), QString::number(theirs)}, store(1));
        } while (taken.code != 0 && timer.elapsed() < 10000);
        QVERIFY2(taken.code == 0, qPrintable(taken.err));
        QVERIFY(timer.elapsed() < 5000);
        // an editor may take over an unexpired lease, and it is audited
        QVERIFY2(m_cluster.exec(QStringLiteral("UPDATE server_settings SET value = '120' WHERE key = 'lease_seconds'"),
                                &error), qPrintable(error));
        taken = runCli({QStringLiteral("leases"), QStringLiteral("take"), QString::number(theirs)}, store(1));
        QCOMPARE(taken.code, 0);
        const CliResult plain = runCli({QStringLiteral("leases"), QStringLiteral("take"), QString::number(mine)}, store(0));
        QCOMPARE(plain.code, 1);
        const CliResult forced = runCli({QStringLiteral("leases"), QStringLiteral("take"), QString::number(mine),
                                         QStringLiteral("--force")}, store(0));
        QVERIFY2(forced.code == 0, qPrintable(forced.err)); // wang is an editor
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'takeover'")), 1);
        const CliResult released = runCli({QStringLiteral("leases"), QStringLiteral("release"), QString::number(mine)},
                                          store(0));
        QCOMPARE(released.code, 0);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM leases")), 0);
    }
};

QTEST_GUILESS_MAIN(TstBlackboxNewsroom)
#include "tst_blackbox_newsroom.moc"
