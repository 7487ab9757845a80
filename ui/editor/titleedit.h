#pragma once

#include <QTextEdit>

namespace copydesk {

// A headline field: one paragraph that wraps and grows with its text; Enter or Tab moves on.
class TitleEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit TitleEdit(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // Typing changed the text (not setText()).
    void textEdited();
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateHeight();
    bool m_loading = false;
};

} // namespace copydesk
