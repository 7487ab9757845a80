#include "mainwindow/metadatapanel.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace copydesk;

// The article details panel: every field in and out, edits signalled, tags split.
class TstGuiMetadataPanel : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<Article>("article");
        Article full = Article::create(QStringLiteral("标题"));
        full.byline = QStringLiteral("记者 张三");
        full.source = QStringLiteral("大祥区人民政府");
        full.section = QStringLiteral("本地");
        full.tags = {QStringLiteral("妇联"), QStringLiteral("民族团结")};
        full.status = Article::Status::Approved;
        full.editor = QStringLiteral("李四");
        full.canonicalUrl = QStringLiteral("https://www.shaoshang.cn/news/173763.html");
        full.dateline = QStringLiteral("大祥融媒讯");
        full.slug = QStringLiteral("daxiang-fulian");
        full.embargo = QDateTime(QDate(2030, 1, 2), QTime(8, 30), Qt::UTC);
        QTest::newRow("nominal: every field") << full;
        QTest::newRow("nominal: a new draft") << Article::create();
    }

    void roundTrip()
    {
        QFETCH(Article, article);
        MetadataPanel panel;
        panel.setArticle(article);
        Article out = article;
        out.byline = out.source = out.editor = QStringLiteral("x");
        out.tags.clear();
        out.embargo = QDateTime();
        panel.applyTo(&out);
        QCOMPARE(out, article);
    }

    void editsAreSignalledAndTagsSplit()
    {
        MetadataPanel panel;
        panel.setArticle(Article::create());
        QSignalSpy edited(&panel, &MetadataPanel::edited);
        auto *tags = panel.findChild<QLineEdit *>(QStringLiteral("tagsEdit"));
        QVERIFY(tags);
        QTest::keyClicks(tags, QStringLiteral("a, b;a"));
        QVERIFY(edited.count() > 0);
        Article out;
        panel.applyTo(&out);
        QCOMPARE(out.tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        auto *embargo = panel.findChild<QCheckBox *>(QStringLiteral("embargoCheck"));
        QVERIFY(embargo);
        const int before = int(edited.count());
        embargo->setChecked(true);
        QVERIFY(edited.count() > before);
        panel.applyTo(&out);
        QVERIFY(out.embargo.isValid());
    }
};

QTEST_MAIN(TstGuiMetadataPanel)
#include "tst_gui_metadatapanel.moc"
