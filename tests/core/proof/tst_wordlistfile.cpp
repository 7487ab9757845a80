#include "proof/wordlistfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// Outlet word lists from CSV and text files.
class TstWordListFile : public QObject
{
    Q_OBJECT

private slots:
    void csv()
    {
        const QList<WordListEntry> entries = WordListFile::parseCsv(
            QStringLiteral("term,preferred,note,kind\r\n老百姓,群众,新华社规范,caution\n"
                           "\"残废人\",\"残疾人\",\"含\"\"歧视\"\"\",禁用词\n瞎子,盲人\n,,\nGDP,国内生产总值,,standard"),
            WordListEntry::Kind::Caution);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).term, QStringLiteral("老百姓"));
        QCOMPARE(entries.at(0).note, QStringLiteral("新华社规范"));
        QCOMPARE(entries.at(1).note, QStringLiteral("含\"歧视\""));
        QCOMPARE(entries.at(1).kind, WordListEntry::Kind::Forbidden);
        QCOMPARE(entries.at(2).preferred, QStringLiteral("盲人"));
        QCOMPARE(entries.at(2).kind, WordListEntry::Kind::Caution);
        QCOMPARE(entries.at(3).kind, WordListEntry::Kind::Standard);
    }

    void text()
    {
        const QList<WordListEntry> entries = WordListFile::parseText(
            QStringLiteral("# 本报禁用词\n老百姓\t群众\n\n瞎子|盲人|含歧视\n  \n"), WordListEntry::Kind::Forbidden);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).preferred, QStringLiteral("群众"));
        QCOMPARE(entries.at(1).note, QStringLiteral("含歧视"));
        QCOMPARE(entries.at(1).kind, WordListEntry::Kind::Forbidden);
    }

    void read_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("count"); // -1: refused
        QTest::addRow("nominal: csv with BOM") << QStringLiteral("list.csv") << QByteArray("\xEF\xBB\xBFterm,preferred\n老百姓,群众\n") << 1;
        QTest::addRow("nominal: text") << QStringLiteral("list.txt") << QByteArray("老百姓\t群众\n瞎子\n") << 2;
        QTest::addRow("robustness: no terms") << QStringLiteral("empty.txt") << QByteArray("# nothing\n\n") << -1;
        QTest::addRow("robustness: missing file") << QString() << QByteArray() << -1;
    }

    void read()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, count);
        QTemporaryDir dir;
        const QString path = dir.filePath(name.isEmpty() ? QStringLiteral("missing.csv") : name);
        if (!name.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        QList<WordListEntry> entries;
        QString error;
        QCOMPARE(WordListFile::read(path, WordListEntry::Kind::Caution, &entries, &error), count >= 0);
        if (count >= 0)
            QCOMPARE(entries.size(), count);
        else
            QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstWordListFile)
#include "tst_wordlistfile.moc"
