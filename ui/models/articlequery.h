#pragma once

#include "model/articlefilter.h"
#include "model/articlesummary.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace copydesk {

class Store;

// Answers the article list's queries on a thread of its own with its own connection to the
// store, so the window never waits for the search index (a one-character search of a 100k
// store takes up to ~300 ms, docs/benchmarks.md). Only the newest query's answer is given: one
// asked again before the last was answered replaces it.
class ArticleQuery : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        int generation = 0;
        qint64 total = 0;
        QList<ArticleSummary> first;
        QString error;
    };

    // readOnly: the store is open read-only in the window too; else this connection writes, as
    // the window's would: a search first brings the index up to date (SearchIndex::catchUp).
    ArticleQuery(const QString &storePath, bool readOnly, QObject *parent = nullptr);
    // Waits for a query under way; its answer is dropped.
    ~ArticleQuery() override;

    // The count and the first limit rows; answered() follows unless another start() or cancel()
    // comes first.
    void start(const ArticleFilter &filter, ArticleFilter::Sort sort, int limit);
    // Drops the answer of every query started so far.
    void cancel();
    bool isRunning() const { return m_pending; }

signals:
    void answered(const copydesk::ArticleQuery::Page &page);

private:
    void deliver(const Page &page);

    QString m_path;
    bool m_readOnly;
    QThread m_thread;
    QObject *m_context;               // lives on m_thread: the queries run in its event loop
    std::unique_ptr<Store> m_store;   // used on m_thread only
    std::atomic<int> m_latest{0}; // the generation whose answer is wanted
    bool m_pending = false;
};

} // namespace copydesk
