#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;
class QTreeView;

namespace copydesk {

class ArticleListModel;

// The article list with its search field and filters (status, 栏目, tag, date, missing captions).
class ArticleListPane : public QWidget
{
    Q_OBJECT

public:
    ArticleListPane(ArticleListModel *model, QWidget *parent = nullptr);

    // The sections and tags the filters offer; the current choices stay where they still exist.
    void setChoices(const QStringList &sections, const QStringList &tags);
    // Makes the article's row current without emitting currentArticleChanged(); false when it is
    // not among the listed rows.
    bool selectArticle(qint64 id);
    QList<qint64> selectedArticles() const;
    void fitColumns();
    QTreeView *view() const { return m_list; }

signals:
    // The user moved to another row.
    void currentArticleChanged(qint64 id);
    // The list now shows what the filters select; summary counts it ("12 articles found").
    void filtered(const QString &summary);
    void failed(const QString &error);

private:
    void applyFilter();
    void announceFilter();

    ArticleListModel *m_model;
    QLineEdit *m_filter;
    QComboBox *m_statusFilter;
    QComboBox *m_sectionFilter;
    QComboBox *m_tagFilter;
    QComboBox *m_dateFilter;
    QCheckBox *m_captionFilter;
    QTimer *m_filterTimer;
    QTreeView *m_list;
    bool m_selecting = false;
};

} // namespace copydesk
