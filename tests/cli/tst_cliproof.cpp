#include "fixtures/clirunner.h"
#include "fixtures/testutil.h"
#include "proof/proofignores.h"
#include "proof/proofoptions.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// copydesk-cli's proofing commands as a user runs them: proof (text, JSON contract, presets,
// --fix as a revision), convert, wordlist, dictionary.
class TstCliProof : public QObject
{
    Q_OBJECT

private:
    using Result = test::CliResult;

    QTemporaryDir m_dir;

    QString storePath() const { return m_dir.filePath(QStringLiteral("desk.sqlite3")); }

    Result cli(const QStringList &arguments) { return test::runCli(arguments, storePath(), {}, 120000); }

    QJsonArray json(const QStringList &arguments)
    {
        const Result r = cli(arguments);
        if (r.code != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QString newArticle(const QString &text)
    {
        const QString file = m_dir.filePath(QStringLiteral("article.txt"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        out.write(text.toUtf8());
        out.close();
        const Result r = cli({QStringLiteral("import"), file});
        return r.code == 0 ? r.out.trimmed() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(COPYDESK_CLI_PATH)), COPYDESK_CLI_PATH);
    }

    // The JSON contract: field, block (null for article fields, the show --json index), start
    // and end in code points, rule, severity, message, suggestion (null when none).
    void proofJson()
    {
        const QString id = newArticle(QStringLiteral("标题,有误\n\n𠀀近日,大祥区妇联开展活动。他说“我们会努力。\n"));
        QVERIFY(!id.isEmpty());
        const QJsonArray findings = json({QStringLiteral("proof"), id, QStringLiteral("--json")});
        QCOMPARE(findings.size(), 3);
        const QJsonObject title = findings.at(0).toObject();
        QCOMPARE(title.value(QStringLiteral("field")).toString(), QStringLiteral("title"));
        QVERIFY(title.value(QStringLiteral("block")).isNull());
        QCOMPARE(title.value(QStringLiteral("start")).toInt(), 2);
        QCOMPARE(title.value(QStringLiteral("end")).toInt(), 3);
        QCOMPARE(title.value(QStringLiteral("rule")).toString(), QStringLiteral("halfwidth-punctuation"));
        QCOMPARE(title.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(title.value(QStringLiteral("suggestion")).toString(), QStringLiteral("，"));
        QVERIFY(!title.value(QStringLiteral("message")).toString().isEmpty());
        const QJsonObject body = findings.at(1).toObject();
        QCOMPARE(body.value(QStringLiteral("field")).toString(), QStringLiteral("body"));
        QCOMPARE(body.value(QStringLiteral("block")).toInt(), 0);
        QCOMPARE(body.value(QStringLiteral("start")).toInt(), 3); // 𠀀 is one code point
        const QJsonObject quote = findings.at(2).toObject();
        QCOMPARE(quote.value(QStringLiteral("rule")).toString(), QStringLiteral("unbalanced-pair"));
        QVERIFY(quote.value(QStringLiteral("suggestion")).isNull());
        const QJsonArray blocks = QJsonDocument::fromJson(cli({QStringLiteral("show"), id, QStringLiteral("--json")}).out.toUtf8())
                                      .object().value(QStringLiteral("blocks")).toArray();
        QVERIFY(blocks.at(0).toObject().value(QStringLiteral("text")).toString().startsWith(QStringLiteral("𠀀近日,")));
    }

    void proofText()
    {
        const QString id = newArticle(QStringLiteral("标题\n\n近日,大祥区妇联开展活动。\n"));
        const Result r = cli({QStringLiteral("proof"), id});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("body[0] 2-3\thalfwidth-punctuation")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("→ “，”")));
    }

    void presets()
    {
        const QString id = newArticle(QStringLiteral("标题\n\n使用iPhone手机。\n"));
        QCOMPARE(json({QStringLiteral("proof"), id, QStringLiteral("--json")}).size(), 0);
        const QJsonArray web = json({QStringLiteral("proof"), id, QStringLiteral("--json"), QStringLiteral("--preset"),
                                     QStringLiteral("web")});
        QCOMPARE(web.size(), 2);
        QCOMPARE(web.at(0).toObject().value(QStringLiteral("start")).toInt(), 2);
        QCOMPARE(web.at(0).toObject().value(QStringLiteral("end")).toInt(), 2);
        QCOMPARE(web.at(0).toObject().value(QStringLiteral("suggestion")).toString(), QStringLiteral(" "));
    }

    // --fix all on the shared sample: every suggestion in, as a revision; then nothing left.
    void fixSample()
    {
        const QString id = newArticle(test::sampleArticleText());
        const int before = int(json({QStringLiteral("revisions"), id, QStringLiteral("--json")}).size());
        QVERIFY(json({QStringLiteral("proof"), id, QStringLiteral("--json")}).size() > 80);
        const Result fixed = cli({QStringLiteral("proof"), id, QStringLiteral("--fix"), QStringLiteral("all")});
        QCOMPARE(fixed.code, 0);
        QVERIFY2(fixed.out.contains(QLatin1Char('8')), qPrintable(fixed.out));
        QCOMPARE(json({QStringLiteral("proof"), id, QStringLiteral("--json")}).size(), 0);
        QVERIFY(json({QStringLiteral("revisions"), id, QStringLiteral("--json")}).size() > before);
        const QString shown = cli({QStringLiteral("show"), id}).out;
        QVERIFY(shown.contains(QStringLiteral("近日，大祥区妇联")));
        QVERIFY(shown.contains(QStringLiteral("三八红旗手（集体）")));
    }

    void fixOneRule()
    {
        const QString id = newArticle(QStringLiteral("标题\n\n我们的的工作,很好。\n"));
        QCOMPARE(cli({QStringLiteral("proof"), id, QStringLiteral("--fix"), QStringLiteral("repeated-character")}).code, 0);
        const QJsonArray left = json({QStringLiteral("proof"), id, QStringLiteral("--json")});
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("halfwidth-punctuation"));
    }

