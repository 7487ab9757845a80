#include "fixtures/testutil.h"
#include "import/textimporter.h"
#include "proof/proofengine.h"
#include "text/script.h"

#include <QFile>
#include <QTest>

#include <memory>

using namespace copydesk;

// The rules through the engine: per rule at least ten slips it must find (the spans marked
// ⟦…⟧ in the text, with their suggestions; * for any suggestion) and ten look-alikes that must
// give no finding at all, from any rule. Then the shared sample, whole articles and the
// per-block re-check.
class TstProofEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProofEngine> m_print;
    std::unique_ptr<ProofEngine> m_web;
    std::unique_ptr<ProofEngine> m_listed; // with a word list

    static void addCases(const char *rule, const char *preset, const QStringList &slips, const QList<QStringList> &suggestions,
                         const QStringList &clean, const char *script = "simplified")
    {
        for (qsizetype i = 0; i < slips.size(); ++i)
            QTest::addRow("nominal: %s %s", rule, qPrintable(slips.at(i)))
                << QString::fromLatin1(rule) << QString::fromLatin1(preset) << QString::fromLatin1(script)
                << slips.at(i) << suggestions.at(i);
        for (const QString &text : clean)
            QTest::addRow("robustness: %s clean %s", rule, qPrintable(text))
                << QString::fromLatin1(rule) << QString::fromLatin1(preset) << QString::fromLatin1(script) << text
                << QStringList();
    }

    const ProofEngine &engine(const QString &rule, const QString &preset) const
    {
        if (rule == QLatin1String("wordlist"))
            return *m_listed;
        return preset == QLatin1String("web") ? *m_web : *m_print;
    }

    // The text without its ⟦ ⟧ marks, and the marked spans.
    static QString unmark(const QString &marked, QList<QPair<int, int>> *spans)
    {
        QString text;
        int open = -1;
        for (const QChar c : marked) {
            if (c == QChar(0x27E6)) {
                open = int(text.size());
            } else if (c == QChar(0x27E7)) {
                spans->append({open, int(text.size())});
            } else {
                text += c;
            }
        }
        return text;
    }

