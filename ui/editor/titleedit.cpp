#include "editor/titleedit.h"

#include <QKeyEvent>
#include <QtMath>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

namespace copydesk {

TitleEdit::TitleEdit(QWidget *parent) : QTextEdit(parent)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTabChangesFocus(true);
    setAcceptRichText(false);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(2);
    connect(document(), &QTextDocument::contentsChanged, this, [this] {
        updateHeight();
        if (!m_loading)
            emit textEdited();
    });
}

QString TitleEdit::text() const
{
    return toPlainText();
}

void TitleEdit::setText(const QString &text)
{
    m_loading = true;
    setPlainText(text);
    m_loading = false;
    moveCursor(QTextCursor::End);
}

void TitleEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter || (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier)) {
        emit leaveRequested();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void TitleEdit::insertFromMimeData(const QMimeData *source)
{
    if (isReadOnly())
        return; // insertPlainText() would not ask
    // A headline is one line: pasted line breaks become spaces.
    static const QRegularExpression breaks(QStringLiteral("\\s*[\\r\\n\\x{2028}\\x{2029}]+\\s*"));
    insertPlainText(source->text().replace(breaks, QStringLiteral(" ")).trimmed());
}

void TitleEdit::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateHeight();
}

QSize TitleEdit::sizeHint() const
{
    const int height = qCeil(document()->size().height()) + frameWidth() * 2;
    return {QTextEdit::sizeHint().width(), qMax(height, fontMetrics().lineSpacing() + 8)};
}

QSize TitleEdit::minimumSizeHint() const
{
    return {100, sizeHint().height()};
}

void TitleEdit::updateHeight()
{
    const int height = sizeHint().height();
    if (height != this->height())
        setFixedHeight(height);
}

} // namespace copydesk
