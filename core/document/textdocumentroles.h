#pragma once

#include "document/documentformat.h"

#include <QString>
#include <QTextBlock>
#include <QTextCharFormat>

namespace copydesk {

// How a QTextDocument block and a character format read as the model's role, level and marks.
class TextDocumentRoles
{
public:
    struct Marks
    {
        bool bold = false;
        bool italic = false;
        QString href;
    };

    static int clampedLevel(int level);

    // The model role a document block's text takes; *level is the heading level for headings.
    static DocumentFormat::Role textRoleOf(const QTextBlock &block, int *level);
    static Marks marksOf(const QTextCharFormat &format, DocumentFormat::Role role);

private:
    static int defaultWeight(DocumentFormat::Role role);
};

} // namespace copydesk
