#include "proof/proofengine.h"
#include "proof/proofignores.h"

#include <QTest>

using namespace copydesk;

// The ignores an editor keeps for one article: kept as a setting, matched by rule and flagged
// text in every field, wherever the text moves.
class TstProofIgnores : public QObject
{
    Q_OBJECT

private:
    static Article article()
    {
        Article result = Article::create(QStringLiteral("标题,有误"));
        Block photo = Block::imagePlaceholder(QStringLiteral("现场,群众"));
        photo.credit = QStringLiteral("摄影:王五");
        result.blocks = {Block::paragraph(QStringLiteral("近日,大祥区妇联开展活动。我们的的工作。")), photo};
        return result;
    }

private slots:
    void settingRoundTrip()
    {
        ProofIgnores ignores;
        QVERIFY(ignores.isEmpty());
        ignores.add(QStringLiteral("halfwidth-punctuation"), QStringLiteral(","));
        ignores.add(QStringLiteral("confusable"), QStringLiteral("二\n行"));
        ignores.add(QStringLiteral("confusable"), QStringLiteral("二\n行"));
        QCOMPARE(ignores.size(), 2);
        const ProofIgnores back = ProofIgnores::fromSetting(ignores.toSetting());
        QCOMPARE(back.size(), 2);
        QVERIFY(back.contains(QStringLiteral("halfwidth-punctuation"), QStringLiteral(",")));
        QVERIFY(back.contains(QStringLiteral("confusable"), QStringLiteral("二\n行")));
        QVERIFY(!back.contains(QStringLiteral("confusable"), QStringLiteral(",")));
        QCOMPARE(back.toSetting(), ignores.toSetting());
        // A damaged setting keeps what it can read.
        QCOMPARE(ProofIgnores::fromSetting(QStringLiteral("no separator\n\nrule\x1Ftext")).size(), 1);
        QVERIFY(ProofIgnores::settingKey(QStringLiteral("abc")).endsWith(QStringLiteral("abc")));
    }

    void filterEveryField()
    {
        const Article a = article();
        const ProofEngine engine;
        const QList<ProofFinding> all = engine.checkArticle(a);
        int commas = 0;
        for (const ProofFinding &finding : all) {
            if (ProofIgnores::foundText(a, finding) == QLatin1String(","))
                ++commas;
        }
        QCOMPARE(commas, 3); // title, body, caption
        ProofIgnores ignores;
        QCOMPARE(ignores.filter(a, all).size(), all.size());
        ignores.add(QStringLiteral("halfwidth-punctuation"), QStringLiteral(","));
        const QList<ProofFinding> left = ignores.filter(a, all);
        QCOMPARE(left.size(), all.size() - commas);
        for (const ProofFinding &finding : left)
            QVERIFY(ProofIgnores::foundText(a, finding) != QLatin1String(","));
        // The credit's colon and the slip stay.
        QVERIFY(std::any_of(left.cbegin(), left.cend(),
                            [](const ProofFinding &f) { return f.field == ProofFinding::Field::Credit; }));
        QVERIFY(std::any_of(left.cbegin(), left.cend(),
                            [](const ProofFinding &f) { return f.rule == QLatin1String("repeated-character"); }));
    }

    void fieldText()
    {
        const Article a = article();
        ProofFinding finding;
        finding.field = ProofFinding::Field::Credit;
        finding.block = 1;
        QCOMPARE(ProofIgnores::fieldText(a, finding), QStringLiteral("摄影:王五"));
        finding.block = 7; // robustness: a block the article no longer has
        QCOMPARE(ProofIgnores::fieldText(a, finding), QString());
        finding.field = ProofFinding::Field::Title;
        finding.start = 2;
        finding.end = 3;
        QCOMPARE(ProofIgnores::foundText(a, finding), QStringLiteral(","));
    }
};

QTEST_MAIN(TstProofIgnores)
#include "tst_proofignores.moc"
