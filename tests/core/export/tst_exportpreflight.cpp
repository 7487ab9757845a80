#include "export/exportpreflight.h"
#include "fixtures/testutil.h"
#include "import/textimporter.h"
#include "model/wordlist.h"
#include "store/store.h"

#include <QtTest>

using namespace copydesk;

using Kind = ExportPreflight::Problem::Kind;
Q_DECLARE_METATYPE(copydesk::Article)
Q_DECLARE_METATYPE(copydesk::ExportPreflight::Problem::Kind)

namespace {

Article complete()
{
    Article article = Article::create(QStringLiteral("大祥区妇联多举措全面推进民族团结进步示范创建工作"));
    article.source = QStringLiteral("大祥区人民政府");
    article.blocks << Block::paragraph(RichText(QStringLiteral("正文。")))
                   << Block::image(QString(64, QLatin1Char('a')), 1800, 1200, QStringLiteral("活动现场"), QStringLiteral("记者 摄"));
    return article;
}

} // namespace

// The problems listed before an export, each with its block and a message naming it.
class TstExportPreflight : public QObject
{
    Q_OBJECT

private slots:
    void problems_data()
    {
        QTest::addColumn<Article>("article");
        QTest::addColumn<QList<Kind>>("kinds");
        QTest::addColumn<QList<int>>("blocks");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("nominal: nothing to report") << complete() << QList<Kind>{} << QList<int>{} << QString();
        Article a = complete();
        a.title = QStringLiteral("  \n ");
        QTest::newRow("nominal: empty title") << a << QList<Kind>{Kind::EmptyTitle} << QList<int>{-1} << QStringLiteral("title");
        a = complete();
        a.source.clear();
        QTest::newRow("nominal: missing source") << a << QList<Kind>{Kind::MissingSource} << QList<int>{-1}
                                                 << QStringLiteral("来源");
        a = complete();
        a.blocks[1].caption = QStringLiteral(" ");
        QTest::newRow("nominal: photo without caption") << a << QList<Kind>{Kind::PhotoWithoutCaption} << QList<int>{1}
                                                        << QStringLiteral("Photo 1 has no caption");
        a = complete();
        a.blocks[1].credit.clear();
        QTest::newRow("nominal: photo without credit") << a << QList<Kind>{Kind::PhotoWithoutCredit} << QList<int>{1}
                                                       << QStringLiteral("活动现场");
        a = complete();
        a.blocks << Block::paragraph(RichText(QStringLiteral("再一段。"))) << Block::imagePlaceholder(QStringLiteral("图为王冠华正在作先进事迹分享"));
        QTest::newRow("nominal: placeholder") << a << QList<Kind>{Kind::PlaceholderWithoutPhoto} << QList<int>{3}
                                              << QStringLiteral("Photo 2");
        a = complete();
        a.title.clear();
        a.source.clear();
        a.blocks[1].caption.clear();
        a.blocks[1].credit.clear();
        QTest::newRow("robustness: everything missing, in order")
            << a << QList<Kind>{Kind::EmptyTitle, Kind::MissingSource, Kind::PhotoWithoutCaption, Kind::PhotoWithoutCredit}
            << QList<int>{-1, -1, 1, 1} << QStringLiteral("Photo 1");
        a = complete();
        a.blocks[1].caption = QString(500, QChar(0x56e2));
        a.blocks[1].credit.clear();
        QTest::newRow("robustness: a very long caption is shortened") << a << QList<Kind>{Kind::PhotoWithoutCredit}
                                                                      << QList<int>{1} << QString(23, QChar(0x56e2)) + QChar(0x2026);
        a = TextImporter::fromPlainText(test::sampleArticleText());
        QList<Kind> kinds;
        QList<int> blocks;
        for (int i = 0; i < a.blocks.size(); ++i) {
            if (a.blocks.at(i).isPlaceholder()) {
                kinds << Kind::PlaceholderWithoutPhoto;
                blocks << i;
            }
        }
        kinds << Kind::OpenProofFindings; // its half-width commas
        blocks << -1;
        QTest::newRow("nominal: the shared sample before its photos arrive") << a << kinds << blocks << QString();
        a = complete();
        a.embargo = QDateTime::currentDateTimeUtc().addDays(1);
        QTest::newRow("nominal: under embargo") << a << QList<Kind>{Kind::Embargoed} << QList<int>{-1} << QStringLiteral("embargoed until");
        a.embargo = QDateTime::currentDateTimeUtc().addDays(-1);
        QTest::newRow("nominal: an embargo in the past is over") << a << QList<Kind>{} << QList<int>{} << QString();
        a = complete();
        a.blocks[0] = Block::paragraph(RichText(QStringLiteral("近日,大祥区妇联开展活动。")));
        QTest::newRow("nominal: open proofing findings") << a << QList<Kind>{Kind::OpenProofFindings} << QList<int>{-1}
                                                         << QStringLiteral("open finding");
    }

