#include "mainwindow/articlelistpane.h"

#include "model/article.h"
#include "model/articlefilter.h"
#include "models/articlelistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace copydesk {

ArticleListPane::ArticleListPane(ArticleListModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    auto *pane = this;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    m_filter = new QLineEdit(pane);
    m_filter->setObjectName(QStringLiteral("articleFilter"));
    m_filter->setPlaceholderText(tr("Search articles (title, text, captions…)"));
    m_filter->setAccessibleName(tr("Search articles"));
    m_filter->setClearButtonEnabled(true);

    m_statusFilter = new QComboBox(pane);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (Article::Status status : {Article::Status::Draft, Article::Status::Review, Article::Status::Approved,
                                   Article::Status::Published, Article::Status::Archived})
        m_statusFilter->addItem(Article::statusDisplayName(status), int(status));
    m_sectionFilter = new QComboBox(pane);
    m_sectionFilter->setObjectName(QStringLiteral("sectionFilter"));
    m_sectionFilter->setAccessibleName(tr("Section filter"));
    m_tagFilter = new QComboBox(pane);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setAccessibleName(tr("Tag filter"));
    m_dateFilter = new QComboBox(pane);
    m_dateFilter->setObjectName(QStringLiteral("dateFilter"));
    m_dateFilter->setAccessibleName(tr("Date filter"));
    m_dateFilter->addItem(tr("Any time"), 0);
    m_dateFilter->addItem(tr("Today"), 1);
    m_dateFilter->addItem(tr("Last 7 days"), 7);
    m_dateFilter->addItem(tr("Last 30 days"), 30);
    for (QComboBox *combo : {m_statusFilter, m_sectionFilter, m_tagFilter, m_dateFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    m_captionFilter = new QCheckBox(tr("Missing captions"), pane);
    m_captionFilter->setObjectName(QStringLiteral("captionFilter"));
    auto *filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_statusFilter, 0, 0);
    filters->addWidget(m_sectionFilter, 0, 1);
    filters->addWidget(m_tagFilter, 1, 0);
    filters->addWidget(m_dateFilter, 1, 1);
    filters->addWidget(m_captionFilter, 2, 0, 1, 2);

    m_list = new QTreeView(pane);
    m_list->setObjectName(QStringLiteral("articleList"));
    m_list->setAccessibleName(tr("Articles"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setModel(m_model);
    m_list->setSortingEnabled(true);
    m_list->header()->setSortIndicator(ArticleListModel::UpdatedColumn, Qt::DescendingOrder);
    m_list->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    // A narrow list (large scale factors, small screens) scrolls rather than squeeze the title away.
    m_list->header()->setMinimumSectionSize(m_list->fontMetrics().horizontalAdvance(QStringLiteral("新闻稿件标题")));
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_filter);
    layout->addLayout(filters);
    layout->addWidget(m_list);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_selecting)
            emit currentArticleChanged(m_list->currentIndex().data(ArticleListModel::IdRole).toLongLong());
    });

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filterTimer, &QTimer::timeout, this, &ArticleListPane::applyFilter);
    connect(m_model, &ArticleListModel::queried, this, [this](const QString &error) {
        if (error.isEmpty())
            announceFilter();
        else
            emit failed(error);
    });
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_statusFilter, m_sectionFilter, m_tagFilter, m_dateFilter})
        connect(combo, &QComboBox::activated, this, &ArticleListPane::applyFilter);
    connect(m_captionFilter, &QCheckBox::toggled, this, &ArticleListPane::applyFilter);
}

void ArticleListPane::setChoices(const QStringList &sections, const QStringList &tags)
{
    const struct {
        QComboBox *combo;
        QString all;
        QStringList values;
    } choices[] = {
        {m_sectionFilter, tr("All sections"), sections},
        {m_tagFilter, tr("All tags"), tags},
    };
    for (const auto &choice : choices) {
        const QString current = choice.combo->currentData().toString();
        choice.combo->clear();
        choice.combo->addItem(choice.all, QString());
        for (const QString &value : choice.values)
            choice.combo->addItem(value, value);
        choice.combo->setCurrentIndex(qMax(0, choice.combo->findData(current)));
    }
}

void ArticleListPane::applyFilter()
{
    m_filterTimer->stop();
    ArticleFilter filter;
    filter.text = m_filter->text().trimmed();
    const int status = m_statusFilter->currentData().toInt();
    if (status >= 0)
        filter.statuses = {Article::Status(status)};
    filter.section = m_sectionFilter->currentData().toString();
    filter.tag = m_tagFilter->currentData().toString();
    const int days = m_dateFilter->currentData().toInt();
    if (days > 0)
        filter.updatedFrom = QDateTime(QDate::currentDate().addDays(1 - days), QTime(0, 0)).toUTC();
    filter.missingCaptionsOnly = m_captionFilter->isChecked();
    ArticleFilter::Sort sort = m_model->sortOrder();
    if (!filter.text.isEmpty() && m_model->filter().text.isEmpty())
        sort = ArticleFilter::Sort::Relevance;
    else if (filter.text.isEmpty() && sort == ArticleFilter::Sort::Relevance)
        sort = ArticleFilter::Sort::UpdatedNewest;
    // A search reads the index: off the UI thread, announced when answered (queried()).
    if (!filter.text.isEmpty()) {
        m_model->requery(filter, sort);
        return;
    }
    QString error;
    if (!m_model->setQuery(filter, sort, &error))
        emit failed(error);
    announceFilter();
}

void ArticleListPane::announceFilter()
{
    emit filtered(m_model->filter().isEmpty() ? tr("%n article(s)", nullptr, int(m_model->totalCount()))
                                              : tr("%n article(s) found", nullptr, int(m_model->totalCount())));
}

bool ArticleListPane::selectArticle(qint64 id)
{
    const int row = id ? m_model->rowOf(id) : -1;
    if (row < 0)
        return false;
    m_selecting = true;
    // Explicitly the one row: setCurrentIndex() reads the keyboard, and the Ctrl still held
    // from Ctrl+N would add the new row to the old one's selection.
    m_list->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_selecting = false;
    return true;
}

QList<qint64> ArticleListPane::selectedArticles() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        ids.append(index.data(ArticleListModel::IdRole).toLongLong());
    return ids;
}

void ArticleListPane::fitColumns()
{
    for (int column : {ArticleListModel::StatusColumn, ArticleListModel::UpdatedColumn, ArticleListModel::WordsColumn})
        m_list->resizeColumnToContents(column);
}

} // namespace copydesk
