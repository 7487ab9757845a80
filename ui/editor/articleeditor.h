#pragma once

#include <functional>

#include "model/article.h"

#include <QWidget>

class QAction;
class QLabel;
class QUndoStack;

namespace copydesk {

class BodyEdit;
class DocumentUndoLink;
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
                *numberedList, *find, *replace, *photoUp, *photoDown;
    };

    explicit ArticleEditor(const Store *store, QWidget *parent = nullptr);

    // Every edit of the title, subtitle and body from now on is a step on stack; Undo and Redo
    // in these fields use it.
    void setUndoStack(QUndoStack *stack);
    // Loads the article's title, subtitle and body; clears the undo stack.
    void setArticle(const Article &article);
    // Runs pass, which changes only how the text looks (the proofing underlines live in the
    // layout), without it counting as an edit: Qt reports a highlighter's pass as a change of
    // the documents' contents.
    void restyle(const std::function<void()> &pass);
    // Puts the article's title, subtitle and body into the editor as undoable steps (group them
    // in a macro on the stack to make them one).
    void replaceContent(const Article &article);
    // Edits a photo's fields (BodyEdit::updateImage); successive edits of one photo undo together.
    void updateImage(int blockNumber, const Block &image);
    // Puts another photo in the image block, as one undoable step: the caption, credit and alt
    // the new file carries fill the fields left empty, or every field when overwrite is set; a
    // crop of the old photo is dropped.
    void replacePhoto(int blockNumber, const Block &photo, bool overwrite = false);
    // Copies the editor's title, subtitle and body into the article.
    void applyTo(Article *article) const;
    void focusTitle();
    // Shows a banner while the article is under embargo (utc in the future); hides it otherwise.
    void setEmbargo(const QDateTime &utc);
    // Read-only (someone else holds the article): the fields take no typing, the formatting,
    // link, replace and photo-moving actions are off, and photo edits are refused; what a pull
    // brings still comes in through replaceContent().
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    BodyEdit *body() const { return m_body; }
    TitleEdit *titleEdit() const { return m_title; }
    TitleEdit *subtitleEdit() const { return m_subtitle; }
    const Actions &actions() const { return m_actions; }

signals:
    void edited();
    void readOnlyChanged(bool readOnly);

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
    QUndoStack *m_undo = nullptr;
    DocumentUndoLink *m_bodyUndo = nullptr;
    bool m_loading = false;
    bool m_readOnly = false;
    QStringList m_placeholders; // the fields' own, while read-only
};

} // namespace copydesk
