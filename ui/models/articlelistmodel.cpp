#include "models/articlelistmodel.h"

#include "store/store.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace copydesk {

ArticleListModel::ArticleListModel(const Store *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

bool ArticleListModel::setQuery(const ArticleFilter &filter, ArticleFilter::Sort sort, QString *error)
{
    if (m_query)
        m_query->cancel();
    m_filter = filter;
    m_sort = sort;
    return reload(error);
}

void ArticleListModel::requery(const ArticleFilter &filter, ArticleFilter::Sort sort)
{
    if (!m_query) {
        m_query = new ArticleQuery(m_store->path(), m_store->isReadOnly(), this);
        connect(m_query, &ArticleQuery::answered, this, &ArticleListModel::answered);
    }
    m_queryFilter = filter;
    m_querySort = sort;
    m_query->start(filter, sort, PageSize);
}

void ArticleListModel::answered(const ArticleQuery::Page &page)
{
    if (page.error.isEmpty()) {
        beginResetModel();
        m_filter = m_queryFilter;
        m_sort = m_querySort;
        m_total = qMax<qint64>(0, page.total);
        m_articles = page.first;
        endResetModel();
    }
    emit queried(page.error);
}

bool ArticleListModel::reload(QString *error)
{
    if (m_query && m_query->isRunning()) {
        requery(m_queryFilter, m_querySort);
        return true;
    }
    QString why;
    const qint64 total = m_store->countArticles(m_filter, &why);
    const QList<ArticleSummary> first = total > 0 ? m_store->listArticles(0, PageSize, m_filter, m_sort, &why)
                                                  : QList<ArticleSummary>();
    beginResetModel();
    m_total = qMax<qint64>(0, total);
    m_articles = first;
    endResetModel();
    if (error)
        *error = why;
    return why.isEmpty();
}

void ArticleListModel::updateArticle(const ArticleSummary &summary)
{
    const int row = rowOf(summary.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_articles.prepend(summary);
        ++m_total;
        endInsertRows();
        return;
    }
    m_articles[row] = summary;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ArticleListModel::removeArticle(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_articles.removeAt(row);
    m_total = qMax<qint64>(0, m_total - 1);
    endRemoveRows();
}

int ArticleListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_articles.size(); ++i) {
        if (m_articles.at(i).id == id)
            return int(i);
    }
    return -1;
}

qint64 ArticleListModel::idAt(int row) const
{
    return row >= 0 && row < m_articles.size() ? m_articles.at(row).id : 0;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_articles.size() < m_total;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QString error;
    const QList<ArticleSummary> page = m_store->listArticles(m_articles.size(), PageSize, m_filter, m_sort, &error);
    if (page.isEmpty()) {
        m_total = m_articles.size(); // the store changed underneath: stop asking
        return;
    }
    beginInsertRows({}, int(m_articles.size()), int(m_articles.size() + page.size() - 1));
    m_articles.append(page);
    endInsertRows();
}

void ArticleListModel::setBoard(const ServerBoard::Rows &board)
{
    m_board = board;
    if (!m_articles.isEmpty())
        emit dataChanged(index(0, HolderColumn), index(int(m_articles.size()) - 1, LastEditorColumn), {Qt::DisplayRole});
}

void ArticleListModel::setConflicts(const QList<qint64> &ids)
{
    const QSet<qint64> conflicts(ids.cbegin(), ids.cend());
    if (conflicts == m_conflicts)
        return;
    m_conflicts = conflicts;
    if (!m_articles.isEmpty())
        emit dataChanged(index(0, TitleColumn), index(int(m_articles.size()) - 1, TitleColumn),
                         {Qt::DecorationRole, Qt::ToolTipRole, InConflictRole});
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    ArticleFilter::Sort sort = m_sort;
    if (column == TitleColumn)
        sort = ArticleFilter::Sort::Title;
    else if (column == UpdatedColumn)
        sort = order == Qt::DescendingOrder ? ArticleFilter::Sort::UpdatedNewest : ArticleFilter::Sort::UpdatedOldest;
    if (sort != m_sort)
        setQuery(m_filter, sort);
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_articles.size())
        return {};
    const ArticleSummary &article = m_articles.at(index.row());
    if (role == IdRole)
        return article.id;
    if (role == Qt::TextAlignmentRole && index.column() == WordsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool conflict = m_conflicts.contains(article.id);
    if (role == InConflictRole)
        return conflict;
    if (role == Qt::DecorationRole && index.column() == TitleColumn && conflict)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole && index.column() == TitleColumn) {
        QString tip = article.title;
        if (conflict)
            tip += QLatin1Char('\n') + tr("In conflict: the other version is kept in the History");
        if (article.imagesMissingCaption > 0)
            tip += QLatin1Char('\n') + tr("%n photo(s) without a caption", nullptr, article.imagesMissingCaption);
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return article.title.isEmpty() ? tr("(untitled)") : article.title;
    case StatusColumn:
        return Article::statusDisplayName(article.status);
    case UpdatedColumn: {
        const QDateTime local = article.updated.toLocalTime();
        return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                    : local.toString(QStringLiteral("yyyy-MM-dd"));
    }
    case WordsColumn:
        return QLocale().toString(article.words);
    case HolderColumn:
        return m_board.value(article.uuid).holder;
    case LastEditorColumn:
        return m_board.value(article.uuid).lastEditor;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case UpdatedColumn: return tr("Updated");
    case WordsColumn: return tr("Words");
    case HolderColumn: return tr("Editing");
    case LastEditorColumn: return tr("Last Edited By");
    }
    return {};
}

} // namespace copydesk
