#include "proof/ahocorasick.h"

#include <QTest>

using namespace copydesk;

// Many patterns in one pass: every occurrence, overlapping ones, and the leftmost-longest pick.
class TstAhoCorasick : public QObject
{
    Q_OBJECT

private slots:
    void findAll_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // "start-end:value", leftmost-longest
        QTest::addRow("nominal: classic he she his hers")
            << QStringList{QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("his"), QStringLiteral("hers")}
            << QStringLiteral("ushers") << QStringList{QStringLiteral("1-4:1")};
        QTest::addRow("nominal: Chinese terms")
            << QStringList{QStringLiteral("老百姓"), QStringLiteral("百姓")} << QStringLiteral("关心老百姓和百姓")
            << QStringList{QStringLiteral("2-5:0"), QStringLiteral("6-8:1")};
        QTest::addRow("nominal: a pattern inside another found through the fail links")
            << QStringList{QStringLiteral("abcd"), QStringLiteral("bc")} << QStringLiteral("abce")
            << QStringList{QStringLiteral("1-3:1")};
        QTest::addRow("robustness: no patterns") << QStringList() << QStringLiteral("abc") << QStringList();
        QTest::addRow("robustness: empty text") << QStringList{QStringLiteral("a")} << QString() << QStringList();
        QTest::addRow("robustness: empty pattern ignored")
            << QStringList{QString(), QStringLiteral("b")} << QStringLiteral("abc") << QStringList{QStringLiteral("1-2:1")};
        QTest::addRow("robustness: surrogate pairs")
            << QStringList{QStringLiteral("𠀀好")} << QStringLiteral("你𠀀好") << QStringList{QStringLiteral("1-4:0")};
    }

    void findAll()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        AhoCorasick automaton;
        for (qsizetype i = 0; i < patterns.size(); ++i)
            automaton.add(patterns.at(i), int(i));
        automaton.build();
        QStringList found;
        for (const AhoCorasick::Match &match : AhoCorasick::leftmostLongest(automaton.findAll(text)))
            found.append(QStringLiteral("%1-%2:%3").arg(match.start).arg(match.end).arg(match.value));
        QCOMPARE(found, expected);
    }

    // The same hits as a naive search, for many random patterns.
    void matchesNaiveSearch()
    {
        const QString alphabet = QStringLiteral("的了是在和中国人民");
        QStringList patterns;
        for (int i = 0; i < 300; ++i) {
            QString pattern;
            for (int k = 0, n = 1 + (i * 7) % 4; k < n; ++k)
                pattern += alphabet.at((i * 31 + k * 17) % alphabet.size());
            patterns.append(pattern);
        }
        patterns.removeDuplicates();
        QString text;
        for (int i = 0; i < 2000; ++i)
            text += alphabet.at((i * 13 + i / 7) % alphabet.size());
        AhoCorasick automaton;
        for (qsizetype i = 0; i < patterns.size(); ++i)
            automaton.add(patterns.at(i), int(i));
        automaton.build();
        int naive = 0;
        for (const QString &pattern : std::as_const(patterns)) {
            for (qsizetype at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1))
                ++naive;
        }
        QCOMPARE(automaton.findAll(text).size(), naive);
    }
};

QTEST_GUILESS_MAIN(TstAhoCorasick)
#include "tst_ahocorasick.moc"
