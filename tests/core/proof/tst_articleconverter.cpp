#include "proof/articleconverter.h"
#include "proof/chineseconverter.h"

#include <QTest>

using namespace copydesk;

// 繁简 conversion of an article through OpenCC, marks and photos kept.
class TstArticleConverter : public QObject
{
    Q_OBJECT

private slots:
    void convertText_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("nominal: s2t") << QStringLiteral("s2t") << QStringLiteral("头发很长") << QStringLiteral("頭髮很長");
        QTest::addRow("nominal: t2s") << QStringLiteral("t2s") << QStringLiteral("後來他們說") << QStringLiteral("后来他们说");
        QTest::addRow("nominal: s2twp, Taiwan's words") << QStringLiteral("s2twp") << QStringLiteral("鼠标和软件")
                                                        << QStringLiteral("滑鼠和軟體");
        QTest::addRow("robustness: Latin and digits kept") << QStringLiteral("s2t") << QStringLiteral("iPhone 15发布")
                                                           << QStringLiteral("iPhone 15發佈");
        QTest::addRow("robustness: empty") << QStringLiteral("t2s") << QString() << QString();
    }

    void convertText()
    {
        QFETCH(QString, config);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const ChineseConverter converter(config);
        QVERIFY2(converter.isValid(), qPrintable(converter.error()));
        QCOMPARE(converter.convert(text), expected);
    }

    void unknownConfiguration()
    {
        const ChineseConverter converter(QStringLiteral("x2y"));
        QVERIFY(!converter.isValid());
        QVERIFY(converter.error().contains(QStringLiteral("x2y")));
        QCOMPARE(converter.convert(QStringLiteral("头发")), QStringLiteral("头发"));
    }

    // Every text of the article; a bold word stays bold over its converted form.
    void article()
    {
        Article article;
        article.title = QStringLiteral("头发");
        article.byline = QStringLiteral("记者 王冠华");
        RichText body(QStringLiteral("我们的经济发展"));
        body.marks = {TextMark{TextMark::Kind::Bold, 3, 2, QString()}};
        article.blocks = {Block::paragraph(body), Block::list({QStringLiteral("后来")}, true),
                          Block::image(QStringLiteral("abc"), 10, 20, QStringLiteral("图为会议现场"), QStringLiteral("摄影"))};
        const ChineseConverter converter(QStringLiteral("s2t"));
        QVERIFY(ArticleConverter::convert(&article, converter));
        QCOMPARE(article.title, QStringLiteral("頭髮"));
        QCOMPARE(article.byline, QStringLiteral("記者 王冠華"));
        QCOMPARE(article.blocks.at(0).text.text, QStringLiteral("我們的經濟發展"));
        QCOMPARE(article.blocks.at(0).text.marks.at(0).start, 3);
        QCOMPARE(article.blocks.at(0).text.marks.at(0).length, 2);
        QCOMPARE(article.blocks.at(1).items.at(0).text, QStringLiteral("後來"));
        QCOMPARE(article.blocks.at(2).caption, QStringLiteral("圖爲會議現場"));
        QCOMPARE(article.blocks.at(2).media, QStringLiteral("abc"));
        QVERIFY(!ArticleConverter::convert(&article, converter));
    }
};

QTEST_GUILESS_MAIN(TstArticleConverter)
#include "tst_articleconverter.moc"
