#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// The RAII wrappers over sqlite3: connections, prepared statements and transactions.
class TstDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite3").arg(++m_counter)); }

private slots:
    void bindAndRead_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("type");
        QTest::newRow("nominal: a 64-bit integer") << QVariant(qint64(1) << 53) << "integer";
        QTest::newRow("nominal: a negative int") << QVariant(-7) << "integer";
        QTest::newRow("nominal: Chinese text") << QVariant(QStringLiteral("大祥区妇联")) << "text";
        QTest::newRow("robustness: text with NUL and emoji")
            << QVariant(QStringLiteral("a\u0000b😀")) << "text";
        QTest::newRow("robustness: empty text is text, not NULL") << QVariant(QString()) << "text";
        QTest::newRow("nominal: a BLOB") << QVariant(QByteArray("\x00\x01\xff", 3)) << "blob";
        QTest::newRow("robustness: an empty BLOB is a BLOB, not NULL") << QVariant(QByteArray()) << "blob";
        QTest::newRow("nominal: NULL") << QVariant() << "null";
    }

    void bindAndRead()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, type);
        Database db;
        QString error;
        QVERIFY2(db.open(freshPath(), Database::Mode::ReadWriteCreate, &error), qPrintable(error));
        QVERIFY2(db.exec(QStringLiteral("CREATE TABLE t (v)"), &error), qPrintable(error));
        Statement insert;
        QVERIFY2(insert.prepare(db, QStringLiteral("INSERT INTO t (v) VALUES (:v)"), &error), qPrintable(error));
        switch (value.typeId()) {
        case QMetaType::LongLong:
            insert.bind(":v", value.toLongLong());
            break;
        case QMetaType::Int:
            insert.bind(":v", value.toInt());
            break;
        case QMetaType::QString:
            insert.bind(":v", value.toString());
            break;
        case QMetaType::QByteArray:
            insert.bind(":v", value.toByteArray());
            break;
        default:
            insert.bindNull(":v");
        }
        QVERIFY2(insert.exec(&error), qPrintable(error));

        Statement select;
        QVERIFY(select.prepare(db, QStringLiteral("SELECT v, typeof(v) FROM t"), &error));
        QCOMPARE(select.step(), Statement::Step::Row);
        QCOMPARE(select.columnCount(), 2);
        QCOMPARE(select.columnText(1), type);
        QCOMPARE(select.columnIsNull(0), type == QLatin1String("null"));
        if (type == QLatin1String("integer")) {
            QCOMPARE(select.columnInt64(0), value.toLongLong());
        } else if (type == QLatin1String("text")) {
            QCOMPARE(select.columnText(0), value.toString());
            QVERIFY(!select.columnText(0).isNull());
        } else if (type == QLatin1String("blob")) {
            QCOMPARE(select.columnBlob(0), value.toByteArray());
            QVERIFY(!select.columnBlob(0).isNull());
        } else {
            QVERIFY(select.columnBlob(0).isNull());
        }
        QCOMPARE(select.step(), Statement::Step::Done);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("robustness: SQL that does not parse") << QString() << "SELEC 1" << "syntax error";
        QTest::newRow("robustness: a missing table") << QString() << "SELECT * FROM nowhere" << "no such table";
        QTest::newRow("robustness: a constraint violation")
            << "CREATE TABLE u (k PRIMARY KEY); INSERT INTO u VALUES (1);" << "INSERT INTO u VALUES (1)"
            << "UNIQUE constraint failed";
    }

    // Failures report SQLite's own message, and the statement stays usable.
    void errors()
    {
        QFETCH(QString, setup);
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        Database db;
        QString error;
        QVERIFY2(db.open(freshPath(), Database::Mode::ReadWriteCreate, &error), qPrintable(error));
        if (!setup.isEmpty())
            QVERIFY2(db.exec(setup, &error), qPrintable(error));
        Statement statement;
        if (statement.prepare(db, sql, &error)) {
            QVERIFY(!statement.exec(&error));
        }
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!db.exec(sql, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void unknownParameter_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("robustness: a name the statement does not have") << QByteArray(":nope");
    }

    void unknownParameter()
    {
        QFETCH(QByteArray, name);
        Database db;
        QString error;
        QVERIFY(db.open(freshPath(), Database::Mode::ReadWriteCreate, &error));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (v)"), &error));
        Statement insert;
        QVERIFY(insert.prepare(db, QStringLiteral("INSERT INTO t VALUES (:v)"), &error));
        insert.bind(name.constData(), 1);
        QVERIFY(!insert.exec(&error));
        QVERIFY2(error.contains(QStringLiteral("bind")), qPrintable(error));
        qint64 rows = -1;
        QVERIFY(db.queryInt64(QStringLiteral("SELECT count(*) FROM t"), &rows, &error));
        QCOMPARE(rows, qint64(0));
    }

    void transactions_data()
    {
        QTest::addColumn<bool>("commit");
        QTest::newRow("nominal: committed") << true;
        QTest::newRow("nominal: rolled back when it goes out of scope") << false;
    }

    void transactions()
    {
        QFETCH(bool, commit);
        Database db;
        QString error;
        QVERIFY(db.open(freshPath(), Database::Mode::ReadWriteCreate, &error));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (v)"), &error));
        {
            Transaction transaction(db);
            QVERIFY2(transaction.begin(&error), qPrintable(error));
            QVERIFY(transaction.isActive());
            Statement *insert = db.cached(QStringLiteral("INSERT INTO t VALUES (?1)"), &error);
            QVERIFY(insert);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(db.cached(QStringLiteral("INSERT INTO t VALUES (?1)"), &error), insert);
                insert->bind(1, i);
                QVERIFY2(insert->exec(&error), qPrintable(error));
                QCOMPARE(db.lastInsertRowId(), qint64(i + 1));
                QCOMPARE(db.changes(), 1);
            }
            if (commit)
                QVERIFY2(transaction.commit(&error), qPrintable(error));
        }
        qint64 rows = -1;
        QVERIFY(db.queryInt64(QStringLiteral("SELECT count(*) FROM t"), &rows, &error));
        QCOMPARE(rows, commit ? qint64(3) : qint64(0));
    }

    void readOnly_data()
    {
        QTest::addColumn<int>("dummy");
        QTest::newRow("robustness: a read-only connection refuses writes") << 0;
    }

    void readOnly()
    {
        const QString path = freshPath();
        QString error;
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::ReadWriteCreate, &error));
            QVERIFY(db.exec(QStringLiteral("CREATE TABLE t (v)"), &error));
        }
        Database db;
        QVERIFY(db.open(path, Database::Mode::ReadOnly, &error));
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO t VALUES (1)"), &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        QVERIFY(!Database().open(m_dir.filePath(QStringLiteral("missing.sqlite3")), Database::Mode::ReadWrite,
                                 &error));
        QVERIFY(error.contains(QStringLiteral("missing.sqlite3")));
    }
};

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
