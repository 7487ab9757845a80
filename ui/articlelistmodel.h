#pragma once

#include "articlesummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace copydesk {

// The store's articles as a table: title, status, updated, 字数.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StatusColumn, UpdatedColumn, WordsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setArticles(const QList<ArticleSummary> &articles);
    // Replaces one row's summary in place (after an autosave), or inserts it at the top.
    void updateArticle(const ArticleSummary &summary);
    void removeArticle(qint64 id);
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ArticleSummary> m_articles;
};

} // namespace copydesk
