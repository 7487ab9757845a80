#include "articlelistmodel.h"

#include <QLocale>

namespace copydesk {

void ArticleListModel::setArticles(const QList<ArticleSummary> &articles)
{
    beginResetModel();
    m_articles = articles;
    endResetModel();
}

void ArticleListModel::updateArticle(const ArticleSummary &summary)
{
    const int row = rowOf(summary.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_articles.prepend(summary);
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

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_articles.size())
        return {};
    const ArticleSummary &article = m_articles.at(index.row());
    if (role == IdRole)
        return article.id;
    if (role == Qt::TextAlignmentRole && index.column() == WordsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TitleColumn && article.imagesMissingCaption > 0)
        return tr("%n photo(s) without a caption", nullptr, article.imagesMissingCaption);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return article.title.isEmpty() ? tr("(untitled)") : article.title;
    case StatusColumn:
        return Article::statusDisplayName(article.status);
    case UpdatedColumn:
    {
        const QDateTime local = article.updated.toLocalTime();
        return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                    : local.toString(QStringLiteral("yyyy-MM-dd"));
    }
    case WordsColumn:
        return QLocale().toString(article.words);
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
    }
    return {};
}

} // namespace copydesk
