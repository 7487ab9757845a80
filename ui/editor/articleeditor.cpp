#include "editor/articleeditor.h"

#include "application/appearance.h"
#include "commands/documentundolink.h"
#include "commands/undokeyfilter.h"

#include "editor/bodyedit.h"
#include "document/documentformat.h"
#include "document/documentmapper.h"
#include "editor/findbar.h"
#include "editor/titleedit.h"

#include <QAction>
#include <QActionGroup>
#include <QFont>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextList>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace copydesk {

ArticleEditor::ArticleEditor(const Store *store, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("articleEditor"));
    m_title = new TitleEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("Headline"));
    m_title->setAccessibleName(tr("Headline"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.9);
    titleFont.setWeight(QFont::Bold);
    m_title->setFont(titleFont);

    m_subtitle = new TitleEdit(this);
    m_subtitle->setObjectName(QStringLiteral("subtitleEdit"));
    m_subtitle->setPlaceholderText(tr("Subtitle (optional)"));
    m_subtitle->setAccessibleName(tr("Subtitle"));
    QFont subtitleFont = m_subtitle->font();
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 1.25);
    m_subtitle->setFont(subtitleFont);
    // Enter or Tab in the headline goes straight to the body; the subtitle is a click away.
    for (TitleEdit *field : {m_title, m_subtitle}) {
        connect(field, &TitleEdit::leaveRequested, this, [this] {
            m_body->setFocus(Qt::TabFocusReason);
        });
    }

    m_body = new BodyEdit(store, this);
    m_findBar = new FindBar(m_title, m_subtitle, m_body, this);

    createActions();
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("formatToolBar"));
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addActions({m_actions.bold, m_actions.italic, m_actions.link});
    toolbar->addSeparator();
    toolbar->addActions({m_actions.paragraph, m_actions.heading2, m_actions.heading3, m_actions.quote,
                         m_actions.bulletList, m_actions.numberedList});

    // Title and subtitle sit in the same centred column as the body text.
    auto *header = new QWidget(this);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(12, 16, 12, 4);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_subtitle);
    header->setMaximumWidth(BodyEdit::ColumnWidth);
    header->setAutoFillBackground(false);
    auto *headerRow = new QHBoxLayout;
    headerRow->addStretch(1);
    headerRow->addWidget(header, 100);
    headerRow->addStretch(1);

    m_embargoBanner = new QLabel(this);
    m_embargoBanner->setObjectName(QStringLiteral("embargoBanner"));
    m_embargoBanner->setAlignment(Qt::AlignCenter);
    m_embargoBanner->setStyleSheet(QStringLiteral("QLabel { background: #fde68a; color: #78350f; padding: 6px; font-weight: bold; }"));
    m_embargoBanner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_embargoBanner);
    layout->addLayout(headerRow);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_findBar);

    const auto changed = [this] {
        if (!m_loading)
            emit edited();
    };
    connect(m_title, &TitleEdit::textEdited, this, changed);
    connect(m_subtitle, &TitleEdit::textEdited, this, changed);
    // A composition in progress is not text yet: the article changes when it is committed.
    connect(m_body->document(), &QTextDocument::contentsChanged, this, [this] {
        if (!m_loading && !m_body->isComposing())
            emit edited();
    });
    connect(m_body, &QTextEdit::cursorPositionChanged, this, &ArticleEditor::updateActions);
    connect(m_body, &QTextEdit::currentCharFormatChanged, this, &ArticleEditor::updateActions);
}

