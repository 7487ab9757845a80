#include "sqlite/database.h"
#include "store/store.h"
#include "fixtures/storefiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// The outlet's word lists in the store: versions, enabling, removal, and the migration that
// brings a version 3 store to them with its articles.
class TstWordListRows : public QObject
{
    Q_OBJECT

private:
    static WordList list(const QString &name, const QStringList &terms, bool enabled = false)
    {
        WordList list;
        list.name = name;
        list.sourceFile = name + QStringLiteral(".csv");
        list.enabled = enabled;
        for (const QString &term : terms) {
            WordListEntry entry;
            entry.term = term;
            entry.preferred = term + QStringLiteral("!");
            entry.note = QStringLiteral("note");
            entry.kind = WordListEntry::Kind::Forbidden;
            list.entries.append(entry);
        }
        return list;
    }

private slots:
    void versionsAndEnabling()
    {
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("s.sqlite3")), &error), qPrintable(error));
        WordList stored;
        QVERIFY2(store.importWordList(list(QStringLiteral("禁用词"), {QStringLiteral("老百姓"), QStringLiteral("瞎子")}),
                                      &stored, &error), qPrintable(error));
        QCOMPARE(stored.version, 1);
        QCOMPARE(stored.termCount, 2);
        QVERIFY(!stored.enabled);
        QVERIFY(store.enabledWordListEntries(&error).isEmpty()); // none enabled by default
        QVERIFY(store.setWordListEnabled(QStringLiteral("禁用词"), true, &error));
        const QList<WordListEntry> entries = store.enabledWordListEntries(&error);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).term, QStringLiteral("瞎子"));
        QCOMPARE(entries.at(1).preferred, QStringLiteral("瞎子!"));
        QCOMPARE(entries.at(1).kind, WordListEntry::Kind::Forbidden);

        // A new import is version 2, still enabled; proofing reads only the newest.
        QVERIFY(store.importWordList(list(QStringLiteral("禁用词"), {QStringLiteral("残废人")}), &stored, &error));
        QCOMPARE(stored.version, 2);
        QVERIFY(stored.enabled);
        QCOMPARE(store.enabledWordListEntries(&error).size(), 1);
        QVERIFY(store.importWordList(list(QStringLiteral("慎用词"), {QStringLiteral("国家领导人")}), nullptr, &error));
        const QList<WordList> lists = store.wordLists(&error);
        QCOMPARE(lists.size(), 2);
        QCOMPARE(lists.at(0).name, QStringLiteral("慎用词"));
        QCOMPARE(lists.at(1).version, 2);
        QCOMPARE(lists.at(1).sourceFile, QStringLiteral("禁用词.csv"));
        QVERIFY(lists.at(1).imported.isValid());

        QVERIFY(store.removeWordList(QStringLiteral("禁用词"), &error));
        QCOMPARE(store.wordLists(&error).size(), 1);
        QVERIFY(store.enabledWordListEntries(&error).isEmpty());
    }

    void refusals()
    {
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite3")), &error));
        QVERIFY(!store.removeWordList(QStringLiteral("无此表"), &error));
        QVERIFY(error.contains(QStringLiteral("无此表")));
        QVERIFY(!store.setWordListEnabled(QStringLiteral("无此表"), true, &error));
        QVERIFY(!store.importWordList(list(QString(), {QStringLiteral("a")}), nullptr, &error));
        Store closed;
        QVERIFY(closed.wordLists(&error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    // A store of version 3 opens, is migrated to 4 with its articles, and takes word lists.
    void migrationFromVersion3()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite3"));
        QString error;
        {
            Store store;
            QVERIFY(store.open(path, &error));
            Article article = Article::create(QStringLiteral("旧稿"));
            QVERIFY(store.insertArticle(&article, &error));
        }
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::ReadWriteCreate, &error));
            QVERIFY2(db.exec(test::jsonBackInArticlesSql(), &error), qPrintable(error));
            QVERIFY2(db.exec(QStringLiteral("DROP TABLE word_list_terms; DROP TABLE word_lists; DROP TABLE search_pending; DROP TRIGGER article_edits_folded; DROP TABLE article_edits; PRAGMA user_version = 3;"),
                             &error), qPrintable(error));
        }
        Store store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.pragma(QStringLiteral("user_version")).toInt(), Store::SchemaVersion);
        QCOMPARE(store.listArticles(&error).size(), 1);
        QVERIFY2(store.importWordList(list(QStringLiteral("规范表述"), {QStringLiteral("GDP")}), nullptr, &error),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstWordListRows)
#include "tst_wordlistrows.moc"
