#include "fixtures/pgcluster.h"
#include "postgres/pgconnection.h"
#include "postgres/pgquery.h"
#include "postgres/pgresult.h"
#include "server/serverleases.h"
#include "server/serverschema.h"

#include <QUuid>
#include <QtTest>

using namespace copydesk;
using copydesk::test::PgCluster;

// The newsroom schema on a throwaway PostgreSQL cluster: migrations, and the permissions the
// database itself enforces by role (row-level security), whatever a client sends.
class TestServerSchema : public QObject
{
    Q_OBJECT

    PgCluster m_cluster;

    QString articleJson(const QString &uuid, const QString &title, const QString &status)
    {
        return QStringLiteral(R"({"uuid":"%1","title":"%2","status":"%3","blocks":[]})").arg(uuid, title, status);
    }

    // Runs one statement as user; the SQLSTATE on failure ("" on success), rows affected in *rows.
    QString as(const QString &user, const QString &sql, const QStringList &parameters = {}, qint64 *rows = nullptr)
    {
        PgConnection db;
        QString error;
        if (!db.open(m_cluster.url(user), &error))
            return QStringLiteral("connect: ") + error;
        PgQuery query(sql);
        for (const QString &parameter : parameters)
            query.bind(parameter);
        PgResult result;
        const bool ok = query.exec(db, &result, &error);
        if (rows)
            *rows = result.affected();
        return ok ? QString() : result.sqlState();
    }

    QString create(const QString &user, const QString &title, const QString &status = QStringLiteral("draft"))
    {
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString state = as(user, QStringLiteral("INSERT INTO articles (uuid, json) VALUES ($1::uuid, $2)"),
                                 {uuid, articleJson(uuid, title, status)});
        return state.isEmpty() ? uuid : QString();
    }

    qint64 update(const QString &user, const QString &uuid, const QString &title, const QString &status,
                  QString *state)
    {
        qint64 rows = -1;
        *state = as(user, QStringLiteral("UPDATE articles SET json = $2 WHERE uuid = $1::uuid"),
                    {uuid, articleJson(uuid, title, status)}, &rows);
        return rows;
    }

private slots:
    void initTestCase()
    {
        COPYDESK_START_NEWSROOM(m_cluster, {QStringLiteral("li=reporter"), QStringLiteral("chen=reporter"),
                                            QStringLiteral("wang=editor"), QStringLiteral("zhao=chief")});
        QString why;
        QVERIFY2(m_cluster.exec(QStringLiteral("CREATE ROLE guest LOGIN"), &why), qPrintable(why));
    }

