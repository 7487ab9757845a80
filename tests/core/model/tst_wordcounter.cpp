#include "model/article.h"
#include "model/wordcounter.h"
#include "fixtures/testutil.h"

#include <QRandomGenerator>
#include <QTest>

using namespace copydesk;

// The kept count of the open article: always what a full Article::wordCount() gives.
class TstWordCounter : public QObject
{
    Q_OBJECT

private slots:
    void equalsAFullCount_data()
    {
        QTest::addColumn<int>("edits");
        QTest::newRow("nominal: one article counted once") << 0;
        QTest::newRow("nominal: 200 edits, one block each, counted after each") << 200;
    }

    void equalsAFullCount()
    {
        QFETCH(int, edits);
        Article article = Article::create(QStringLiteral("大箐乡妇联 Women's Federation"));
        const QStringList lines = test::sampleArticleText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            article.blocks.append(Block::paragraph(line));
        WordCounter counter;
        QCOMPARE(counter.count(article), article.wordCount());
        QRandomGenerator random(11);
        for (int i = 0; i < edits; ++i) {
            Block &block = article.blocks[random.bounded(int(article.blocks.size()))];
            const QString text = block.plainText();
            block = Block::paragraph(i % 3 == 0 ? text + QStringLiteral("，新词 word%1").arg(i)
                                     : i % 3 == 1 ? text.left(text.size() / 2)
                                                  : QString());
            if (i % 50 == 0)
                article.title += QStringLiteral("标题");
            QCOMPARE(counter.count(article), article.wordCount());
        }
    }

    // robustness: the same paragraph several times counts each time; no text counts 0.
    void repeatedAndEmptyTexts()
    {
        Article article = Article::create(QString());
        WordCounter counter;
        QCOMPARE(counter.count(article), 0);
        for (int i = 0; i < 3; ++i)
            article.blocks.append(Block::paragraph(QStringLiteral("重复的段落 again")));
        QCOMPARE(counter.count(article), article.wordCount());
        QCOMPARE(counter.count(article), 3 * counter.count(Article::create(QStringLiteral("重复的段落 again"))));
    }
};

QTEST_GUILESS_MAIN(TstWordCounter)
#include "tst_wordcounter.moc"