void ArticleEditor::createActions()
{
    const auto make = [this](const char *iconName, const QString &text, const QKeySequence &shortcut) {
        auto *action = new QAction(Appearance::icon(iconName), text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(shortcut.isEmpty() ? text
                                              : QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                                            shortcut.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_actions.bold = make("bold", tr("&Bold"), QKeySequence::Bold);
    m_actions.italic = make("italic", tr("&Italic"), QKeySequence::Italic);
    m_actions.link = make("link", tr("&Link…"), QKeySequence(Qt::CTRL | Qt::Key_K));
    m_actions.paragraph = make("paragraph", tr("&Paragraph"), QKeySequence(Qt::CTRL | Qt::Key_0));
    m_actions.heading2 = make("heading2", tr("Sub-head &2"), QKeySequence(Qt::CTRL | Qt::Key_2));
    m_actions.heading3 = make("heading3", tr("Sub-head &3"), QKeySequence(Qt::CTRL | Qt::Key_3));
    m_actions.quote = make("quote", tr("&Quote"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_actions.bulletList = make("bullets", tr("B&ulleted List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    m_actions.numberedList = make("numbers", tr("&Numbered List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
    m_actions.find = make("find", tr("&Find…"), QKeySequence::Find);
    m_actions.replace = make("replace", tr("R&eplace…"), QKeySequence::Replace);
    m_actions.photoUp = make("photo", tr("Move Photo &Up"), QKeySequence(Qt::ALT | Qt::Key_Up));
    m_actions.photoDown = make("photo", tr("Move Photo Do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction *action : {m_actions.bold, m_actions.italic, m_actions.paragraph, m_actions.heading2,
                            m_actions.heading3, m_actions.quote, m_actions.bulletList, m_actions.numberedList})
        action->setCheckable(true);

    connect(m_actions.bold, &QAction::triggered, this, [this] { toggleMark(TextMark::Kind::Bold); });
    connect(m_actions.italic, &QAction::triggered, this, [this] { toggleMark(TextMark::Kind::Italic); });
    connect(m_actions.link, &QAction::triggered, this, &ArticleEditor::editLink);
    const auto role = [this](DocumentFormat::Role role, int level) {
        if (m_readOnly)
            return;
        QTextCursor cursor = m_body->textCursor();
        if (cursor.currentList()) {
            cursor.beginEditBlock();
            for (QTextBlock block = m_body->document()->findBlock(cursor.selectionStart());
                 block.isValid() && block.position() <= cursor.selectionEnd(); block = block.next()) {
                if (QTextList *list = block.textList())
                    list->remove(block);
            }
            cursor.endEditBlock();
        }
        DocumentMapper::setTextRole(&cursor, role, level);
        m_body->setFocus();
        updateActions();
    };
    connect(m_actions.paragraph, &QAction::triggered, this, [role] { role(DocumentFormat::Role::Body, 2); });
    connect(m_actions.heading2, &QAction::triggered, this, [role] { role(DocumentFormat::Role::Heading, 2); });
    connect(m_actions.heading3, &QAction::triggered, this, [role] { role(DocumentFormat::Role::Heading, 3); });
    connect(m_actions.quote, &QAction::triggered, this, [role] { role(DocumentFormat::Role::Quote, 2); });
    connect(m_actions.bulletList, &QAction::triggered, this, [this] { toggleList(false); });
    connect(m_actions.numberedList, &QAction::triggered, this, [this] { toggleList(true); });
    connect(m_actions.find, &QAction::triggered, m_findBar, &FindBar::showFind);
    connect(m_actions.replace, &QAction::triggered, m_findBar, &FindBar::showReplace);
    for (auto [action, direction] : {std::pair(m_actions.photoUp, -1), std::pair(m_actions.photoDown, 1)}) {
        connect(action, &QAction::triggered, this, [this, direction = direction] {
            m_body->movePhoto(m_body->currentImageBlockNumber(), direction);
        });
    }
}

void ArticleEditor::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
    m_findBar->setUndoStack(stack);
    auto *filter = new UndoKeyFilter(stack, this);
    for (TitleEdit *field : {m_title, m_subtitle}) {
        new DocumentUndoLink(field->document(), stack, this);
        filter->install(field);
    }
    m_bodyUndo = new DocumentUndoLink(m_body->document(), stack, this);
    filter->install(m_body);
}

void ArticleEditor::setArticle(const Article &article)
{
    m_loading = true;
    m_title->setText(article.title);
    m_subtitle->setText(article.subtitle);
    m_body->setBlocks(article.blocks);
    if (m_undo)
        m_undo->clear();
    m_loading = false;
    updateActions();
}

void ArticleEditor::restyle(const std::function<void()> &pass)
{
    const bool loading = std::exchange(m_loading, true);
    pass();
    m_loading = loading;
}

void ArticleEditor::replaceContent(const Article &article)
{
    for (auto [field, text] : {std::pair(m_title, article.title), std::pair(m_subtitle, article.subtitle)}) {
        if (field->text() == text)
            continue;
        QTextCursor cursor(field->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(text);
    }
    if (m_body->blocks() != article.blocks)
        m_body->replaceBlocks(article.blocks);
}

void ArticleEditor::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    // Read-only looks it: the fields on the window's grey, with no "write here" invitations.
    const QList<QTextEdit *> fields = {m_title, m_subtitle, m_body};
    if (readOnly) {
        m_placeholders.clear();
        for (QTextEdit *field : fields)
            m_placeholders.append(field->placeholderText());
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        fields.at(i)->setReadOnly(readOnly);
        fields.at(i)->viewport()->setBackgroundRole(readOnly ? QPalette::Window : QPalette::Base);
        fields.at(i)->setPlaceholderText(readOnly ? QString() : m_placeholders.value(i));
    }
    m_findBar->setReadOnly(readOnly);
    updateActions();
    emit readOnlyChanged(readOnly);
}

void ArticleEditor::replacePhoto(int blockNumber, const Block &photo, bool overwrite)
{
    if (m_readOnly)
        return;
    Block image = m_body->imageAt(blockNumber);
    image.media = photo.media;
    image.width = photo.width;
    image.height = photo.height;
    image.sourceUrl.clear();
    image.crop = QRectF();
    image.rotation = 0;
    bool fromFile = false;
    for (auto [field, fill] : {std::pair(&image.caption, photo.caption), std::pair(&image.credit, photo.credit),
                               std::pair(&image.alt, photo.alt)}) {
        if (!fill.isEmpty() && (overwrite || field->trimmed().isEmpty()) && *field != fill) {
            *field = fill;
            fromFile = true;
        }
    }
    if (fromFile)
        image.checkMetadata = photo.checkMetadata;
    m_body->updateImage(blockNumber, image);
}

void ArticleEditor::updateImage(int blockNumber, const Block &image)
{
    if (m_readOnly)
        return;
    if (m_bodyUndo)
        m_bodyUndo->setMergeKey(QStringLiteral("photo:%1").arg(blockNumber));
    m_body->updateImage(blockNumber, image);
    if (m_bodyUndo)
        m_bodyUndo->setMergeKey(QString());
}

void ArticleEditor::setEmbargo(const QDateTime &utc)
{
    const bool active = utc.isValid() && utc > QDateTime::currentDateTimeUtc();
    m_embargoBanner->setVisible(active);
    if (active)
        m_embargoBanner->setText(tr("Embargoed until %1 — do not publish before then.")
                                         .arg(utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

void ArticleEditor::applyTo(Article *article) const
{
    article->title = m_title->text().trimmed();
    article->subtitle = m_subtitle->text().trimmed();
    article->blocks = m_body->blocks();
}

void ArticleEditor::focusTitle()
{
    m_title->setFocus(Qt::ShortcutFocusReason);
    m_title->selectAll();
}


void ArticleEditor::toggleMark(TextMark::Kind kind)
{
    if (m_readOnly)
        return;
    QTextCursor cursor = m_body->textCursor();
    const bool on = kind == TextMark::Kind::Bold ? m_actions.bold->isChecked() : m_actions.italic->isChecked();
    DocumentMapper::setMark(&cursor, kind, on);
    m_body->setTextCursor(cursor);
    m_body->setFocus();
}

void ArticleEditor::editLink()
{
    if (m_readOnly)
        return;
    QTextCursor cursor = m_body->textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    if (!cursor.hasSelection())
        return;
    const QString current = cursor.charFormat().anchorHref();
    bool ok = false;
    const QString href = QInputDialog::getText(this, tr("Link"), tr("Link address (http, https or mailto):"),
                                               QLineEdit::Normal, current.isEmpty() ? QStringLiteral("https://") : current, &ok)
                                 .trimmed();
    if (!ok)
        return;
    static const QRegularExpression allowed(QStringLiteral("^(https?://\\S+|mailto:\\S+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const bool remove = href.isEmpty() || href == QLatin1String("https://");
    if (!remove && !allowed.match(href).hasMatch()) {
        QMessageBox::warning(this, tr("Link"),
                             tr("“%1” is not a web or e-mail address. Links must start with http://, https:// or mailto:.")
                                     .arg(href));
        return;
    }
    DocumentMapper::setMark(&cursor, TextMark::Kind::Link, !remove, href);
    m_body->setTextCursor(cursor);
    m_body->setFocus();
}

void ArticleEditor::toggleList(bool ordered)
{
    if (m_readOnly)
        return;
    QTextCursor cursor = m_body->textCursor();
    cursor.beginEditBlock();
    QTextList *list = cursor.currentList();
    const bool sameKind = list && (list->format().style() == DocumentMapper::listFormat(ordered).style());
    if (list && sameKind) {
        for (QTextBlock block = m_body->document()->findBlock(cursor.selectionStart());
             block.isValid() && block.position() <= cursor.selectionEnd(); block = block.next()) {
            if (QTextList *blockList = block.textList())
                blockList->remove(block);
            QTextCursor blockCursor(block);
            blockCursor.setBlockFormat(DocumentMapper::bodyBlockFormat());
        }
    } else if (list) {
        list->setFormat(DocumentMapper::listFormat(ordered));
    } else {
        DocumentMapper::setTextRole(&cursor, DocumentFormat::Role::Body);
        for (QTextBlock block = m_body->document()->findBlock(cursor.selectionStart());
             block.isValid() && block.position() <= cursor.selectionEnd(); block = block.next()) {
            QTextCursor blockCursor(block);
            blockCursor.setBlockFormat(DocumentMapper::listItemBlockFormat());
        }
        cursor.createList(DocumentMapper::listFormat(ordered));
    }
    cursor.endEditBlock();
    m_body->setFocus();
    updateActions();
}

void ArticleEditor::updateActions()
{
    const QTextCursor cursor = m_body->textCursor();
    const QTextBlock block = cursor.block();
    const DocumentFormat::Role role = DocumentFormat::roleOf(block);
    const QTextCharFormat format = m_body->currentCharFormat();
    const QTextCharFormat roleFormat = role == DocumentFormat::Role::Heading
            ? DocumentMapper::headingCharFormat(block.blockFormat().headingLevel())
            : DocumentMapper::bodyCharFormat();
    m_actions.bold->setChecked(format.boolProperty(DocumentFormat::MarkBold)
                               || format.fontWeight() >= roleFormat.fontWeight() + (QFont::DemiBold - QFont::Normal));
    m_actions.italic->setChecked(format.fontItalic());
    m_actions.paragraph->setChecked(role == DocumentFormat::Role::Body);
    m_actions.heading2->setChecked(role == DocumentFormat::Role::Heading && block.blockFormat().headingLevel() == 2);
    m_actions.heading3->setChecked(role == DocumentFormat::Role::Heading && block.blockFormat().headingLevel() == 3);
    m_actions.quote->setChecked(role == DocumentFormat::Role::Quote);
    QTextList *list = cursor.currentList();
    m_actions.bulletList->setChecked(list && list->format().style() == DocumentMapper::listFormat(false).style());
    m_actions.numberedList->setChecked(list && list->format().style() == DocumentMapper::listFormat(true).style());
    const bool text = !m_readOnly && role != DocumentFormat::Role::Image && role != DocumentFormat::Role::Caption;
    for (QAction *action : {m_actions.paragraph, m_actions.heading2, m_actions.heading3, m_actions.quote,
                            m_actions.bulletList, m_actions.numberedList})
        action->setEnabled(text);
    for (QAction *action : {m_actions.bold, m_actions.italic, m_actions.link, m_actions.replace})
        action->setEnabled(!m_readOnly);
    m_actions.photoUp->setEnabled(!m_readOnly && m_body->currentImageBlockNumber() >= 0);
    m_actions.photoDown->setEnabled(!m_readOnly && m_body->currentImageBlockNumber() >= 0);
}

} // namespace copydesk
