#pragma once

#include "model/articlefilter.h"
#include "model/articlesummary.h"
#include "models/articlequery.h"
#include "server/serverboard.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace copydesk {

class Store;

// The store's articles as a table (title, status, updated, 字数; connected to a newsroom, who
// holds and who last edited each), filtered and sorted by the store and fetched a page at a
// time, so a store of 100,000 articles opens at once.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StatusColumn, UpdatedColumn, WordsColumn, HolderColumn, LastEditorColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, InConflictRole };
    static constexpr int PageSize = 200;

    explicit ArticleListModel(const Store *store, QObject *parent = nullptr);

    // Re-reads the first page for the filter and sort; false with an error when the store failed.
    bool setQuery(const ArticleFilter &filter, ArticleFilter::Sort sort, QString *error = nullptr);
    // The same off the UI thread (ArticleQuery): the rows change when the answer comes, then
    // queried() is emitted. A later setQuery() or requery() replaces it.
    void requery(const ArticleFilter &filter, ArticleFilter::Sort sort);
    // Re-reads the first page now; a requery() not yet answered is asked again instead.
    bool reload(QString *error = nullptr);
    const ArticleFilter &filter() const { return m_filter; }
    ArticleFilter::Sort sortOrder() const { return m_sort; }
    // All matching articles, not only the fetched ones.
    qint64 totalCount() const { return m_total; }

    // Replaces one row's summary in place (after an autosave), or inserts it at the top.
    void updateArticle(const ArticleSummary &summary);
    void removeArticle(qint64 id);
    // The newsroom's holders and last editors by uuid (empty: not connected).
    void setBoard(const ServerBoard::Rows &board);
    // The articles in conflict (Store::articlesInConflict), marked on their title.
    void setConflicts(const QList<qint64> &ids);
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    // A requery() was answered: the rows are its (error empty), or the store failed.
    void queried(const QString &error);

private:
    void answered(const ArticleQuery::Page &page);

    const Store *m_store;
    ArticleQuery *m_query = nullptr;
    ArticleFilter m_queryFilter;
    ArticleFilter::Sort m_querySort = ArticleFilter::Sort::UpdatedNewest;
    ArticleFilter m_filter;
    ArticleFilter::Sort m_sort = ArticleFilter::Sort::UpdatedNewest;
    QList<ArticleSummary> m_articles;
    qint64 m_total = 0;
    ServerBoard::Rows m_board;
    QSet<qint64> m_conflicts;
};

} // namespace copydesk