    // What the editor decided in the window holds here: the article's ignores (neither listed
    // nor fixed) and the desk's house style when --preset is not given.
    void ignoresAndHouseStyleFromTheDesk()
    {
        const QString id = newArticle(QStringLiteral("标题\n\n我们的的工作,很好。使用iPhone手机。\n"));
        const QString uuid = QJsonDocument::fromJson(cli({QStringLiteral("show"), id, QStringLiteral("--json")}).out.toUtf8())
                                     .object().value(QStringLiteral("uuid")).toString();
        QVERIFY(!uuid.isEmpty());
        QCOMPARE(json({QStringLiteral("proof"), id, QStringLiteral("--json")}).size(), 2);
        {
            Store store;
            QString error;
            QVERIFY2(store.open(storePath(), &error), qPrintable(error));
            ProofIgnores ignores;
            ignores.add(QStringLiteral("repeated-character"), QStringLiteral("的的"));
            QVERIFY(store.setSetting(ProofIgnores::settingKey(uuid), ignores.toSetting(), &error));
            QVERIFY(store.setSetting(QString::fromLatin1(ProofOptions::PresetSetting), QStringLiteral("web"), &error));
        }
        const QJsonArray findings = json({QStringLiteral("proof"), id, QStringLiteral("--json")});
        QStringList rules;
        for (const QJsonValue &finding : findings)
            rules << finding.toObject().value(QStringLiteral("rule")).toString();
        QVERIFY2(!rules.contains(QStringLiteral("repeated-character")), qPrintable(rules.join(u',')));
        QVERIFY2(rules.contains(QStringLiteral("cjk-latin-space")), qPrintable(rules.join(u',')));
        QCOMPARE(json({QStringLiteral("proof"), id, QStringLiteral("--json"), QStringLiteral("--preset"),
                       QStringLiteral("print")}).size(), 1);
        QCOMPARE(cli({QStringLiteral("proof"), id, QStringLiteral("--fix"), QStringLiteral("all")}).code, 0);
        QVERIFY(cli({QStringLiteral("show"), id}).out.contains(QStringLiteral("我们的的工作，很好")));
        {
            Store store;
            QString error;
            QVERIFY2(store.open(storePath(), &error), qPrintable(error));
            QVERIFY(store.setSetting(QString::fromLatin1(ProofOptions::PresetSetting), QStringLiteral("print"), &error));
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("robustness: unknown rule") << QStringList{QStringLiteral("proof"), QStringLiteral("1"),
                                                                 QStringLiteral("--fix"), QStringLiteral("nonsense")};
        QTest::addRow("robustness: unknown preset") << QStringList{QStringLiteral("proof"), QStringLiteral("1"),
                                                                   QStringLiteral("--preset"), QStringLiteral("tv")};
        QTest::addRow("robustness: convert without --to") << QStringList{QStringLiteral("convert"), QStringLiteral("1")};
        QTest::addRow("robustness: unknown conversion") << QStringList{QStringLiteral("convert"), QStringLiteral("1"),
                                                                       QStringLiteral("--to"), QStringLiteral("x2y")};
        QTest::addRow("robustness: wordlist without action") << QStringList{QStringLiteral("wordlist"), QStringLiteral("frob")};
        QTest::addRow("robustness: wordlist unknown kind")
            << QStringList{QStringLiteral("wordlist"), QStringLiteral("import"), QStringLiteral("x.csv"),
                           QStringLiteral("--kind"), QStringLiteral("odd")};
        QTest::addRow("robustness: proof of a bad id") << QStringList{QStringLiteral("proof"), QStringLiteral("abc")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Result r = cli(arguments);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 1); // the reason and the pointer to --help
    }

    void convert()
    {
        const QString id = newArticle(QStringLiteral("头发\n\n我们的经济发展很快。\n"));
        const Result r = cli({QStringLiteral("convert"), id, QStringLiteral("--to"), QStringLiteral("s2t")});
        QCOMPARE(r.code, 0);
        QVERIFY(cli({QStringLiteral("show"), id}).out.contains(QStringLiteral("我們的經濟發展很快。")));
        const QJsonArray revisions = json({QStringLiteral("revisions"), id, QStringLiteral("--json")});
        QVERIFY(QJsonDocument(revisions).toJson().contains("converted: s2t"));
        QCOMPARE(cli({QStringLiteral("convert"), id, QStringLiteral("--to"), QStringLiteral("t2s")}).code, 0);
        QVERIFY(cli({QStringLiteral("show"), id}).out.contains(QStringLiteral("我们的经济发展很快。")));
        QCOMPARE(cli({QStringLiteral("convert"), QStringLiteral("9999"), QStringLiteral("--to"), QStringLiteral("s2t")}).code, 1);
    }

    // Import a list (not enabled), enable it, proof with it, a second version, remove it.
    void wordlist()
    {
        const QString id = newArticle(QStringLiteral("标题\n\n关心老百姓的GDP。\n"));
        const QString file = m_dir.filePath(QStringLiteral("规范表述.csv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("term,preferred,note,kind\n老百姓,群众,,caution\nＧＤＰ,国内生产总值,首次出现时,standard\n");
        out.close();
        const Result imported = cli({QStringLiteral("wordlist"), QStringLiteral("import"), file});
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("规范表述")), qPrintable(imported.out));
        QCOMPARE(json({QStringLiteral("proof"), id, QStringLiteral("--json")}).size(), 0);
        QCOMPARE(cli({QStringLiteral("wordlist"), QStringLiteral("enable"), QStringLiteral("规范表述")}).code, 0);
        const QJsonArray findings = json({QStringLiteral("proof"), id, QStringLiteral("--json")});
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(1).toObject().value(QStringLiteral("suggestion")).toString(), QStringLiteral("国内生产总值"));
        QCOMPARE(cli({QStringLiteral("wordlist"), QStringLiteral("import"), file}).code, 0);
        const QJsonArray lists = json({QStringLiteral("wordlist"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists.at(0).toObject().value(QStringLiteral("version")).toInt(), 2);
        QVERIFY(lists.at(0).toObject().value(QStringLiteral("enabled")).toBool());
        QCOMPARE(lists.at(0).toObject().value(QStringLiteral("terms")).toInt(), 2);
        QCOMPARE(cli({QStringLiteral("wordlist"), QStringLiteral("remove"), QStringLiteral("规范表述")}).code, 0);
        QCOMPARE(cli({QStringLiteral("wordlist"), QStringLiteral("remove"), QStringLiteral("规范表述")}).code, 1);
        QCOMPARE(json({QStringLiteral("wordlist"), QStringLiteral("list"), QStringLiteral("--json")}).size(), 0);
    }

    void dictionary()
    {
        const QString id = newArticle(QStringLiteral("标题\n\nthe kopydesk app\n"));
        QCOMPARE(json({QStringLiteral("proof"), id, QStringLiteral("--json")}).size(), 1);
        QCOMPARE(cli({QStringLiteral("dictionary"), QStringLiteral("add"), QStringLiteral("kopydesk")}).code, 0);
        QCOMPARE(cli({QStringLiteral("dictionary")}).out.trimmed(), QStringLiteral("kopydesk"));
        QCOMPARE(json({QStringLiteral("proof"), id, QStringLiteral("--json")}).size(), 0);
        QCOMPARE(cli({QStringLiteral("dictionary"), QStringLiteral("remove"), QStringLiteral("kopydesk")}).code, 0);
        QCOMPARE(cli({QStringLiteral("dictionary")}).out.trimmed(), QString());
    }
};

QTEST_GUILESS_MAIN(TstCliProof)
#include "tst_cliproof.moc"
