#include "sync/serveraddress.h"

#include <QtTest>

using namespace copydesk;

// The connect dialog's reading and writing of the login inside a libpq address.
class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void withUser_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("readBack");
        QTest::newRow("nominal: a URI without a login gets user@")
            << "postgresql://db.example.cn/newsroom?sslmode=verify-full" << "wangwu"
            << "postgresql://wangwu@db.example.cn/newsroom?sslmode=verify-full" << "wangwu";
        QTest::newRow("nominal: a URI's user@ is replaced")
            << "postgresql://li@db.example.cn/newsroom" << "wangwu"
            << "postgresql://wangwu@db.example.cn/newsroom" << "wangwu";
        QTest::newRow("nominal: a URI's ?user= is replaced")
            << "postgresql:///newsroom?host=/tmp/pg&port=5432&user=li" << "wang"
            << "postgresql:///newsroom?host=/tmp/pg&port=5432&user=wang" << "wang";
        QTest::newRow("nominal: a key=value string gets user=")
            << "host=db.example.cn dbname=newsroom" << "wang" << "host=db.example.cn dbname=newsroom user='wang'"
            << "wang";
        QTest::newRow("robustness: a key=value string's user= is replaced")
            << "host=db user=li dbname=newsroom" << "wang" << "host=db dbname=newsroom user='wang'" << "wang";
        QTest::newRow("robustness: an empty login leaves the address as it is")
            << "postgresql://li@db/newsroom" << "" << "postgresql://li@db/newsroom" << "li";
    }

    void withUser()
    {
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(QString, expected);
        QFETCH(QString, readBack);
        const QString result = ServerAddress::withUser(url, user);
        QCOMPARE(result, expected);
        QCOMPARE(ServerAddress::user(result), readBack);
    }

    void hasPassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("password");
        QTest::newRow("nominal: none") << "postgresql://li@db/newsroom" << false;
        QTest::newRow("robustness: in the URI's user part") << "postgresql://li:secret@db/newsroom" << true;
        QTest::newRow("robustness: as a parameter") << "host=db password=secret" << true;
    }

    void hasPassword()
    {
        QFETCH(QString, url);
        QFETCH(bool, password);
        QCOMPARE(ServerAddress::hasPassword(url), password);
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
