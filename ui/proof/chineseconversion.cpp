#include "proof/chineseconversion.h"

#include "editor/articleeditor.h"
#include "editor/bodyedit.h"
#include "editor/titleedit.h"
#include "proof/articleconverter.h"
#include "proof/chineseconverter.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QUndoStack>

namespace copydesk {

QString ChineseConversion::displayName(const QString &config)
{
    if (config == QLatin1String("s2t"))
        return tr("Simplified to &Traditional");
    if (config == QLatin1String("t2s"))
        return tr("Traditional to &Simplified");
    if (config == QLatin1String("s2twp"))
        return tr("Simplified to Traditional (Taiwan, with &phrases)");
    if (config == QLatin1String("tw2s"))
        return tr("Traditional (Taiwan) to S&implified");
    return config;
}

bool ChineseConversion::convertSelection(QTextEdit *edit, const ChineseConverter &converter)
{
    const QTextCursor selection = edit->textCursor();
    const int start = selection.selectionStart();
    const int end = selection.selectionEnd();
    struct Piece
    {
        int position;
        int length;
        QTextCharFormat format;
        QString text;
    };
    QList<Piece> pieces;
    QTextDocument *document = edit->document();
    for (QTextBlock block = document->findBlock(start); block.isValid() && block.position() < end; block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat())
                continue;
            const int from = qMax(start, fragment.position());
            const int to = qMin(end, fragment.position() + fragment.length());
            if (to > from)
                pieces.append({from, to - from, fragment.charFormat(),
                               fragment.text().mid(from - fragment.position(), to - from)});
        }
    }
    // From the last piece back, so the earlier positions hold; each piece keeps its format.
    QTextCursor cursor(document);
    bool changed = false;
    cursor.beginEditBlock();
    for (auto it = pieces.crbegin(); it != pieces.crend(); ++it) {
        const QString converted = converter.convert(it->text);
        if (converted == it->text)
            continue;
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(converted, it->format);
        changed = true;
    }
    cursor.endEditBlock();
    return changed;
}

QString ChineseConversion::convert(ArticleEditor *editor, QUndoStack *stack, const QString &config)
{
    if (editor->isReadOnly())
        return tr("This article is open read-only: nothing was converted.");
    const ChineseConverter converter(config);
    if (!converter.isValid())
        return tr("Could not convert: %1").arg(converter.error());
    for (QTextEdit *edit : {static_cast<QTextEdit *>(editor->titleEdit()), static_cast<QTextEdit *>(editor->subtitleEdit()),
                            static_cast<QTextEdit *>(editor->body())}) {
        if (!edit->hasFocus() || !edit->textCursor().hasSelection())
            continue;
        return convertSelection(edit, converter) ? tr("Converted the selection.") : tr("Nothing in the selection to convert.");
    }
    Article article;
    editor->applyTo(&article);
    if (!ArticleConverter::convert(&article, converter))
        return tr("Nothing in the article to convert.");
    if (stack)
        stack->beginMacro(tr("Convert: %1").arg(displayName(config).remove(QLatin1Char('&'))));
    editor->replaceContent(article);
    if (stack)
        stack->endMacro();
    return tr("Converted the article.");
}

} // namespace copydesk
