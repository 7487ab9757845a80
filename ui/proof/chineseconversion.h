#pragma once

#include <QCoreApplication>
#include <QString>

class QTextEdit;
class QUndoStack;

namespace copydesk {

class ArticleEditor;
class ChineseConverter;

// 繁简 conversion in the editor, as one undo step: the selection of the headline, subtitle or body
// when there is one (bold, italics and links kept on their words), otherwise the whole article's
// text — headline, subtitle, body, captions, credits and alt texts.
class ChineseConversion
{
    Q_DECLARE_TR_FUNCTIONS(ChineseConversion)

public:
    // config: s2t, t2s, s2twp, tw2s… (ChineseConverter::configurations()). Returns what was
    // done in one line for the status bar.
    static QString convert(ArticleEditor *editor, QUndoStack *stack, const QString &config);
    // The menu text for a configuration.
    static QString displayName(const QString &config);

private:
    // The selected text of edit, fragment by fragment; false when nothing changed.
    static bool convertSelection(QTextEdit *edit, const ChineseConverter &converter);
};

} // namespace copydesk
