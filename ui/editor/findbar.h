#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;

namespace copydesk {

// Find and replace in the article body (Ctrl+F, Ctrl+H), below the editor.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QTextEdit *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext(bool backward = false);
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void replaceOne();

    QTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
    QLabel *m_status;
};

} // namespace copydesk
