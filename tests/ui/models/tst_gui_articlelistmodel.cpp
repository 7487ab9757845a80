#include "models/articlelistmodel.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace copydesk;

// The article list's model: a search answered off the UI thread, only the newest answer shown,
// a reload while one is out asked again with its search.
class TestGuiArticleListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;

    static ArticleFilter searchFor(const QString &text)
    {
        ArticleFilter filter;
        filter.text = text;
        return filter;
    }

    static QStringList titles(const ArticleListModel &model)
    {
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.index(row, ArticleListModel::TitleColumn).data().toString());
        shown.sort();
        return shown;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("list.sqlite3")), &error), qPrintable(error));
        const QList<QPair<QString, QString>> articles = {
            {QStringLiteral("妇联开展宣传月活动"), QStringLiteral("大祥区妇联西苑公园开展宣传月活动。")},
            {QStringLiteral("区政府召开会议"), QStringLiteral("区政府召开常务会议。")},
            {QStringLiteral("Budget story"), QStringLiteral("The council approved the budget.")},
        };
        for (const auto &[title, text] : articles) {
            Article article = Article::create(title);
            article.blocks = {Block::paragraph(text)};
            QVERIFY2(m_store.insertArticle(&article, &error), qPrintable(error));
        }
    }

    // nominal: the rows stay until the answer comes, then are the search's, announced once.
    void searchIsAnsweredOffTheUiThread()
    {
        ArticleListModel model(&m_store);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy queried(&model, &ArticleListModel::queried);
        model.requery(searchFor(QStringLiteral("妇联")), ArticleFilter::Sort::Relevance);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.filter().text, QString());
        QTRY_COMPARE(queried.count(), 1);
        QCOMPARE(queried.first().first().toString(), QString());
        QCOMPARE(titles(model), QStringList{QStringLiteral("妇联开展宣传月活动")});
        QCOMPARE(model.filter().text, QStringLiteral("妇联"));
        QCOMPARE(model.sortOrder(), ArticleFilter::Sort::Relevance);
        QCOMPARE(model.totalCount(), 1);
    }

    // robustness: searches asked one after another show only the last one's answer.
    void onlyTheNewestAnswerIsShown()
    {
        ArticleListModel model(&m_store);
        QVERIFY(model.reload());
        QSignalSpy queried(&model, &ArticleListModel::queried);
        for (const QString &text : {QStringLiteral("妇"), QStringLiteral("妇联"), QStringLiteral("budget"),
                                    QStringLiteral("会议")})
            model.requery(searchFor(text), ArticleFilter::Sort::Relevance);
        QTRY_COMPARE(queried.count(), 1);
        QTest::qWait(200);
        QCOMPARE(queried.count(), 1);
        QCOMPARE(titles(model), QStringList{QStringLiteral("区政府召开会议")});
    }

    // robustness: a reload while a search is out (another program wrote) does not drop the
    // search for the old rows: it is asked again and its answer comes.
    void reloadWhileSearchingKeepsTheSearch()
    {
        ArticleListModel model(&m_store);
        QVERIFY(model.reload());
        QSignalSpy queried(&model, &ArticleListModel::queried);
        model.requery(searchFor(QStringLiteral("budget")), ArticleFilter::Sort::Relevance);
        QVERIFY(model.reload());
        QTRY_COMPARE(queried.count(), 1);
        QCOMPARE(titles(model), QStringList{QStringLiteral("Budget story")});
        // nominal: a query on the UI thread afterwards replaces it at once
        QString error;
        QVERIFY2(model.setQuery(ArticleFilter(), ArticleFilter::Sort::UpdatedNewest, &error), qPrintable(error));
        QCOMPARE(model.rowCount(), 3);
    }

    // robustness: a setQuery() made while a search is out wins; the search's answer is dropped.
    void setQueryReplacesASearchUnderWay()
    {
        ArticleListModel model(&m_store);
        QSignalSpy queried(&model, &ArticleListModel::queried);
        model.requery(searchFor(QStringLiteral("妇联")), ArticleFilter::Sort::Relevance);
        QVERIFY(model.setQuery(ArticleFilter(), ArticleFilter::Sort::UpdatedNewest));
        QTest::qWait(300);
        QCOMPARE(queried.count(), 0);
        QCOMPARE(model.rowCount(), 3);
    }

    // robustness: a model gone while its search runs leaves nothing behind to be answered.
    void modelGoneWhileSearching()
    {
        {
            ArticleListModel model(&m_store);
            model.requery(searchFor(QStringLiteral("妇")), ArticleFilter::Sort::Relevance);
        }
        QTest::qWait(100);
    }
};

QTEST_MAIN(TestGuiArticleListModel)
#include "tst_gui_articlelistmodel.moc"
