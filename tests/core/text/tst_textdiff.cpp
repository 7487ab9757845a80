#include "model/article.h"
#include "model/articlediff.h"
#include "fixtures/testutil.h"
#include "text/textdiff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace copydesk;

using Segments = QList<TextDiff::Segment>;
Q_DECLARE_METATYPE(Segments)

// Character-level (CJK) and word-level (Latin) differences, and articles compared field by field.
class TstTextDiff : public QObject
{
    Q_OBJECT

private:
    static TextDiff::Segment eq(const QString &text) { return {TextDiff::Segment::Kind::Equal, text}; }
    static TextDiff::Segment del(const QString &text) { return {TextDiff::Segment::Kind::Deleted, text}; }
    static TextDiff::Segment ins(const QString &text) { return {TextDiff::Segment::Kind::Inserted, text}; }

    static QString render(const Segments &segments)
    {
        QString text;
        for (const TextDiff::Segment &segment : segments) {
            switch (segment.kind) {
            case TextDiff::Segment::Kind::Equal: text += segment.text; break;
            case TextDiff::Segment::Kind::Deleted: text += QStringLiteral("[-") + segment.text + QStringLiteral("-]"); break;
            case TextDiff::Segment::Kind::Inserted: text += QStringLiteral("{+") + segment.text + QStringLiteral("+}"); break;
            }
        }
        return text;
    }

    // A long article body: the shared sample repeated to the wanted length.
    static QString longText(int characters)
    {
        const QString sample = test::sampleArticleText();
        QString text;
        while (text.size() < characters)
            text += sample;
        return text.left(characters);
    }