    void problems()
    {
        QFETCH(Article, article);
        QFETCH(QList<Kind>, kinds);
        QFETCH(QList<int>, blocks);
        QFETCH(QString, messagePart);
        const QList<ExportPreflight::Problem> problems = ExportPreflight::check(article);
        // Proofing is one count in one place.
        const bool proofRow = kinds.contains(Kind::OpenProofFindings);
        QCOMPARE(ExportPreflight::openProofFindings(article) > 0, proofRow);
        ExportPreflight::Options noProofing;
        noProofing.proofing = false;
        QCOMPARE(ExportPreflight::check(article, noProofing).size(), problems.size() - (proofRow ? 1 : 0));
        QList<Kind> gotKinds;
        QList<int> gotBlocks;
        QStringList messages;
        for (const ExportPreflight::Problem &problem : problems) {
            gotKinds << problem.kind;
            gotBlocks << problem.blockIndex;
            QVERIFY(!problem.message.isEmpty());
            messages << problem.message;
        }
        QCOMPARE(gotKinds, kinds);
        QCOMPARE(gotBlocks, blocks);
        if (!messagePart.isEmpty())
            QVERIFY2(messages.join(QLatin1Char('\n')).contains(messagePart), qPrintable(messages.join(QLatin1Char('\n'))));
    }

    // The desk's check counts what the Proofing panel shows: the store's word lists count, the
    // findings the editor ignored in this article do not.
    void proofingAsTheDeskSetsIt()
    {
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("s.sqlite3")), &error), qPrintable(error));
        Article a = complete();
        a.blocks[0] = Block::paragraph(RichText(QStringLiteral("近日,老百姓都来了。")));
        QVERIFY2(store.insertArticle(&a, &error), qPrintable(error));
        const auto proofing = [&] {
            for (const ExportPreflight::Problem &problem : ExportPreflight::check(a, store)) {
                if (problem.kind == Kind::OpenProofFindings)
                    return problem.message;
            }
            return QString();
        };
        QVERIFY(proofing().contains(QLatin1Char('1')));
        WordList list;
        list.name = QStringLiteral("house");
        list.enabled = true;
        list.entries = {WordListEntry{QStringLiteral("老百姓"), QStringLiteral("群众"), QString(), WordListEntry::Kind::Caution}};
        QVERIFY2(store.importWordList(list, nullptr, &error), qPrintable(error));
        QVERIFY2(proofing().contains(QLatin1Char('2')), qPrintable(proofing()));
        ProofIgnores ignores;
        ignores.add(QStringLiteral("halfwidth-punctuation"), QStringLiteral(","));
        ignores.add(QStringLiteral("wordlist"), QStringLiteral("老百姓"));
        QVERIFY(store.setSetting(ProofIgnores::settingKey(a.uuid), ignores.toSetting(), &error));
        QVERIFY2(proofing().isEmpty(), qPrintable(proofing()));
    }
};

QTEST_GUILESS_MAIN(TstExportPreflight)
#include "tst_exportpreflight.moc"
