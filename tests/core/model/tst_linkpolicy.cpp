#include "import/articleimporter.h"
#include "model/articlejson.h"
#include "fixtures/clirunner.h"
#include "import/html/htmlconverter.h"
#include "import/importedarticle.h"
#include "model/linkpolicy.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// One link policy at every door into the model: the same hostile links fed to each door,
// and none of them ever held by the model.
class TstLinkPolicy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList hostileLinks()
    {
        return {QStringLiteral("javascript:alert(1)"), QStringLiteral("  JaVaScRiPt:alert(1)"),
                QStringLiteral("vbscript:msgbox(1)"), QStringLiteral("data:text/html,<script>alert(1)</script>"),
                QStringLiteral("file:///etc/passwd"), QStringLiteral("java\tscript:alert(1)"),
                QStringLiteral("http://"), QStringLiteral("//evil.example/x"), QStringLiteral("about:blank"),
                QStringLiteral("https://exa\u200Bmple.com/")};
    }

    // Every link anywhere in the article, canonical URL included.
    static QStringList linksOf(const Article &article)
    {
        QStringList links;
        if (!article.canonicalUrl.isEmpty())
            links.append(article.canonicalUrl);
        for (const Block &block : article.blocks) {
            QList<RichText> texts = block.items;
            texts.append(block.text);
            for (const RichText &text : texts) {
                for (const TextMark &mark : text.marks) {
                    if (mark.kind == TextMark::Kind::Link)
                        links.append(mark.href);
                }
            }
        }
        return links;
    }

    static void verifyClean(const Article &article, const QString &door)
    {
        for (const QString &link : linksOf(article))
            QVERIFY2(LinkPolicy::isAllowed(link), qPrintable(door + QStringLiteral(": kept ") + link));
        QVERIFY2(article.canonicalUrl.isEmpty() || LinkPolicy::isAllowedPageUrl(article.canonicalUrl),
                 qPrintable(door));
    }

    // An article whose every paragraph links one hostile address, plus one good link.
    static Article hostileArticle(const QString &canonical)
    {
        Article article = Article::create(QStringLiteral("链接"));
        article.canonicalUrl = canonical;
        for (const QString &link : hostileLinks()) {
            Block block = Block::paragraph(QStringLiteral("点这里"));
            block.text.marks.append(TextMark{TextMark::Kind::Link, 0, 3, link});
            article.blocks.append(block);
        }
        Block good = Block::paragraph(QStringLiteral("好链接"));
        good.text.marks.append(TextMark{TextMark::Kind::Link, 0, 3, QStringLiteral("https://www.sysxw.com/")});
        article.blocks.append(good);
        return article;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void policy_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("nominal: https") << "https://www.sysxw.com/a?b=1" << true;
        QTest::addRow("nominal: mailto") << "mailto:news@example.com" << true;
        for (const QString &link : hostileLinks())
            QTest::addRow("robustness: %s", qPrintable(link.simplified())) << link << false;
    }

    void policy()
    {
        QFETCH(QString, href);
        QFETCH(bool, allowed);
        QCOMPARE(LinkPolicy::isAllowed(href), allowed);
        Article article = hostileArticle(href);
        const int dropped = LinkPolicy::apply(&article);
        // A canonical URL must be a web page: mailto is a link, not a page.
        const bool page = LinkPolicy::isAllowedPageUrl(href);
        QCOMPARE(page, allowed && href.startsWith(QLatin1String("http")));
        QCOMPARE(dropped, int(hostileLinks().size()) + (page ? 0 : 1));
        verifyClean(article, QStringLiteral("apply"));
        QCOMPARE(linksOf(article).size(), page ? 2 : 1); // the good link stays
        QCOMPARE(article.blocks.first().text.text, QStringLiteral("点这里")); // the text stays
    }

    void doors_data()
    {
        QTest::addColumn<QString>("door");
        for (const char *door : {"json", "paste", "html file", "markdown file", "json file", "store", "cli import",
                                 "cli set"})
            QTest::addRow("robustness: %s", door) << QString::fromLatin1(door);
    }

    void doors()
    {
        QFETCH(QString, door);
        const QString canonical = QStringLiteral("javascript:alert(document.cookie)");
        const Article hostile = hostileArticle(canonical);
        QString html = QStringLiteral("<h1>链接</h1>");
        QString markdown = QStringLiteral("# 链接\n\n");
        for (const QString &link : hostileLinks()) {
            html += QStringLiteral("<p><a href=\"%1\">点这里</a></p>").arg(link.toHtmlEscaped());
            markdown += QStringLiteral("[点这里](<%1>)\n\n").arg(link);
        }
        QString error;
        Article result;
        if (door == QLatin1String("json")) {
            QVERIFY2(ArticleJson::fromJson(ArticleJson::toJson(hostile), &result, &error), qPrintable(error));
        } else if (door == QLatin1String("paste")) {
            ImportedArticle imported;
            QVERIFY2(HtmlConverter::convert(html, HtmlConverter::Options(), &imported, &error), qPrintable(error));
            result = imported.article;
        } else if (door.endsWith(QLatin1String(" file"))) {
            const QString path = door.startsWith(QLatin1String("html"))
                ? write(QStringLiteral("hostile.html"), html.toUtf8())
                : door.startsWith(QLatin1String("markdown")) ? write(QStringLiteral("hostile.md"), markdown.toUtf8())
                                                             : write(QStringLiteral("hostile.json"), ArticleJson::toJson(hostile));
            ImportedArticle imported;
            QVERIFY2(ArticleImporter::readFile(path, &imported, &error), qPrintable(error));
            result = imported.article;
        } else if (door == QLatin1String("store")) {
            Store store;
            QVERIFY(store.open(m_dir.filePath(QStringLiteral("store.sqlite3")), &error));
            Article article = hostile;
            QVERIFY(store.insertArticle(&article, &error));
            verifyClean(article, door);
            QVERIFY(store.loadArticle(article.id, &result, &error));
            Article again = hostile;
            again.id = article.id;
            again.version = result.version;
            QVERIFY(store.saveArticle(&again, &error));
            verifyClean(again, door);
        } else {
            const QString store = m_dir.filePath(QStringLiteral("cli.sqlite3"));
            const QString file = write(QStringLiteral("cli.json"), ArticleJson::toJson(hostile));
            const test::CliResult imported = test::runCli({QStringLiteral("import"), file}, store);
            QCOMPARE(imported.code, 0);
            const QString id = imported.out.trimmed();
            if (door == QLatin1String("cli set")) {
                for (const QString &link : hostileLinks()) {
                    const test::CliResult set = test::runCli({QStringLiteral("set"), id, QStringLiteral("canonical-url"), link}, store);
                    QCOMPARE(set.code, 2);
                }
            }
            const test::CliResult shown = test::runCli({QStringLiteral("show"), id, QStringLiteral("--json")}, store);
            QVERIFY2(ArticleJson::fromJson(shown.out.toUtf8(), &result, &error), qPrintable(error));
            for (const QString &link : hostileLinks())
                QVERIFY2(!shown.out.contains(link.trimmed()), qPrintable(link));
        }
        verifyClean(result, door);
        QVERIFY2(result.canonicalUrl.isEmpty(), qPrintable(result.canonicalUrl));
        QVERIFY(!result.blocks.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstLinkPolicy)
#include "tst_linkpolicy.moc"
