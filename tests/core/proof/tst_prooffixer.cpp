#include "proof/proofengine.h"
#include "proof/prooffixer.h"

#include <QTest>

using namespace copydesk;

// Suggestions put into an article: fields, blocks with their marks, list items, overlaps.
class TstProofFixer : public QObject
{
    Q_OBJECT

private slots:
    void replace_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("with");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("markStart");
        QTest::addColumn<int>("markLength");
        // "近日,大祥区妇联" with 大祥区 (3-6) bold.
        QTest::addRow("nominal: before the mark, same length") << 2 << 3 << QStringLiteral("，")
                                                               << QStringLiteral("近日，大祥区妇联") << 3 << 3;
        QTest::addRow("nominal: before the mark, removed") << 2 << 3 << QString() << QStringLiteral("近日大祥区妇联") << 2 << 3;
        QTest::addRow("nominal: inside the mark, longer") << 4 << 5 << QStringLiteral("XY")
                                                          << QStringLiteral("近日,大XY区妇联") << 3 << 4;
        QTest::addRow("nominal: after the mark") << 6 << 8 << QStringLiteral("妇女联合会")
                                                 << QStringLiteral("近日,大祥区妇女联合会") << 3 << 3;
        QTest::addRow("robustness: insertion at the mark's start") << 3 << 3 << QStringLiteral(" ")
                                                                   << QStringLiteral("近日, 大祥区妇联") << 4 << 3;
        QTest::addRow("robustness: across the mark's end") << 5 << 7 << QStringLiteral("Z")
                                                           << QStringLiteral("近日,大祥Z联") << 3 << 3;
    }

    void replace()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, with);
        QFETCH(QString, text);
        QFETCH(int, markStart);
        QFETCH(int, markLength);
        RichText rich(QStringLiteral("近日,大祥区妇联"));
        rich.marks = {TextMark{TextMark::Kind::Bold, 3, 3, QString()}};
        ProofFixer::replace(&rich, start, end, with);
        QCOMPARE(rich.text, text);
        QCOMPARE(rich.marks.size(), 1);
        QCOMPARE(rich.marks.at(0).start, markStart);
        QCOMPARE(rich.marks.at(0).length, markLength);
    }

    // Fix all: every field and block, one rule or all; a second check finds nothing to fix.
    void applyAll()
    {
        Article article;
        article.title = QStringLiteral("标题,有误");
        article.source = QStringLiteral("来源:大祥区");
        RichText body(QStringLiteral("近日,大祥区的的妇联开展活动"));
        body.marks = {TextMark{TextMark::Kind::Link, 3, 3, QStringLiteral("https://example.com/")}};
        article.blocks = {Block::paragraph(body),
                          Block::list({QStringLiteral("第一项,好"), QStringLiteral("第二项,好")}, false),
                          Block::image(QString(), 0, 0, QStringLiteral("图片说明,有误"), QStringLiteral("摄影:张三"))};
        const ProofEngine engine;
        QCOMPARE(ProofFixer::apply(&article, engine.checkArticle(article), QStringLiteral("repeated-character")), 1);
        QCOMPARE(article.blocks.at(0).text.text, QStringLiteral("近日,大祥区的妇联开展活动"));
        QCOMPARE(ProofFixer::apply(&article, engine.checkArticle(article)), 7);
        QCOMPARE(article.title, QStringLiteral("标题，有误"));
        QCOMPARE(article.source, QStringLiteral("来源：大祥区"));
        QCOMPARE(article.blocks.at(0).text.text, QStringLiteral("近日，大祥区的妇联开展活动"));
        QCOMPARE(article.blocks.at(0).text.marks.at(0).start, 3);
        QCOMPARE(article.blocks.at(1).items.at(1).text, QStringLiteral("第二项，好"));
        QCOMPARE(article.blocks.at(2).caption, QStringLiteral("图片说明，有误"));
        QCOMPARE(article.blocks.at(2).credit, QStringLiteral("摄影：张三"));
        QVERIFY(engine.checkArticle(article).isEmpty());
    }

    // Of overlapping findings the first wins; findings without a suggestion are left.
    void overlapsAndNoSuggestion()
    {
        Article article;
        article.title = QStringLiteral("abc");
        ProofFinding first;
        first.field = ProofFinding::Field::Title;
        first.start = 0;
        first.end = 2;
        first.suggestion = QStringLiteral("X");
        ProofFinding overlapping = first;
        overlapping.start = 1;
        overlapping.end = 3;
        overlapping.suggestion = QStringLiteral("Y");
        ProofFinding none = first;
        none.suggestion.reset();
        QCOMPARE(ProofFixer::apply(&article, {overlapping, first, none}), 1);
        QCOMPARE(article.title, QStringLiteral("Xc"));
    }
};

QTEST_GUILESS_MAIN(TstProofFixer)
#include "tst_prooffixer.moc"