    // Scattered small edits: replaced, inserted and deleted characters.
    static QString edited(const QString &text, int edits, quint32 seed)
    {
        QRandomGenerator random(seed);
        QString result = text;
        for (int i = 0; i < edits; ++i) {
            const int at = int(random.bounded(result.size()));
            switch (random.bounded(3)) {
            case 0: result[at] = QChar(0x4E00 + int(random.bounded(0x5000))); break;
            case 1: result.insert(at, QStringLiteral("新增")); break;
            default: result.remove(at, 1); break;
            }
        }
        return result;
    }

private slots:
    void diff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: a Chinese character replaced") << QStringLiteral("民族团结进步") << QStringLiteral("民族团聚进步")
                                                               << QStringLiteral("民族团[-结-]{+聚+}进步");
        QTest::newRow("nominal: Chinese words inserted") << QStringLiteral("大祥区妇联开展活动") << QStringLiteral("大祥区妇联近日开展宣传活动")
                                                         << QStringLiteral("大祥区妇联{+近日+}开展{+宣传+}活动");
        QTest::newRow("nominal: English changes word by word") << QStringLiteral("the quick brown fox") << QStringLiteral("the quick red fox")
                                                               << QStringLiteral("the quick [-brown-]{+red+} fox");
        QTest::newRow("nominal: identical texts") << QStringLiteral("相同") << QStringLiteral("相同") << QStringLiteral("相同");
        QTest::newRow("nominal: from nothing") << QString() << QStringLiteral("新稿") << QStringLiteral("{+新稿+}");
        QTest::newRow("nominal: to nothing") << QStringLiteral("旧稿") << QString() << QStringLiteral("[-旧稿-]");
        QTest::newRow("robustness: a tiny coincidental match folds into the change")
            << QStringLiteral("甲乙的丙丁") << QStringLiteral("戊己的庚辛") << QStringLiteral("[-甲乙的丙丁-]{+戊己的庚辛+}");
        QTest::newRow("robustness: supplementary-plane characters stay whole")
            << QStringLiteral("字𠀋字") << QStringLiteral("字𠀀字") << QStringLiteral("字[-𠀋-]{+𠀀+}字");
    }

    void diff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const Segments segments = TextDiff::diff(before, after);
        QCOMPARE(render(segments), expected);
        QCOMPARE(TextDiff::textBefore(segments), before);
        QCOMPARE(TextDiff::textAfter(segments), after);
    }

    void reconstructs_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("edits");
        QTest::newRow("nominal: 2k characters, a few edits") << 2000 << 5;
        QTest::newRow("nominal: 20k characters, many edits") << 20000 << 200;
        QTest::newRow("robustness: 5k characters against something else entirely") << 5000 << -1;
    }

    // Whatever the texts, the segments rebuild both sides exactly.
    void reconstructs()
    {
        QFETCH(int, length);
        QFETCH(int, edits);
        const QString before = longText(length);
        const QString after = edits < 0 ? edited(longText(length).mid(777) + before.left(777), 3000, 9)
                                        : edited(before, edits, 7);
        const Segments segments = TextDiff::diff(before, after);
        QCOMPARE(TextDiff::textBefore(segments), before);
        QCOMPARE(TextDiff::textAfter(segments), after);
        for (qsizetype i = 1; i < segments.size(); ++i)
            QVERIFY(segments.at(i).kind != segments.at(i - 1).kind);
        if (edits > 0) {
            qsizetype changed = 0;
            for (const TextDiff::Segment &segment : segments)
                changed += segment.kind == TextDiff::Segment::Kind::Equal ? 0 : segment.text.size();
            QVERIFY2(changed < edits * 12, qPrintable(QString::number(changed))); // a real diff, not a rewrite
        }
    }

    void speed_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("edits");
        QTest::newRow("nominal: a 20k-character article with 100 edits in well under 50 ms") << 20000 << 100;
    }

    void speed()
    {
        QFETCH(int, length);
        QFETCH(int, edits);
        const QString before = longText(length);
        const QString after = edited(before, edits, 3);
        QElapsedTimer timer;
        timer.start();
        const Segments segments = TextDiff::diff(before, after);
        const qint64 ms = timer.elapsed();
        QCOMPARE(TextDiff::textAfter(segments), after);
        qInfo("diff of %d characters with %d edits: %lld ms", length, edits, ms);
        QVERIFY2(ms < 50, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    }

    void timeout_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("robustness: a budget of 0 ms still gives a correct (coarse) result") << 30000;
    }

    void timeout()
    {
        QFETCH(int, length);
        const QString before = longText(length);
        const QString after = edited(before, 2000, 5);
        const Segments segments = TextDiff::diff(before, after, 0);
        QCOMPARE(TextDiff::textBefore(segments), before);
        QCOMPARE(TextDiff::textAfter(segments), after);
    }

    void articleDiff_data()
    {
        QTest::addColumn<QString>("newTitle");
        QTest::addColumn<QString>("newCaption");
        QTest::newRow("nominal: title and caption changed") << QStringLiteral("大祥区妇联全面推进示范创建") << QStringLiteral("活动现场");
    }

    void articleDiff()
    {
        QFETCH(QString, newTitle);
        QFETCH(QString, newCaption);
        Article before = Article::create(QStringLiteral("大祥区妇联多举措推进示范创建"));
        before.blocks = {Block::paragraph(QStringLiteral("第一段。")), Block::imagePlaceholder(QStringLiteral("宣传月")),
                         Block::heading(QStringLiteral("小标题"))};
        Article after = before;
        after.title = newTitle;
        after.blocks[1].caption = newCaption;
        after.status = Article::Status::Review;
        const QList<ArticleDiff::Field> fields = ArticleDiff::compare(before, after);
        QStringList changed;
        for (const ArticleDiff::Field &field : fields) {
            if (field.changed())
                changed.append(field.key);
            QCOMPARE(TextDiff::textBefore(field.segments), field.before);
            QCOMPARE(TextDiff::textAfter(field.segments), field.after);
        }
        QCOMPARE(changed, (QStringList{QStringLiteral("title"), QStringLiteral("status"), QStringLiteral("captions")}));
        const auto body = std::find_if(fields.begin(), fields.end(), [](const ArticleDiff::Field &f) { return f.key == QLatin1String("body"); });
        QVERIFY(body != fields.end());
        QCOMPARE(body->before, QStringLiteral("第一段。\n小标题"));
    }
};

QTEST_GUILESS_MAIN(TstTextDiff)
#include "tst_textdiff.moc"
