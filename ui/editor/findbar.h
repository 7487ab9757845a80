#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextCursor;
class QTextEdit;
class QUndoStack;

namespace copydesk {

class BodyEdit;
class TitleEdit;

// Find and replace in the whole article (Ctrl+F, Ctrl+H), below the editor: the headline, the
// subtitle, then the body in order with each photo's caption and credit in its place.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    FindBar(TitleEdit *title, TitleEdit *subtitle, BodyEdit *body, QWidget *parent = nullptr);

    // Replace All is one step on the stack.
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    void showFind();
    void showReplace();
    // Read-only article: finding goes on, the replace row is off.
    void setReadOnly(bool readOnly);
    // Selects the next (or previous) match after the last one found, or after the caret of the
    // focused field; wraps around once. A match in a credit selects its photo.
    bool findNext(bool backward = false);
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Where a match is: a field's document (0 headline, 1 subtitle, 2 body) and a position in it;
    // a credit's match sits just after its caption (creditOffset >= 0, photo = image block number).
    struct Match
    {
        int field = -1;
        int position = -1;
        int creditOffset = -1;
        int photo = -1;
        bool operator<(const Match &other) const;
    };

    QList<Match> matches() const;
    QTextEdit *fieldEdit(int field) const;
    // The place the search goes on from: the last match while it is still selected, else the
    // caret of the focused field (the body when none is focused).
    Match origin(bool backward) const;
    void showMatch(const Match &match);
    void replaceOne();

    TitleEdit *m_title;
    TitleEdit *m_subtitle;
    BodyEdit *m_body;
    QUndoStack *m_undo = nullptr;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
    QLabel *m_status;
    Match m_last;
    int m_focusedField = 2;
    bool m_readOnly = false;
};

} // namespace copydesk
