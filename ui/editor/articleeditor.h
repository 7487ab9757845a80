#pragma once

#include "model/article.h"

#include <QWidget>

class QAction;
class QLabel;

namespace copydesk {

class BodyEdit;
class FindBar;
class Store;
class TitleEdit;

// The centre of the window: title, subtitle and the body, with the formatting actions.
class ArticleEditor : public QWidget
{
    Q_OBJECT

public:
    // The editing actions, for menus and toolbars.
    struct Actions
    {
        QAction *bold, *italic, *link, *paragraph, *heading2, *heading3, *quote, *bulletList,
                *numberedList, *find, *replace;
    };

    explicit ArticleEditor(const Store *store, QWidget *parent = nullptr);

    // Loads the article's title, subtitle and body; resets undo history.
    void setArticle(const Article &article);
    // Copies the editor's title, subtitle and body into the article.
    void applyTo(Article *article) const;
    void focusTitle();
    // Shows a banner while the article is under embargo (utc in the future); hides it otherwise.
    void setEmbargo(const QDateTime &utc);

    BodyEdit *body() const { return m_body; }
    TitleEdit *titleEdit() const { return m_title; }
    const Actions &actions() const { return m_actions; }

signals:
    void edited();

private:
    void createActions();
    void toggleMark(TextMark::Kind kind);
    void editLink();
    void toggleList(bool ordered);
    void updateActions();

    TitleEdit *m_title;
    TitleEdit *m_subtitle;
    BodyEdit *m_body;
    FindBar *m_findBar;
    QLabel *m_embargoBanner;
    Actions m_actions{};
    bool m_loading = false;
};

} // namespace copydesk
