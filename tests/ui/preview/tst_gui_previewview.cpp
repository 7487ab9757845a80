#include "application/application.h"
#include "fixtures/testutil.h"
#include "import/textimporter.h"
#include "preview/previewview.h"
#include "store/store.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QtTest>

using namespace copydesk;

Q_DECLARE_METATYPE(copydesk::Article)

namespace {

QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 10000) ? result : QVariant();
}

// The page's DOM as markup and as the text a reader sees.
QString dom(PreviewView *view)
{
    return evaluate(view->page(), QStringLiteral("document.documentElement.outerHTML")).toString();
}

QString text(PreviewView *view)
{
    return evaluate(view->page(), QStringLiteral("document.body.innerText")).toString();
}

bool settled(PreviewView *view, QSignalSpy *rendered, int count)
{
    return QTest::qWaitFor([&] { return rendered->count() >= count && !view->isRefreshing(); }, 20000);
}

Article base()
{
    Article article = TextImporter::fromPlainText(test::sampleArticleText());
    article.id = 1;
    return article;
}

} // namespace

class TstGuiPreviewView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("preview.sqlite3")), &error), qPrintable(error));
        QVERIFY(base().blocks.size() > 6);
    }

    void patchEqualsFullRendering_data()
    {
        QTest::addColumn<Article>("after");
        const Article sample = base();
        Article typed = sample;
        typed.blocks[4].text.text += QStringLiteral("新加的字");
        QTest::newRow("nominal: a paragraph typed into") << typed;
        Article inserted = sample;
        inserted.blocks.insert(3, Block::paragraph(RichText(QStringLiteral("插入的段落"))));
        inserted.blocks.insert(3, Block::heading(RichText(QStringLiteral("插入的小标题"))));
        QTest::newRow("nominal: blocks inserted") << inserted;
        Article removed = sample;
        removed.blocks.removeAt(2);
        QTest::newRow("nominal: a block removed") << removed;
        Article appended = sample;
        appended.blocks.append(Block::list({RichText(QStringLiteral("甲")), RichText(QStringLiteral("乙"))}, true));
        QTest::newRow("nominal: a list appended") << appended;
        Article retitled = sample;
        retitled.title = QStringLiteral("改过的标题");
        retitled.blocks[0].text.text.prepend(QStringLiteral("导语："));
        QTest::newRow("nominal: the title and the lead (the page around the blocks) changed") << retitled;
        Article touched = sample;
        touched.updated = sample.updated.addSecs(3600);
        QTest::newRow("nominal: only the modification time in the page's head changed") << touched;
        Article emptied = sample;
        emptied.blocks.clear();
        QTest::newRow("robustness: every block removed") << emptied;
        Article hostile = sample;
        hostile.blocks[5].text.text = QStringLiteral("<!--copydesk-end--> %1 %2 </p><script>x</script>");
        QTest::newRow("robustness: text like the markers and markup") << hostile;
    }

    // The page patched from the sample shows the same DOM and text as a page loaded with the
    // edited article, without loading the page again, and keeps its scroll position.
    void patchEqualsFullRendering()
    {
        QFETCH(Article, after);
        PreviewView patched(&m_store);
        patched.resize(500, 400);
        patched.show();
        QSignalSpy rendered(&patched, &PreviewView::rendered);
        patched.showArticle(base());
        QVERIFY(settled(&patched, &rendered, 1));
        evaluate(patched.page(), QStringLiteral("window.scrollTo(0, 300)"));
        const int scrolled = evaluate(patched.page(), QStringLiteral("window.scrollY")).toInt();
        QVERIFY(scrolled > 0);
        QSignalSpy loads(patched.page(), &QWebEnginePage::loadFinished);
        patched.showArticle(after);
        QVERIFY(settled(&patched, &rendered, 2));
        QCOMPARE(loads.count(), 0);

        PreviewView loaded(&m_store);
        loaded.resize(500, 400);
        loaded.show();
        QSignalSpy loadedRendered(&loaded, &PreviewView::rendered);
        loaded.showArticle(after);
        QVERIFY(settled(&loaded, &loadedRendered, 1));

        QCOMPARE(patched.currentHtml(), loaded.currentHtml());
        QCOMPARE(dom(&patched), dom(&loaded));
        QCOMPARE(text(&patched), text(&loaded));
        if (!after.blocks.isEmpty())
            QCOMPARE(evaluate(patched.page(), QStringLiteral("window.scrollY")).toInt(), scrolled);
    }

    // A save changes the page's head (its modification time): the head is patched and the body,
    // with the whole article's layout, stays the same node.
    void headChangeKeepsTheBody()
    {
        PreviewView view(&m_store);
        view.show();
        QSignalSpy rendered(&view, &PreviewView::rendered);
        Article article = base();
        article.updated = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        view.showArticle(article);
        QVERIFY(settled(&view, &rendered, 1));
        const QString head = evaluate(view.page(), QStringLiteral("document.head.innerHTML")).toString();
        QVERIFY(head.contains(QStringLiteral("2026-12-01T09:00:00")));
        evaluate(view.page(), QStringLiteral("document.body.copydeskKept = true"));
        article.updated = article.updated.addSecs(60);
        article.blocks[3].text.text += QStringLiteral("又一句。");
        view.showArticle(article);
        QVERIFY(settled(&view, &rendered, 2));
        QVERIFY(evaluate(view.page(), QStringLiteral("document.head.innerHTML")).toString()
                        .contains(QStringLiteral("2026-12-01T09:01:00")));
        QCOMPARE(evaluate(view.page(), QStringLiteral("document.body.copydeskKept === true")).toBool(), true);
        QVERIFY(text(&view).contains(QStringLiteral("又一句。")));
    }

    // Quick successive articles (typing) end with the last one shown.
    void lastArticleWins()
    {
        PreviewView view(&m_store);
        view.show();
        QSignalSpy rendered(&view, &PreviewView::rendered);
        Article article = base();
        article.blocks.append(Block::paragraph(RichText(QStringLiteral("结尾"))));
        view.showArticle(article);
        QVERIFY(settled(&view, &rendered, 1));
        const qsizetype typed = article.blocks.size() - 1;
        for (int i = 0; i < 20; ++i) {
            article.blocks[typed].text.text += QString::number(i % 10);
            view.showArticle(article);
        }
        QVERIFY(QTest::qWaitFor([&] { return !view.isRefreshing(); }, 20000));
        QVERIFY(text(&view).contains(article.blocks.at(typed).text.text.right(20)));
    }

private:
    QTemporaryDir m_dir;
    Store m_store;
};

int main(int argc, char *argv[])
{
    Application::prepare();
    QApplication app(argc, argv);
    TstGuiPreviewView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_previewview.moc"
