#include "model/articlemerge.h"

#include <QTest>

using namespace copydesk;


// Three-way merge of two edits of one article.
class TstArticleMerge : public QObject
{
    Q_OBJECT

private:
    static QList<Block> paragraphs(const QString &letters)
    {
        QList<Block> blocks;
        for (const QChar c : letters)
            blocks.append(Block::paragraph(QString(c)));
        return blocks;
    }

private slots:
    void blocks_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("merged"); // "!" = a conflict, mine kept
        QTest::addRow("nominal: only mine changed") << "abc" << "aXc" << "abc" << "aXc";
        QTest::addRow("nominal: only theirs changed") << "abc" << "abc" << "abY" << "abY";
        QTest::addRow("nominal: both the same change") << "abc" << "aXc" << "aXc" << "aXc";
        QTest::addRow("nominal: mine edits the end, theirs appends") << "abc" << "abX" << "abcP" << "abXP";
        QTest::addRow("nominal: mine edits the start, theirs the end") << "abcd" << "Xbcd" << "abcY" << "XbcY";
        QTest::addRow("nominal: theirs deletes, mine edits elsewhere") << "abcd" << "abcX" << "bcd" << "bcX";
        QTest::addRow("nominal: mine inserts before theirs' edit") << "abcd" << "aMbcd" << "abcY" << "aMbcY";
        QTest::addRow("robustness: both edit one block") << "abc" << "aXc" << "aYc" << "!";
        QTest::addRow("nominal: both insert at one place, mine first") << "abc" << "abMc" << "abTc" << "abMTc";
        QTest::addRow("nominal: both append") << "ab" << "abM" << "abT" << "abMT";
        QTest::addRow("nominal: both write into an empty article") << "" << "M" << "T" << "MT";
        QTest::addRow("robustness: overlapping ranges") << "abcd" << "aXXd" << "abYY" << "!";
        QTest::addRow("robustness: mine deletes what theirs edits") << "abc" << "ac" << "aYc" << "!";
        QTest::addRow("nominal: mine edits the end, theirs appends after it") << "ab" << "aX" << "abT" << "aXT";
    }

    void blocks()
    {
        QFETCH(QString, base);
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(QString, merged);
        Article b;
        b.blocks = paragraphs(base);
        Article m = b;
        m.blocks = paragraphs(mine);
        Article t = b;
        t.blocks = paragraphs(theirs);
        Article result;
        const QStringList conflicts = ArticleMerge::merge(b, m, t, &result);
        if (merged == QLatin1String("!")) {
            QCOMPARE(conflicts, QStringList{QStringLiteral("blocks")});
            QCOMPARE(result.blocks, m.blocks);
        } else {
            QVERIFY(conflicts.isEmpty());
            QCOMPARE(result.blocks, paragraphs(merged));
        }
    }

    void fields()
    {
        Article base = Article::create(QStringLiteral("标题"));
        Article mine = base;
        Article theirs = base;
        mine.byline = QStringLiteral("记者 李四");
        mine.tags = {QStringLiteral("妇联")};
        theirs.source = QStringLiteral("大祥区融媒体中心");
        theirs.status = Article::Status::Review;
        theirs.title = QStringLiteral("新标题");
        mine.title = QStringLiteral("新标题");
        Article merged;
        QVERIFY(ArticleMerge::merge(base, mine, theirs, &merged).isEmpty());
        QCOMPARE(merged.byline, mine.byline);
        QCOMPARE(merged.tags, mine.tags);
        QCOMPARE(merged.source, theirs.source);
        QCOMPARE(merged.status, Article::Status::Review);
        QCOMPARE(merged.title, QStringLiteral("新标题"));

        theirs.byline = QStringLiteral("记者 王五");
        const QStringList conflicts = ArticleMerge::merge(base, mine, theirs, &mine);
        QCOMPARE(conflicts, QStringList{QStringLiteral("byline")});
        QCOMPARE(mine.byline, QStringLiteral("记者 李四"));
        QCOMPARE(mine.source, theirs.source);
        QCOMPARE(ArticleMerge::changedFields(base, theirs),
                 (QStringList{QStringLiteral("title"), QStringLiteral("byline"), QStringLiteral("source"),
                              QStringLiteral("status")}));
    }
};

QTEST_GUILESS_MAIN(TstArticleMerge)
#include "tst_articlemerge.moc"
