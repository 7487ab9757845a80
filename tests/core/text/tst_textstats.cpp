#include "model/article.h"
#include "text/textstats.h"

#include <QTest>

using namespace copydesk;

// 字数: CJK characters plus Latin words, as Word counts them.
class TstTextStats : public QObject
{
    Q_OBJECT

private slots:
    void wordCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("nominal: Chinese sentence") << QStringLiteral("大祥区妇联开展活动。") << 9;
        QTest::newRow("nominal: English words") << QStringLiteral("The editor's desk, re-opened today.") << 5;
        QTest::newRow("nominal: mixed with digits") << QStringLiteral("2022年民族团结进步宣传月") << 11;
        QTest::newRow("nominal: half-width punctuation in Chinese") << QStringLiteral("近日\uFF0C妇联\uFF1A开展") << 6;
        QTest::newRow("nominal: quotes and dashes") << QStringLiteral("“把爱带回家——送法到家”") << 9;
        QTest::newRow("robustness: empty") << QString() << 0;
        QTest::newRow("robustness: punctuation only") << QStringLiteral("。,!?……——“”") << 0;
        QTest::newRow("robustness: extension B ideograph") << QStringLiteral("𠀀𠀁a") << 3;
        QTest::newRow("nominal: digits between ideographs") << QStringLiteral("共12338个") << 3;
    }

    void wordCount()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(TextStats::wordCount(text), count);
    }

    void articleCountsTextNotCaptions()
    {
        Article article = Article::create(QStringLiteral("标题"));
        article.blocks = {Block::paragraph(QStringLiteral("正文 text")),
                          Block::image(QStringLiteral("aa"), 10, 10, QStringLiteral("图片说明不计")),
                          Block::imagePlaceholder(QString()),
                          Block::list({RichText(QStringLiteral("一")), RichText(QStringLiteral("two"))}, false)};
        QCOMPARE(article.wordCount(), 2 + 3 + 2);
        QCOMPARE(article.imageCount(), 2);
        QCOMPARE(article.imagesMissingCaption(), 1);
    }
};

QTEST_GUILESS_MAIN(TstTextStats)
#include "tst_textstats.moc"
