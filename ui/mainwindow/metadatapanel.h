#pragma once

#include "model/article.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateTimeEdit;
class QLineEdit;
class QStringListModel;
class QUndoStack;

namespace copydesk {

// The article's newsroom fields: byline, 来源, 栏目, tags, status, 责任编辑, canonical URL.
class MetadataPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataPanel(QWidget *parent = nullptr);

    // Shows the article's details; does not touch the undo stack.
    void setArticle(const Article &article);
    // From now on each edit in the panel is a step on stack, and Undo/Redo in its fields use it.
    void setUndoStack(QUndoStack *stack);
    // Puts the article's details into the panel as one undoable step named text.
    void changeDetails(const Article &article, const QString &text);
    // Copies the panel's fields into the article.
    void applyTo(Article *article) const;
    void setSections(const QStringList &sections);
    void setKnownTags(const QStringList &tags);

signals:
    void edited();

private:
    void fieldEdited(const QString &field);
    void showDetails(const Article &details);
    // The fields this panel edits.
    static void copyDetails(const Article &from, Article *to);

    QLineEdit *m_byline;
    QLineEdit *m_source;
    QComboBox *m_section;
    QLineEdit *m_tags;
    QComboBox *m_status;
    QLineEdit *m_editor;
    QLineEdit *m_canonicalUrl;
    QLineEdit *m_dateline;
    QLineEdit *m_slug;
    QCheckBox *m_hasEmbargo;
    QDateTimeEdit *m_embargo;
    QStringListModel *m_tagModel;
    QUndoStack *m_undo = nullptr;
    Article m_shown; // the details as last shown or edited: the "before" of the next edit
    bool m_loading = false;
};

} // namespace copydesk