private slots:
    // The dock and the CLI's messages name rules as users read them, never by their ids.
    void everyRuleHasAName()
    {
        for (const QString &id : ProofEngine::ruleIds()) {
            const QString name = ProofEngine::ruleName(id);
            QVERIFY2(!name.isEmpty() && name != id, qPrintable(id));
        }
        QCOMPARE(ProofEngine::ruleName(QStringLiteral("no-such-rule")), QStringLiteral("no-such-rule"));
    }

    // Our own annotated news sentences (data/annotated-sentences.txt): every slip found by its
    // rule (recall 100%), not one finding on a clean sentence. The figures go to the log.
    void annotatedSet()
    {
        QFile file(QStringLiteral(COPYDESK_SOURCE_DIR "/tests/core/proof/data/annotated-sentences.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        int slips = 0, found = 0, clean = 0, alarms = 0;
        QStringList missed, falseAlarms;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("- "))) {
                ++clean;
                const QString sentence = line.mid(2);
                const QList<ProofFinding> findings = m_print->checkText(
                        sentence, m_print->context(ProofFinding::Field::Body, ProofOptions::Script::Simplified));
                if (!findings.isEmpty()) {
                    ++alarms;
                    falseAlarms << sentence + QStringLiteral(" [") + findings.first().rule + QLatin1Char(']');
                }
            } else if (line.startsWith(QLatin1String("+ "))) {
                ++slips;
                const QString rule = line.mid(2).section(QLatin1Char('\t'), 0, 0);
                const QString sentence = line.mid(2).section(QLatin1Char('\t'), 1);
                const QList<ProofFinding> findings = m_print->checkText(
                        sentence, m_print->context(ProofFinding::Field::Body, ProofOptions::Script::Simplified));
                if (std::any_of(findings.cbegin(), findings.cend(), [&](const ProofFinding &f) { return f.rule == rule; }))
                    ++found;
                else
                    missed << sentence + QStringLiteral(" [") + rule + QLatin1Char(']');
            }
        }
        qInfo("annotated set: %d of %d slips found, %d false alarms on %d clean sentences", found, slips, alarms, clean);
        QVERIFY(slips >= 40 && clean >= 50);
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1Char('\n'))));
        QVERIFY2(falseAlarms.isEmpty(), qPrintable(falseAlarms.join(QLatin1Char('\n'))));
    }

    void initTestCase()
    {
        m_print = std::make_unique<ProofEngine>();
        ProofOptions web;
        web.preset = ProofOptions::Preset::Web;
        m_web = std::make_unique<ProofEngine>(web);
        ProofOptions listed;
        const auto entry = [](const char *term, const char *preferred, WordListEntry::Kind kind) {
            WordListEntry e;
            e.term = QString::fromUtf8(term);
            e.preferred = QString::fromUtf8(preferred);
            e.kind = kind;
            return e;
        };
        listed.wordList = {entry("老百姓", "群众", WordListEntry::Kind::Caution),
                           entry("GDP", "国内生产总值", WordListEntry::Kind::Standard),
                           entry("残废人", "残疾人", WordListEntry::Kind::Forbidden),
                           entry("瞎子", "盲人", WordListEntry::Kind::Forbidden),
                           entry("国家领导人", "", WordListEntry::Kind::Caution)};
        m_listed = std::make_unique<ProofEngine>(listed);
        QVERIFY(m_print->hasSpelling());
    }

    void rules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("suggestions");
        const QString comma = QStringLiteral("，");

        addCases("halfwidth-punctuation", "print",
                 {QStringLiteral("近日⟦,⟧大祥区妇联开展活动"), QStringLiteral("来源⟦:⟧大祥区人民政府"),
                  QStringLiteral("他说⟦:⟧“我们会努力。”"), QStringLiteral("会议于10:30开始⟦,⟧持续两小时"),
                  QStringLiteral("真的吗⟦?⟧太好了"), QStringLiteral("太好了⟦!⟧我们赢了"),
                  QStringLiteral("一是加强领导⟦;⟧二是完善制度"), QStringLiteral("三八红旗手⟦(⟧集体⟦)⟧"),
                  QStringLiteral("据CNN⟦,⟧美国总统"), QStringLiteral("增长了2.1%⟦,⟧达到新高"),
                  QStringLiteral("⟦(⟧1⟦)⟧加强组织建设"), QStringLiteral("今天天气很好⟦.⟧"),
                  QStringLiteral("转载请注明出处⟦:⟧https://www.shaoshang.cn/news/173763.html")},
                 {{comma}, {QStringLiteral("：")}, {QStringLiteral("：")}, {comma}, {QStringLiteral("？")},
                  {QStringLiteral("！")}, {QStringLiteral("；")}, {QStringLiteral("（"), QStringLiteral("）")}, {comma},
                  {comma}, {QStringLiteral("（"), QStringLiteral("）")}, {QStringLiteral("。")}, {QStringLiteral("：")}},
                 {QStringLiteral("访问https://www.shaoshang.cn/news/173763.html了解详情。"),
                  QStringLiteral("会议于10:30开始。"), QStringLiteral("今年增长2.1%。"), QStringLiteral("共计1,000人参加。"),
                  QStringLiteral("发放资料1.3万余份。"), QStringLiteral("He said: hello, world."),
                  QStringLiteral("请发邮件至editor@example.com咨询。"), QStringLiteral("下载报告.pdf文件"),
                  QStringLiteral("比分为3:2。"), QStringLiteral("他们在“What's next?”论坛上发言。"),
                  QStringLiteral("版本号为v1.2.3。"), QStringLiteral("Hello, world!")});

        const QString open = QStringLiteral("“"), close = QStringLiteral("”");
        addCases("ascii-quotes", "print",
                 {QStringLiteral("⟦\"⟧中华民族一家亲⟦\"⟧总目标"), QStringLiteral("紧扣⟦\"⟧同心共筑中国梦⟦\"⟧目标"),
                  QStringLiteral("他说⟦'⟧好的⟦'⟧然后离开"), QStringLiteral("开展⟦\"⟧百千万巾帼大宣讲⟦\"⟧活动"),
                  QStringLiteral("⟦\"⟧最美家庭⟦\"⟧评选"), QStringLiteral("所谓⟦\"⟧内卷⟦\"⟧现象"),
                  QStringLiteral("被称为⟦\"⟧AI教父⟦\"⟧的科学家"), QStringLiteral("他说：⟦\"⟧我们一定会成功。⟦\"⟧"),
                  QStringLiteral("⟦'⟧两癌⟦'⟧检查"), QStringLiteral("读者称其为⟦\"⟧良心之作⟦\"⟧，并推荐"),
                  QStringLiteral("⟦\"⟧一带一路⟦\"⟧倡议"), QStringLiteral("他说：“我们将继续努力。⟦\"⟧还要加油"),
                  QStringLiteral("大家都说⟦\"⟧好样的")},
                 {{open, close}, {open, close}, {QStringLiteral("‘"), QStringLiteral("’")}, {open, close}, {open, close},
                  {open, close}, {open, close}, {open, close}, {QStringLiteral("‘"), QStringLiteral("’")},
                  {open, close}, {open, close}, {close}, {open}},
                 {QStringLiteral("He said \"hello\" to me."), QStringLiteral("It's a \"good\" idea."),
                  QStringLiteral("“中华民族一家亲”总目标"), QStringLiteral("型号为\"X-1\"的飞机"), QStringLiteral("don't stop"),
                  QStringLiteral("身高6'2\"的球员"), QStringLiteral("five o'clock新闻"), QStringLiteral("‘两癌’检查"),
                  QStringLiteral("他说“I'm fine”。"), QStringLiteral("代码为\"ABC\"。"),
                  QStringLiteral("\"Made in China\"标签")});

        addCases("unbalanced-pair", "print",
                 {QStringLiteral("他说⟦“⟧我们会努力。"), QStringLiteral("我们会努力。⟦”⟧他说"), QStringLiteral("阅读⟦《⟧红楼梦"),
                  QStringLiteral("红楼梦⟦》⟧很好看"), QStringLiteral("三八红旗手⟦（⟧集体"), QStringLiteral("集体⟦）⟧获奖"),
                  QStringLiteral("⟦【⟧快讯本报讯"), QStringLiteral("快讯⟦】⟧本报讯"), QStringLiteral("他说“好”，然后说⟦“⟧不好"),
                  QStringLiteral("《民法典》反家庭暴力法⟦》⟧"), QStringLiteral("⟦「⟧引文")},
                 QList<QStringList>(11, {QStringLiteral("-")}),
                 {QStringLiteral("“中华民族一家亲”"), QStringLiteral("《民法典》《反家庭暴力法》"),
                  QStringLiteral("三八红旗手（集体）"), QStringLiteral("【快讯】本报讯"),
                  QStringLiteral("“我们会努力，”他说，“一定会成功。”"), QStringLiteral("“这是第一段，引语在下一段继续"),
                  QStringLiteral("他说：“‘两癌’检查很重要。”"), QStringLiteral("（一）加强组织建设"),
                  QStringLiteral("「引文」"), QStringLiteral("《人民日报》报道"), QStringLiteral("‘单引号’")});

        addCases("doubled-mark", "print",
                 {QStringLiteral("近日⟦，，⟧大祥区"), QStringLiteral("活动结束⟦。。⟧"), QStringLiteral("西苑公园⟦、、⟧东苑公园"),
                  QStringLiteral("一是加强领导⟦；；⟧二是"), QStringLiteral("来源⟦：：⟧大祥区"), QStringLiteral("他说⟦，，⟧好的"),
                  QStringLiteral("完成了⟦。。⟧下一步"), QStringLiteral("苹果⟦、、⟧香蕉"), QStringLiteral("注意⟦：：⟧明天"),
                  QStringLiteral("好⟦，，，⟧的"), QStringLiteral("气氛热烈⟦，。⟧"), QStringLiteral("苹果⟦、，⟧香蕉"),
                  QStringLiteral("他说：“好的。”⟦。⟧"), QStringLiteral("真的吗？”⟦。⟧他问"), QStringLiteral("结束⟦。，⟧然后")},
                 {{comma}, {QStringLiteral("。")}, {QStringLiteral("、")}, {QStringLiteral("；")}, {QStringLiteral("：")},
                  {comma}, {QStringLiteral("。")}, {QStringLiteral("、")}, {QStringLiteral("：")}, {comma},
                  {QStringLiteral("。")}, {comma}, {QString()}, {QString()}, {QStringLiteral("。")}},
                 {QStringLiteral("近日，大祥区"), QStringLiteral("他说：“好。”"), QStringLiteral("苹果、香蕉"),
                  QStringLiteral("好！！"), QStringLiteral("真的吗？！"), QStringLiteral("他沉默了……"),
                  QStringLiteral("北京——上海"), QStringLiteral("“好。”“不好。”"), QStringLiteral("一是，二是；"),
                  QStringLiteral("结束。下一步，开始。"), QStringLiteral("1,000,000"), QStringLiteral("他说：“好的。”他走了。"),
                  QStringLiteral("“好”。"), QStringLiteral("（见附件）。"), QStringLiteral("真的吗？！")});

        const QString ellipsis = QStringLiteral("……"), dash = QStringLiteral("——");
        addCases("ellipsis-dash", "print",
                 {QStringLiteral("等等⟦...⟧"), QStringLiteral("我们⟦......⟧然后"), QStringLiteral("他说⟦。。。⟧"),
                  QStringLiteral("沉默⟦…⟧然后"), QStringLiteral("北京⟦--⟧上海"), QStringLiteral("他说⟦—⟧这是真的"),
                  QStringLiteral("等等⟦...⟧后来"), QStringLiteral("一段⟦---⟧另一段"), QStringLiteral("⟦...⟧开始"),
                  QStringLiteral("期待⟦.....⟧"), QStringLiteral("北京⟦—⟧上海")},
                 {{ellipsis}, {ellipsis}, {ellipsis}, {ellipsis}, {dash}, {dash}, {ellipsis}, {dash}, {ellipsis},
                  {ellipsis}, {dash}},
                 {QStringLiteral("等等……"), QStringLiteral("北京——上海"), QStringLiteral("Wait..."),
                  QStringLiteral("2022-2023年"), QStringLiteral("www.example.com"), QStringLiteral("a--b"),
                  QStringLiteral("第3.5版"), QStringLiteral("——他说"), QStringLiteral("……然后"),
                  QStringLiteral("版本1.0...2.0"), QStringLiteral("He paused... then went on.")});

        addCases("fullwidth-alnum", "print",
                 {QStringLiteral("⟦ＡＰＰ⟧下载"), QStringLiteral("⟦５Ｇ⟧网络"), QStringLiteral("共⟦１２３⟧人"),
                  QStringLiteral("增长⟦２．５％⟧"), QStringLiteral("⟦ｉＰｈｏｎｅ⟧手机"), QStringLiteral("第⟦１⟧名"),
                  QStringLiteral("⟦ＣＥＯ⟧表示"), QStringLiteral("⟦２０２２⟧年"), QStringLiteral("⟦ＧＤＰ⟧增长"),
                  QStringLiteral("编号⟦Ａ１⟧")},
                 {{QStringLiteral("APP")}, {QStringLiteral("5G")}, {QStringLiteral("123")}, {QStringLiteral("2.5%")},
                  {QStringLiteral("iPhone")}, {QStringLiteral("1")}, {QStringLiteral("CEO")}, {QStringLiteral("2022")},
                  {QStringLiteral("GDP")}, {QStringLiteral("A1")}},
                 {QStringLiteral("APP下载"), QStringLiteral("5G网络"), QStringLiteral("（一）"), QStringLiteral("增长2.5%"),
                  QStringLiteral("全角标点：逗号，句号。"), QStringLiteral("第1名"), QStringLiteral("iPhone手机"),
                  QStringLiteral("＃话题＃"), QStringLiteral("CEO表示"), QStringLiteral("＆符号")});

        const QString none;
        addCases("stray-space", "print",
                 {QStringLiteral("大祥区⟦ ⟧妇联"), QStringLiteral("我们⟦  ⟧一起"), QStringLiteral("你好⟦ ⟧，世界"),
                  QStringLiteral("你好，⟦ ⟧世界"), QStringLiteral("结束。⟦ ⟧下一段"), QStringLiteral("“⟦ ⟧我们”"),
                  QStringLiteral("中国⟦ ⟧人民"), QStringLiteral("活动⟦ ⟧（集体）"), QStringLiteral("书名《⟦ ⟧红楼梦》"),
                  QStringLiteral("很好⟦ ⟧！"), QStringLiteral("Apple⟦ ⟧，是")},
                 QList<QStringList>(11, {none}),
                 {QStringLiteral("　　段落缩进。"), QStringLiteral("结尾。 "), QStringLiteral("He said hello."),
                  QStringLiteral("使用iPhone手机"), QStringLiteral("Hello World"), QStringLiteral("A B"),
                  QStringLiteral("“ABC”"), QStringLiteral("你好，世界"), QStringLiteral("一、加强领导"),
                  QStringLiteral("3 + 4 = 7"), QStringLiteral("（一）"), QStringLiteral("王　芳"),
                  QStringLiteral("大祥融媒讯（记者 王冠华 通讯员 李四）近日"),
                  QStringLiteral("from Hunan Province. “十四五”期间"), QStringLiteral("he said “yes” and left"),
                  QStringLiteral("wait … and see")});

        addCases("cjk-latin-space", "print",
                 {QStringLiteral("使用⟦ ⟧iPhone手机"), QStringLiteral("iPhone⟦ ⟧手机"), QStringLiteral("共⟦ ⟧3⟦ ⟧个"),
                  QStringLiteral("2022⟦ ⟧年"), QStringLiteral("华为⟦ ⟧Mate 60手机"), QStringLiteral("约⟦ ⟧100⟦ ⟧人"),
                  QStringLiteral("在⟦  ⟧GitHub上"), QStringLiteral("CEO⟦ ⟧表示"), QStringLiteral("第⟦ ⟧1⟦ ⟧名"),
                  QStringLiteral("APP⟦ ⟧下载")},
                 {{none}, {none}, {none, none}, {none}, {none}, {none, none}, {none}, {none}, {none, none}, {none}},
                 {QStringLiteral("使用iPhone手机"), QStringLiteral("2022年"), QStringLiteral("网址 https://www.example.com"),
                  QStringLiteral("Hello world"), QStringLiteral("iPhone 15"), QStringLiteral("他说：OK"),
                  QStringLiteral("邮箱 editor@example.com"), QStringLiteral("3.5万"), QStringLiteral("CEO表示"),
                  QStringLiteral("APP下载")});
        const QString space = QStringLiteral(" ");
        addCases("cjk-latin-space", "web",
                 {QStringLiteral("使用⟦⟧iPhone⟦⟧手机"), QStringLiteral("共⟦⟧3⟦⟧个"), QStringLiteral("2022⟦⟧年"),
                  QStringLiteral("华为⟦⟧Mate"), QStringLiteral("CEO⟦⟧表示"), QStringLiteral("APP⟦⟧下载"),
                  QStringLiteral("第⟦⟧1⟦⟧名"), QStringLiteral("约⟦⟧100⟦⟧人"), QStringLiteral("在⟦⟧GitHub⟦⟧上"),
                  QStringLiteral("5G⟦⟧网络")},
                 {{space, space}, {space, space}, {space}, {space}, {space}, {space}, {space, space}, {space, space},
                  {space, space}, {space}},
                 {QStringLiteral("使用 iPhone 手机"), QStringLiteral("2022 年"), QStringLiteral("共 3 个"),
                  QStringLiteral("Hello world"), QStringLiteral("增长 2.1%。"), QStringLiteral("他说：“OK”"),
                  QStringLiteral("你好，世界"), QStringLiteral("CEO 表示"), QStringLiteral("第 1 名"),
                  QStringLiteral("5G 网络")});

        addCases("repeated-character", "print",
                 {QStringLiteral("我们⟦的的⟧工作"), QStringLiteral("完成⟦了了⟧任务"), QStringLiteral("他⟦是是⟧老师"),
                  QStringLiteral("他⟦在在⟧北京工作"), QStringLiteral("我⟦和和⟧你"), QStringLiteral("我⟦们们⟧的"),
                  QStringLiteral("他⟦就就⟧去了"), QStringLiteral("我⟦的的的⟧书"), QStringLiteral("讨论⟦并并⟧通过"),
                  QStringLiteral("大家⟦都都⟧来了"), QStringLiteral("好⟦吗吗⟧？"), QStringLiteral("他⟦被被⟧批评")},
                 {{QStringLiteral("的")}, {QStringLiteral("了")}, {QStringLiteral("是")}, {QStringLiteral("在")},
                  {QStringLiteral("和")}, {QStringLiteral("们")}, {QStringLiteral("就")}, {QStringLiteral("的")},
                  {QStringLiteral("并")}, {QStringLiteral("都")}, {QStringLiteral("吗")}, {QStringLiteral("被")}},
                 {QStringLiteral("我们要常常看看书。"), QStringLiteral("谢谢大家。"), QStringLiteral("好好学习，天天向上。"),
                  QStringLiteral("保护环境人人有责。"), QStringLiteral("结果往往出人意料，天色渐渐暗了。"),
                  QStringLiteral("为了了解情况，他走访了群众。"), QStringLiteral("此事不了了之。"),
                  QStringLiteral("这的的确确是真的。"), QStringLiteral("他现在在家。"), QStringLiteral("这是达到目的的手段。"),
                  QStringLiteral("关键是是否落实。"), QStringLiteral("他从从容容地走了。"), QStringLiteral("一家人和和美美。")});

        addCases("confusable", "print",
                 {QStringLiteral("他⟦一愁莫展⟧"), QStringLiteral("⟦按步就班⟧地推进"), QStringLiteral("说得⟦直接了当⟧"),
                  QStringLiteral("⟦迫不急待⟧地出发"), QStringLiteral("⟦再接再励⟧"), QStringLiteral("请登录⟦帐号⟧"),
                  QStringLiteral("绳子⟦松驰⟧了"), QStringLiteral("⟦震憾⟧人心"), QStringLiteral("⟦谈笑风声⟧"),
                  QStringLiteral("⟦走头无路⟧"), QStringLiteral("⟦渡假⟧村")},
                 {{QStringLiteral("一筹莫展")}, {QStringLiteral("按部就班")}, {QStringLiteral("直截了当")},
                  {QStringLiteral("迫不及待")}, {QStringLiteral("再接再厉")}, {QStringLiteral("账号")}, {QStringLiteral("松弛")},
                  {QStringLiteral("震撼")}, {QStringLiteral("谈笑风生")}, {QStringLiteral("走投无路")}, {QStringLiteral("度假")}},
                 {QStringLiteral("他一筹莫展。"), QStringLiteral("按部就班地推进。"), QStringLiteral("说得直截了当。"),
                  QStringLiteral("迫不及待地出发。"), QStringLiteral("再接再厉。"), QStringLiteral("请登录账号。"),
                  QStringLiteral("竞赛开始。"), QStringLiteral("震撼人心。"), QStringLiteral("谈笑风生。"),
                  QStringLiteral("走投无路。"), QStringLiteral("度假村。"), QStringLiteral("预防犯罪。"),
                  QStringLiteral("他竟选择了放弃。"), QStringLiteral("堪察加半岛。"),
                  QStringLiteral("毕竟赛事和技术都重要。"), QStringLiteral("同时侯某表示，一座落成于明代的古桥。")});

        addCases("script-mix", "print",
                 {QStringLiteral("我的⟦頭髮⟧很长"), QStringLiteral("⟦後來⟧他走了"), QStringLiteral("他⟦們⟧说"),
                  QStringLiteral("他们⟦說⟧好"), QStringLiteral("中⟦國⟧人民"), QStringLiteral("⟦經濟⟧发展"),
                  QStringLiteral("⟦時間⟧到了"), QStringLiteral("⟦這個⟧问题"), QStringLiteral("⟦學習⟧知识"),
                  QStringLiteral("⟦開會⟧了")},
                 {{QStringLiteral("头发")}, {QStringLiteral("后来")}, {QStringLiteral("们")}, {QStringLiteral("说")},
                  {QStringLiteral("国")}, {QStringLiteral("经济")}, {QStringLiteral("时间")}, {QStringLiteral("这个")},
                  {QStringLiteral("学习")}, {QStringLiteral("开会")}},
                 {QStringLiteral("乾道南院爱心企业家"), QStringLiteral("著名作家"), QStringLiteral("乾隆皇帝"),
                  QStringLiteral("台湾"), QStringLiteral("于是"), QStringLiteral("里面"), QStringLiteral("干部"),
                  QStringLiteral("后来"), QStringLiteral("头发"), QStringLiteral("邵阳蔡锷乡")});
        addCases("script-mix", "print",
                 {QStringLiteral("我們的⟦头发⟧很長"), QStringLiteral("他⟦们⟧說"), QStringLiteral("⟦经济⟧發展"),
                  QStringLiteral("⟦这个⟧問題"), QStringLiteral("⟦学习⟧知識"), QStringLiteral("⟦时间⟧到了"),
                  QStringLiteral("中⟦国⟧人民"), QStringLiteral("⟦开会⟧了"), QStringLiteral("⟦后来⟧他走了"),
                  QStringLiteral("他們⟦说⟧好")},
                 {{QStringLiteral("頭髮")}, {QStringLiteral("們")}, {QStringLiteral("經濟")}, {QStringLiteral("這個")},
                  {QStringLiteral("學習")}, {QStringLiteral("時間")}, {QStringLiteral("國")}, {QStringLiteral("開會")},
                  {QStringLiteral("後來")}, {QStringLiteral("說")}},
                 {QStringLiteral("我們的頭髮很長"), QStringLiteral("台灣"), QStringLiteral("經濟發展"),
                  QStringLiteral("這個問題"), QStringLiteral("著名作家"), QStringLiteral("乾隆皇帝"),
                  QStringLiteral("他們說好"), QStringLiteral("中國人民"), QStringLiteral("開會了"),
                  QStringLiteral("後來他走了")},
                 "traditional");

        addCases("wordlist", "print",
                 {QStringLiteral("⟦老百姓⟧生活"), QStringLiteral("⟦GDP⟧增长"), QStringLiteral("⟦ＧＤＰ⟧增长"),
                  QStringLiteral("⟦gdp⟧增长"), QStringLiteral("⟦殘廢人⟧"), QStringLiteral("⟦瞎子⟧摸象"),
                  QStringLiteral("⟦国家领导人⟧出席"), QStringLiteral("关心⟦老百姓⟧"), QStringLiteral("⟦残废人⟧"),
                  QStringLiteral("⟦Gdp⟧")},
                 {{QStringLiteral("群众")}, {QStringLiteral("国内生产总值")}, {QStringLiteral("国内生产总值")},
                  {QStringLiteral("国内生产总值")}, {QStringLiteral("残疾人")}, {QStringLiteral("盲人")},
                  {QStringLiteral("-")}, {QStringLiteral("群众")}, {QStringLiteral("残疾人")}, {QStringLiteral("国内生产总值")}},
                 {QStringLiteral("群众生活"), QStringLiteral("GDPR条例"), QStringLiteral("国内生产总值"),
                  QStringLiteral("残疾人"), QStringLiteral("盲人"), QStringLiteral("百姓"), QStringLiteral("老百货大楼"),
                  QStringLiteral("CGDP指数"), QStringLiteral("领导人"), QStringLiteral("国家领导")});

        const QString any = QStringLiteral("*");
        addCases("spelling", "print",
                 {QStringLiteral("他说⟦teh⟧"), QStringLiteral("This is a ⟦mispelled⟧ word"),
                  QStringLiteral("the ⟦goverment⟧ said"), QStringLiteral("请⟦recieve⟧文件"),
                  QStringLiteral("⟦accomodation⟧费用"), QStringLiteral("in the ⟦begining⟧"),
                  QStringLiteral("⟦definately⟧"), QStringLiteral("it ⟦occured⟧ twice"), QStringLiteral("⟦seperate⟧"),
                  QStringLiteral("wait ⟦untill⟧ noon")},
                 QList<QStringList>(10, {any}),
                 {QStringLiteral("Hello World"), QStringLiteral("iPhone"), QStringLiteral("GDP"),
                  QStringLiteral("Daxiang"), QStringLiteral("the government said"),
                  QStringLiteral("abcdefghijklmnopqrstuvwxyzabcdefghij"),
                  QStringLiteral("https://www.shaoshang.cn/news"), QStringLiteral("editor@example.com"),
                  QStringLiteral("报告.pdf"), QStringLiteral("v1.2.3"), QStringLiteral("Wang Guanhua said"),
                  QStringLiteral("don't")});
    }

    void rules()
    {
        QFETCH(QString, rule);
        QFETCH(QString, preset);
        QFETCH(QString, script);
        QFETCH(QString, text);
        QFETCH(QStringList, suggestions);
        QList<QPair<int, int>> spans;
        const QString plain = unmark(text, &spans);
        const ProofEngine &proof = engine(rule, preset);
        const ProofContext context = proof.context(ProofFinding::Field::Body, script == QLatin1String("traditional")
                                                                                ? ProofOptions::Script::Traditional
                                                                                : ProofOptions::Script::Simplified);
        const QList<ProofFinding> all = proof.checkText(plain, context);
        if (spans.isEmpty()) {
            QStringList found;
            for (const ProofFinding &finding : all)
                found.append(QStringLiteral("%1 %2-%3").arg(finding.rule).arg(finding.start).arg(finding.end));
            QCOMPARE(found, QStringList());
            return;
        }
        QList<ProofFinding> findings;
        for (const ProofFinding &finding : all) {
            if (finding.rule == rule)
                findings.append(finding);
        }
        QCOMPARE(findings.size(), spans.size());
        QCOMPARE(suggestions.size(), spans.size());
        for (qsizetype i = 0; i < spans.size(); ++i) {
            QCOMPARE(findings.at(i).start, spans.at(i).first);
            QCOMPARE(findings.at(i).end, spans.at(i).second);
            QVERIFY(!findings.at(i).message.isEmpty());
            if (suggestions.at(i) == QLatin1String("-"))
                QVERIFY(!findings.at(i).suggestion);
            else if (suggestions.at(i) == QLatin1String("*"))
                QVERIFY(findings.at(i).suggestion);
            else
                QCOMPARE(findings.at(i).suggestion.value_or(QStringLiteral("(none)")), suggestions.at(i));
        }
    }

    // Each half-width comma or colon next to Chinese in the shared sample is found, the URL and
    // the numbers are not, and nothing else is (the sample's only other slips: (集体) and three ;).
    void sharedSample()
    {
        const QStringList lines = test::sampleArticleText().split(QLatin1Char('\n'));
        int expected = 0;
        int found = 0;
        for (const QString &line : lines) {
            const QList<ProofFinding> findings =
                m_print->checkText(line, m_print->context(ProofFinding::Field::Body, ProofOptions::Script::Simplified));
            QSet<int> at;
            for (const ProofFinding &finding : findings) {
                QCOMPARE(finding.rule, QStringLiteral("halfwidth-punctuation"));
                QVERIFY2(QStringLiteral(",:;()").contains(line.at(finding.start)), qPrintable(line));
                at.insert(finding.start);
            }
            for (int i = 0; i < line.size(); ++i) {
                const QChar c = line.at(i);
                if (c != QLatin1Char(',') && c != QLatin1Char(':'))
                    continue;
                const bool chinese = (i > 0 && Script::isCjk(line.at(i - 1).unicode()))
                    || (i + 1 < line.size() && Script::isCjk(line.at(i + 1).unicode()));
                QCOMPARE(at.contains(i), chinese);
                expected += chinese ? 1 : 0;
            }
            found += int(findings.size());
        }
        QVERIFY(expected > 80);
        QCOMPARE(found, expected + 5); // ( ) and three ;
    }

    void article()
    {
        const Article article = TextImporter::fromPlainText(test::sampleArticleText());
        const QList<ProofFinding> findings = m_print->checkArticle(article);
        QVERIFY(!findings.isEmpty());
        for (const ProofFinding &finding : findings) {
            QCOMPARE(finding.rule, QStringLiteral("halfwidth-punctuation"));
            QVERIFY(finding.field == ProofFinding::Field::Body || finding.field == ProofFinding::Field::Caption
                    || finding.field == ProofFinding::Field::Title);
        }
    }

    // Every field is checked, with its field and block; a list's items count in the block's
    // plain text; the re-check of one block finds what the whole check found there.
    void fieldsAndBlocks()
    {
        Article article;
        article.title = QStringLiteral("标题,有误");
        article.subtitle = QStringLiteral("副题,有误");
        article.byline = QStringLiteral("记者 王冠华,通讯员 李四");
        article.source = QStringLiteral("来源,大祥区");
        article.blocks = {Block::paragraph(QStringLiteral("正文,有误")),
                          Block::list({QStringLiteral("第一项"), QStringLiteral("第二,项")}, false),
                          Block::image(QString(), 0, 0, QStringLiteral("图片说明,有误"), QStringLiteral("摄影,张三"))};
        const QList<ProofFinding> findings = m_print->checkArticle(article);
        QStringList places;
        for (const ProofFinding &finding : findings)
            places.append(QStringLiteral("%1 %2 %3").arg(ProofFinding::fieldName(finding.field)).arg(finding.block).arg(finding.start));
        QCOMPARE(places, (QStringList{QStringLiteral("title -1 2"), QStringLiteral("subtitle -1 2"),
                                      QStringLiteral("byline -1 6"), QStringLiteral("source -1 2"),
                                      QStringLiteral("body 0 2"), QStringLiteral("body 1 6"),
                                      QStringLiteral("caption 2 4"), QStringLiteral("credit 2 2")}));
        const QList<ProofFinding> alone = m_print->checkText(
            article.blocks.at(0).text.text, m_print->context(ProofFinding::Field::Body, ProofOptions::Script::Simplified));
        QCOMPARE(alone.size(), 1);
        QCOMPARE(alone.at(0).start, findings.at(4).start);
    }

    // A mostly traditional article is proofed as traditional (Auto), a simplified one as simplified.
    void scriptOfArticle()
    {
        Article traditional;
        traditional.blocks = {Block::paragraph(QStringLiteral("我們的經濟發展很快，这个問題")),};
        QCOMPARE(m_print->scriptOf(traditional), ProofOptions::Script::Traditional);
        const QList<ProofFinding> findings = m_print->checkArticle(traditional);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).suggestion.value_or(QString()), QStringLiteral("這個"));
        Article simplified;
        simplified.blocks = {Block::paragraph(QStringLiteral("我们的经济发展很快，這個问题"))};
        QCOMPARE(m_print->scriptOf(simplified), ProofOptions::Script::Simplified);
    }

    // The tallies of a text's parts add up to the whole's: a window that tallies each paragraph
    // once and adds them up decides the script as the whole text would.
    void scriptTallyAddsUp_data()
    {
        QTest::addColumn<QStringList>("parts");
        QTest::addColumn<int>("script");
        QTest::newRow("nominal: simplified paragraphs") << QStringList{QStringLiteral("我们的经济"), QStringLiteral("发展很快")}
                                                         << int(ProofOptions::Script::Simplified);
        QTest::newRow("nominal: traditional outweighs a simplified slip")
                << QStringList{QStringLiteral("我們的經濟"), QStringLiteral("發展很快，这个問題")}
                << int(ProofOptions::Script::Traditional);
        QTest::newRow("robustness: no Chinese at all") << QStringList{QStringLiteral("abc"), QString()}
                                                       << int(ProofOptions::Script::Simplified);
        QTest::newRow("robustness: a tie is simplified") << QStringList{QStringLiteral("这"), QStringLiteral("這")}
                                                         << int(ProofOptions::Script::Simplified);
    }
    void scriptTallyAddsUp()
    {
        QFETCH(QStringList, parts);
        QFETCH(int, script);
        ScriptTally sum;
        for (const QString &part : parts)
            sum += m_print->scriptTally(part);
        const ScriptTally whole = m_print->scriptTally(parts.join(QString()));
        QCOMPARE(sum.traditional, whole.traditional);
        QCOMPARE(sum.simplified, whole.simplified);
        QCOMPARE(int(m_print->scriptOf(sum)), script);
        QCOMPARE(m_print->scriptOf(sum), m_print->scriptOf(parts.join(QString())));
    }

    // Rules can be switched off; the user's words are not misspellings.
    void options()
    {
        ProofOptions options;
        options.disabledRules = {QStringLiteral("halfwidth-punctuation")};
        options.userWords = {QStringLiteral("kopydesk")};
        const ProofEngine engine(options);
        const ProofContext context = engine.context(ProofFinding::Field::Body, ProofOptions::Script::Simplified);
        QVERIFY(engine.checkText(QStringLiteral("近日,大祥区"), context).isEmpty());
        QVERIFY(engine.checkText(QStringLiteral("the kopydesk app"), context).isEmpty());
        QCOMPARE(m_print->checkText(QStringLiteral("the kopydesk app"), context).size(), 1);
        QCOMPARE(ProofEngine::ruleIds().size(), 13);
    }

    // Offsets in the JSON contract count code points: a plane-2 ideograph is one.
    void codePoints()
    {
        const QString text = QStringLiteral("𠀀好,的");
        QCOMPARE(ProofFinding::codePointOffset(text, 3), 2);
        QCOMPARE(ProofFinding::codePointOffset(text, 4), 3);
    }
};

QTEST_GUILESS_MAIN(TstProofEngine)
#include "tst_proofengine.moc"
