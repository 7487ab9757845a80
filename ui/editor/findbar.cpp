#include "editor/findbar.h"

#include "document/documentformat.h"
#include "editor/bodyedit.h"
#include "editor/titleedit.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <climits>
#include <tuple>

namespace copydesk {

namespace {

constexpr int BodyField = 2;

// The replacement takes the first replaced character's format: a link or mark that only touches
// the match (ends just before it, or starts inside it) never grows over the new text.
QTextCharFormat replacementFormat(const QTextCursor &match)
{
    QTextCursor first(match.document());
    first.setPosition(match.selectionStart() + 1);
    QTextCharFormat format = first.charFormat();
    QTextCursor last(match.document());
    last.setPosition(match.selectionEnd());
    if (format.isAnchor() && last.charFormat().anchorHref() != format.anchorHref()) {
        format.setAnchor(false);
        format.setAnchorHref(QString());
        format.clearForeground();
        format.setFontUnderline(false);
    }
    return format;
}

// The end of the caption block under an image block: where its credit's matches sit.
int captionEnd(const QTextBlock &image)
{
    const QTextBlock caption = image.next();
    const QTextBlock last = DocumentFormat::isCaptionBlock(caption) ? caption : image;
    return last.position() + last.length() - 1;
}

} // namespace

bool FindBar::Match::operator<(const Match &other) const
{
    return std::tie(field, position, creditOffset) < std::tie(other.field, other.position, other.creditOffset);
}

FindBar::FindBar(TitleEdit *title, TitleEdit *subtitle, BodyEdit *body, QWidget *parent)
    : QWidget(parent), m_title(title), m_subtitle(subtitle), m_body(body)
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findEdit"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    auto *previous = new QPushButton(tr("Previous"), this);
    previous->setObjectName(QStringLiteral("findPreviousButton"));
    auto *next = new QPushButton(tr("Next"), this);
    next->setObjectName(QStringLiteral("findNextButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAccessibleName(tr("Close find bar"));
    close->setAutoRaise(true);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_status, 0, 3);
    layout->addWidget(close, 0, 4);

    m_replaceRow = new QWidget(this);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    m_replace = new QLineEdit(m_replaceRow);
    m_replace->setObjectName(QStringLiteral("replaceEdit"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    auto *replace = new QPushButton(tr("Replace"), m_replaceRow);
    replace->setObjectName(QStringLiteral("replaceButton"));
    auto *all = new QPushButton(tr("Replace All"), m_replaceRow);
    all->setObjectName(QStringLiteral("replaceAllButton"));
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replace);
    replaceLayout->addWidget(all);
    layout->addWidget(m_replaceRow, 1, 0, 1, 5);
    layout->setColumnStretch(0, 1);

    for (QTextEdit *field : {static_cast<QTextEdit *>(m_title), static_cast<QTextEdit *>(m_subtitle),
                             static_cast<QTextEdit *>(m_body)})
        field->installEventFilter(this);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        m_status->clear();
        m_last = Match();
    });
    connect(next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(replace, &QPushButton::clicked, this, &FindBar::replaceOne);
    connect(all, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void FindBar::showFind()
{
    m_replaceRow->hide();
    show();
    const QString selected = fieldEdit(m_focusedField)->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    showFind();
    m_replaceRow->show();
}

void FindBar::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_replaceRow->setEnabled(!readOnly);
}

QTextEdit *FindBar::fieldEdit(int field) const
{
    switch (field) {
    case 0:
        return m_title;
    case 1:
        return m_subtitle;
    default:
        return m_body;
    }
}

QList<FindBar::Match> FindBar::matches() const
{
    QList<Match> found;
    const QString text = m_find->text();
    if (text.isEmpty())
        return found;
    for (int field = 0; field <= BodyField; ++field) {
        QTextDocument *document = fieldEdit(field)->document();
        for (QTextCursor cursor = document->find(text, 0); !cursor.isNull(); cursor = document->find(text, cursor))
            found.append({field, cursor.selectionStart(), -1, -1});
    }
    for (QTextBlock block = m_body->document()->begin(); block.isValid(); block = block.next()) {
        if (!DocumentFormat::isImageBlock(block))
            continue;
        const QString credit = m_body->imageAt(block.blockNumber()).credit;
        for (qsizetype at = credit.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
             at = credit.indexOf(text, at + text.size(), Qt::CaseInsensitive))
            found.append({BodyField, captionEnd(block), int(at), block.blockNumber()});
    }
    std::sort(found.begin(), found.end());
    return found;
}

FindBar::Match FindBar::origin(bool backward) const
{
    const QString text = m_find->text();
    if (m_last.field >= 0) {
        const QTextCursor cursor = fieldEdit(m_last.field)->textCursor();
        const bool stillSelected = m_last.creditOffset >= 0
                ? m_body->currentImageBlockNumber() == m_last.photo && !cursor.hasSelection()
                : cursor.selectionStart() == m_last.position
                          && cursor.selectedText().compare(text, Qt::CaseInsensitive) == 0;
        if (stillSelected)
            return m_last;
    }
    const QTextCursor cursor = fieldEdit(m_focusedField)->textCursor();
    // Forward from the end of the selection, backward from its start.
    return backward ? Match{m_focusedField, cursor.selectionStart(), -1, -1}
                    : Match{m_focusedField, cursor.selectionEnd() - 1, INT_MAX, -1};
}

bool FindBar::findNext(bool backward)
{
    const QList<Match> all = matches();
    if (all.isEmpty()) {
        m_status->setText(m_find->text().isEmpty() ? QString() : tr("Not found"));
        return false;
    }
    const Match from = origin(backward);
    Match target;
    if (backward) {
        const auto it = std::lower_bound(all.begin(), all.end(), from);
        target = it == all.begin() ? all.last() : *(it - 1); // wraps around once
    } else {
        const auto it = std::upper_bound(all.begin(), all.end(), from);
        target = it == all.end() ? all.first() : *it;
    }
    showMatch(target);
    return true;
}

void FindBar::showMatch(const Match &match)
{
    m_last = match;
    if (match.creditOffset >= 0) {
        m_body->selectPhoto(match.photo);
        m_status->setText(tr("In a photo credit"));
        return;
    }
    m_status->clear();
    QTextEdit *edit = fieldEdit(match.field);
    QTextCursor cursor(edit->document());
    cursor.setPosition(match.position);
    cursor.setPosition(match.position + int(m_find->text().size()), QTextCursor::KeepAnchor);
    edit->setTextCursor(cursor);
    edit->ensureCursorVisible();
}

void FindBar::replaceOne()
{
    const QString text = m_find->text();
    if (!m_readOnly && !text.isEmpty() && m_last.field >= 0 && !(origin(false) < m_last) && !(m_last < origin(false))) {
        if (m_last.creditOffset >= 0) {
            Block image = m_body->imageAt(m_last.photo);
            if (image.credit.mid(m_last.creditOffset, text.size()).compare(text, Qt::CaseInsensitive) == 0) {
                image.credit.replace(m_last.creditOffset, text.size(), m_replace->text());
                m_body->updateImage(m_last.photo, image);
                m_last.creditOffset += int(m_replace->text().size()) - 1; // go on after the new text
            }
        } else {
            QTextCursor cursor = fieldEdit(m_last.field)->textCursor();
            cursor.insertText(m_replace->text(), replacementFormat(cursor));
            fieldEdit(m_last.field)->setTextCursor(cursor);
            m_focusedField = m_last.field; // go on after the new text
            m_last = Match();
        }
    }
    findNext();
}

int FindBar::replaceAll()
{
    const QString text = m_find->text();
    if (text.isEmpty() || m_readOnly)
        return 0;
    int count = 0;
    if (m_undo)
        m_undo->beginMacro(tr("Replace All"));
    for (int field = 0; field <= BodyField; ++field) {
        QTextDocument *document = fieldEdit(field)->document();
        QTextCursor edit(document);
        bool started = false;
        for (QTextCursor cursor = document->find(text, 0); !cursor.isNull(); cursor = document->find(text, cursor)) {
            if (!started)
                edit.beginEditBlock();
            started = true;
            cursor.insertText(m_replace->text(), replacementFormat(cursor));
            ++count;
        }
        if (started)
            edit.endEditBlock();
    }
    for (QTextBlock block = m_body->document()->begin(); block.isValid(); block = block.next()) {
        if (!DocumentFormat::isImageBlock(block))
            continue;
        Block image = m_body->imageAt(block.blockNumber());
        const int inCredit = int(image.credit.count(text, Qt::CaseInsensitive));
        if (inCredit == 0)
            continue;
        image.credit.replace(text, m_replace->text(), Qt::CaseInsensitive);
        m_body->updateImage(block.blockNumber(), image);
        count += inCredit;
    }
    if (m_undo)
        m_undo->endMacro();
    m_last = Match();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (int field = 0; field <= BodyField; ++field) {
            if (watched == fieldEdit(field))
                m_focusedField = field;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        fieldEdit(m_focusedField)->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace copydesk
