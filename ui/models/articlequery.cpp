#include "models/articlequery.h"

#include "store/store.h"

namespace copydesk {

ArticleQuery::ArticleQuery(const QString &storePath, bool readOnly, QObject *parent)
    : QObject(parent), m_path(storePath), m_readOnly(readOnly), m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("ArticleQuery"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

ArticleQuery::~ArticleQuery()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void ArticleQuery::start(const ArticleFilter &filter, ArticleFilter::Sort sort, int limit)
{
    const int generation = ++m_latest;
    m_pending = true;
    // The destructor waits for this thread, so this outlives every query.
    QMetaObject::invokeMethod(m_context, [this, generation, filter, sort, limit] {
        if (generation != m_latest.load())
            return; // replaced before it began
        Page page;
        page.generation = generation;
        if (!m_store) {
            auto store = std::make_unique<Store>();
            if (m_readOnly ? store->openReadOnly(m_path, &page.error) : store->open(m_path, &page.error))
                m_store = std::move(store);
        }
        if (m_store) {
            page.total = m_store->countArticles(filter, &page.error);
            if (page.total > 0 && page.error.isEmpty())
                page.first = m_store->listArticles(0, limit, filter, sort, &page.error);
        }
        // Posted to this object's thread; ~QObject drops it if the owner is gone first.
        QMetaObject::invokeMethod(this, [this, page] { deliver(page); }, Qt::QueuedConnection);
    });
}

void ArticleQuery::cancel()
{
    ++m_latest;
    m_pending = false;
}

void ArticleQuery::deliver(const Page &page)
{
    if (page.generation != m_latest.load())
        return;
    m_pending = false;
    emit answered(page);
}

} // namespace copydesk