    void migrations()
    {
        PgConnection db;
        QString error;
        QVERIFY2(db.open(m_cluster.url(), &error), qPrintable(error));
        int version = 0;
        QVERIFY2(ServerSchema::version(db, &version, &error), qPrintable(error));
        QCOMPARE(version, ServerSchema::latestVersion());
        // nominal: migrating an up-to-date schema changes nothing
        int from = -1;
        int to = -1;
        QVERIFY2(ServerSchema::migrate(db, &from, &to, &error), qPrintable(error));
        QCOMPARE(from, ServerSchema::latestVersion());
        QCOMPARE(to, ServerSchema::latestVersion());
        // robustness: a second init is refused, the schema untouched
        int applied = 0;
        QVERIFY(!ServerSchema::init(db, &applied, &error));
        QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
        // robustness: a schema newer than this Copydesk is refused, not downgraded
        QVERIFY(db.exec(QStringLiteral("INSERT INTO copydesk_schema (version) VALUES (99)"), &error));
        QVERIFY(!ServerSchema::migrate(db, &from, &to, &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY(db.exec(QStringLiteral("DELETE FROM copydesk_schema WHERE version = 99"), &error));
    }

    void migrationsOnAnEmptyDatabase()
    {
        QString error;
        QVERIFY2(m_cluster.exec(QStringLiteral("CREATE DATABASE fresh"), &error), qPrintable(error));
        PgConnection db;
        QVERIFY2(db.open(m_cluster.url(QStringLiteral("postgres"), QStringLiteral("fresh")), &error), qPrintable(error));
        int from = -1;
        int to = -1;
        QVERIFY2(ServerSchema::migrate(db, &from, &to, &error), qPrintable(error));
        QCOMPARE(from, 0);
        QCOMPARE(to, ServerSchema::latestVersion());
    }

    void reportersEditTheirOwnDrafts()
    {
        const QString mine = create(QStringLiteral("li"), QStringLiteral("李的稿"));
        QVERIFY(!mine.isEmpty());
        const QString theirs = create(QStringLiteral("chen"), QStringLiteral("陈的稿"));
        QVERIFY(!theirs.isEmpty());
        QString state;
        // nominal: own draft
        QCOMPARE(update(QStringLiteral("li"), mine, QStringLiteral("改过"), QStringLiteral("draft"), &state), 1);
        QCOMPARE(state, QString());
        // robustness: another reporter's draft is not even visible to the update
        QCOMPARE(update(QStringLiteral("li"), theirs, QStringLiteral("偷改"), QStringLiteral("draft"), &state), 0);
        QCOMPARE(state, QString());
        // robustness: a reporter may not 签发 or publish their draft
        update(QStringLiteral("li"), mine, QStringLiteral("改过"), QStringLiteral("approved"), &state);
        QCOMPARE(state, QStringLiteral("42501"));
        update(QStringLiteral("li"), mine, QStringLiteral("改过"), QStringLiteral("published"), &state);
        QCOMPARE(state, QStringLiteral("42501"));
        // robustness: nor file one as anything but a draft or for review
        QVERIFY(create(QStringLiteral("li"), QStringLiteral("直接签发"), QStringLiteral("approved")).isEmpty());
        QVERIFY(!create(QStringLiteral("li"), QStringLiteral("直接交稿"), QStringLiteral("review")).isEmpty());
        // nominal: the reporter hands the draft in (交稿), and it is the editors' from then on
        QCOMPARE(update(QStringLiteral("li"), mine, QStringLiteral("交稿"), QStringLiteral("review"), &state), 1);
        QCOMPARE(state, QString());
        QCOMPARE(update(QStringLiteral("li"), mine, QStringLiteral("收回"), QStringLiteral("draft"), &state), 0);
        QCOMPARE(state, QString());
        // robustness: nor hand the article to someone else (only the text is writable)
        QCOMPARE(as(QStringLiteral("li"), QStringLiteral("UPDATE articles SET owner = 'chen' WHERE uuid = $1::uuid"),
                    {mine}),
                 QStringLiteral("42501"));
        // robustness: nor write revisions or the audit trail directly
        QCOMPARE(as(QStringLiteral("li"), QStringLiteral("INSERT INTO audit (action) VALUES ('status')")),
                 QStringLiteral("42501"));
        QCOMPARE(as(QStringLiteral("li"), QStringLiteral("DELETE FROM revisions")), QStringLiteral("42501"));
    }

    void editorsMoveToReviewOnlyTheChiefApproves()
    {
        const QString uuid = create(QStringLiteral("li"), QStringLiteral("待签发稿"));
        QVERIFY(!uuid.isEmpty());
        QString state;
        // nominal: an editor edits a reporter's draft and moves it to 待审
        QCOMPARE(update(QStringLiteral("wang"), uuid, QStringLiteral("编辑改过"), QStringLiteral("review"), &state), 1);
        QCOMPARE(state, QString());
        // robustness: the reporter can no longer touch it
        QCOMPARE(update(QStringLiteral("li"), uuid, QStringLiteral("再改"), QStringLiteral("draft"), &state), 0);
        // robustness: an editor may not 签发 or publish
        update(QStringLiteral("wang"), uuid, QStringLiteral("编辑改过"), QStringLiteral("approved"), &state);
        QCOMPARE(state, QStringLiteral("42501"));
        update(QStringLiteral("wang"), uuid, QStringLiteral("编辑改过"), QStringLiteral("published"), &state);
        QCOMPARE(state, QStringLiteral("42501"));
        // nominal: the chief editor 签发
        QCOMPARE(update(QStringLiteral("zhao"), uuid, QStringLiteral("编辑改过"), QStringLiteral("approved"), &state), 1);
        QCOMPARE(state, QString());
        // robustness: once approved, an editor cannot change it
        QCOMPARE(update(QStringLiteral("wang"), uuid, QStringLiteral("签发后再改"), QStringLiteral("approved"), &state), 0);
        // 签发 is in the audit trail: who, and which revision (the head at the time)
        PgConnection db;
        QString error;
        QVERIFY2(db.open(m_cluster.url(QStringLiteral("wang")), &error), qPrintable(error));
        PgResult result;
        QVERIFY2(PgQuery(QStringLiteral("SELECT au.actor, au.revision_id, a.head_rev, au.old_status FROM audit au "
                                        "JOIN articles a ON a.id = au.article_id WHERE a.uuid = $1::uuid "
                                        "AND au.new_status = 'approved'"))
                     .bind(uuid).exec(db, &result, &error), qPrintable(error));
        QCOMPARE(result.rows(), 1);
        QCOMPARE(result.text(0, 0), QStringLiteral("zhao"));
        QCOMPARE(result.int64(0, 1), result.int64(0, 2));
        QCOMPARE(result.text(0, 3), QStringLiteral("review"));
        // every state written is a revision: created, edited to review, approved
        QVERIFY2(PgQuery(QStringLiteral("SELECT count(*) FROM revisions r JOIN articles a ON a.id = r.article_id "
                                        "WHERE a.uuid = $1::uuid AND r.kind = 'edit'"))
                     .bind(uuid).exec(db, &result, &error), qPrintable(error));
        QCOMPARE(result.int64(0, 0), 3);
    }

    void leasesByRole()
    {
        const QString uuid = create(QStringLiteral("li"), QStringLiteral("锁"));
        QVERIFY(!uuid.isEmpty());
        PgConnection wang;
        PgConnection li;
        PgConnection chen;
        PgConnection zhao;
        QString error;
        QVERIFY(zhao.open(m_cluster.url(QStringLiteral("zhao")), &error));
        QVERIFY(wang.open(m_cluster.url(QStringLiteral("wang")), &error));
        QVERIFY(li.open(m_cluster.url(QStringLiteral("li")), &error));
        QVERIFY(chen.open(m_cluster.url(QStringLiteral("chen")), &error));
        ServerLeases::Take outcome;
        ServerLeases::Lease lease;
        // nominal: the first to ask holds it (an editor, on a reporter's draft)
        QVERIFY2(ServerLeases(wang).take(uuid, QStringLiteral("s3"), false, &outcome, &lease, &error), qPrintable(error));
        QCOMPARE(outcome, ServerLeases::Take::Taken);
        QCOMPARE(lease.holderName, QStringLiteral("王五"));
        // robustness: the reporter whose draft it is sees who holds it, and may not take it over
        QVERIFY(ServerLeases(li).take(uuid, QStringLiteral("s1"), false, &outcome, &lease, &error));
        QCOMPARE(outcome, ServerLeases::Take::Held);
        QCOMPARE(lease.holder, QStringLiteral("wang"));
        QVERIFY(ServerLeases(li).take(uuid, QStringLiteral("s1"), true, &outcome, &lease, &error));
        QCOMPARE(outcome, ServerLeases::Take::Refused);
        // robustness: nor release it
        QVERIFY(ServerLeases(li).release(uuid, QStringLiteral("s3"), &error));
        QVERIFY(ServerLeases(li).take(uuid, QStringLiteral("s1"), false, &outcome, &lease, &error));
        QCOMPARE(outcome, ServerLeases::Take::Held);
        // robustness: another reporter may not change the draft, so holds no lease on it, forced or not
        for (const bool force : {false, true}) {
            QVERIFY(ServerLeases(chen).take(uuid, QStringLiteral("s2"), force, &outcome, &lease, &error));
            QCOMPARE(outcome, ServerLeases::Take::NotAllowed);
        }
        QCOMPARE(lease.owner, QStringLiteral("li"));
        QVERIFY2(ServerLeases::whyNotAllowed(QStringLiteral("reporter"), QStringLiteral("chen"), lease)
                     .contains(lease.ownerName), qPrintable(lease.ownerName));
        // robustness: whatever the client sends, the database writes no lease for it
        QCOMPARE(as(QStringLiteral("chen"),
                    QStringLiteral("INSERT INTO leases (article_id, holder, session, expires) SELECT id, 'chen', "
                                   "'s2', now() + interval '1 hour' FROM articles WHERE uuid = $1::uuid"),
                    {uuid}),
                 QStringLiteral("42501"));
        // nominal: the chief takes it over
        QVERIFY(ServerLeases(zhao).take(uuid, QStringLiteral("s4"), true, &outcome, &lease, &error));
        QCOMPARE(outcome, ServerLeases::Take::Taken);
        // nominal: released by its holder, the reporter takes it
        QVERIFY(ServerLeases(zhao).release(uuid, QStringLiteral("s4"), &error));
        QVERIFY(ServerLeases(li).take(uuid, QStringLiteral("s1"), false, &outcome, &lease, &error));
        QCOMPARE(outcome, ServerLeases::Take::Taken);
        // nominal: handed in (交稿), the draft is closed to the reporter: the next renewal gives the
        // lease back and is NotAllowed, for an editor to take at once
        QString state;
        QCOMPARE(update(QStringLiteral("li"), uuid, QStringLiteral("锁"), QStringLiteral("review"), &state), 1);
        QVERIFY(ServerLeases(li).take(uuid, QStringLiteral("s1"), false, &outcome, &lease, &error));
        QCOMPARE(outcome, ServerLeases::Take::NotAllowed);
        QCOMPARE(lease.status, QStringLiteral("review"));
        QVERIFY2(ServerLeases::whyNotAllowed(QStringLiteral("reporter"), QStringLiteral("li"), lease)
                     .contains(QLatin1String("handed in")), qPrintable(lease.status));
        QVERIFY(ServerLeases(wang).take(uuid, QStringLiteral("s3"), false, &outcome, &lease, &error));
        QCOMPARE(outcome, ServerLeases::Take::Taken);
    }

    void outsidersSeeNothing()
    {
        QString state = as(QStringLiteral("guest"), QStringLiteral("SELECT count(*) FROM articles"));
        QCOMPARE(state, QStringLiteral("42501"));
        QVERIFY(create(QStringLiteral("guest"), QStringLiteral("外人")).isEmpty());
    }

    void changesAreNotified()
    {
        PgConnection listener;
        QString error;
        QVERIFY2(listener.open(m_cluster.url(QStringLiteral("wang")), &error), qPrintable(error));
        QVERIFY(listener.exec(QStringLiteral("LISTEN copydesk_changes"), &error));
        const QString uuid = create(QStringLiteral("li"), QStringLiteral("通知"));
        QVERIFY(!uuid.isEmpty());
        QList<PgConnection::Notification> received;
        QElapsedTimer timer;
        timer.start();
        while (received.isEmpty() && timer.elapsed() < 5000)
            received = listener.waitForNotifications(500);
        QCOMPARE(received.size(), 1);
        QVERIFY2(received.first().payload.contains(uuid), qPrintable(received.first().payload));
    }

    // nominal: a lease taken and a lease given back are announced on copydesk_leases with the
    // article's id, so a desk waiting on it looks again at once.
    void leaseTakeAndReleaseAreNotified()
    {
        const QString uuid = create(QStringLiteral("li"), QStringLiteral("放下就通知"));
        QVERIFY(!uuid.isEmpty());
        PgConnection listener;
        PgConnection li;
        QString error;
        QVERIFY2(listener.open(m_cluster.url(QStringLiteral("wang")), &error), qPrintable(error));
        QVERIFY(listener.exec(QStringLiteral("LISTEN copydesk_leases"), &error));
        QVERIFY(li.open(m_cluster.url(QStringLiteral("li")), &error));
        PgResult id;
        QVERIFY(PgQuery(QStringLiteral("SELECT id::text FROM articles WHERE uuid = $1::uuid")).bind(uuid).exec(li, &id, &error));
        const auto waitForOne = [&listener] {
            QList<PgConnection::Notification> received;
            QElapsedTimer timer;
            timer.start();
            while (received.isEmpty() && timer.elapsed() < 5000)
                received = listener.waitForNotifications(500);
            return received;
        };
        ServerLeases::Take outcome;
        ServerLeases::Lease lease;
        QVERIFY(ServerLeases(li).take(uuid, QStringLiteral("s1"), false, &outcome, &lease, &error));
        QCOMPARE(outcome, ServerLeases::Take::Taken);
        QList<PgConnection::Notification> received = waitForOne();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().payload, id.text(0, 0));
        QVERIFY(ServerLeases(li).release(uuid, QStringLiteral("s1"), &error));
        received = waitForOne();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().payload, id.text(0, 0));
    }

    void errorsAreOneLine()
    {
        PgConnection db;
        QString error;
        QVERIFY(!db.open(QStringLiteral("postgresql:///postgres?host=/nonexistent&port=1"), &error));
        QVERIFY2(error.startsWith(QLatin1String("cannot connect to the newsroom server")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QVERIFY2(db.open(m_cluster.url(QStringLiteral("li")), &error), qPrintable(error));
        PgResult result;
        QVERIFY(!PgQuery(QStringLiteral("UPDATE articles SET owner = 'x'")).exec(db, &result, &error));
        QVERIFY(result.isPermissionDenied());
        QVERIFY2(error.startsWith(QLatin1String("permission denied")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestServerSchema)
#include "tst_serverschema.moc"
