#include "document/textdocumentroles.h"

#include <QFont>

namespace copydesk {

using DocumentFormat::Role;

int TextDocumentRoles::clampedLevel(int level)
{
    return qBound(2, level, 3);
}

int TextDocumentRoles::defaultWeight(Role role)
{
    return role == Role::Heading ? int(QFont::Bold) : int(QFont::Normal);
}

Role TextDocumentRoles::textRoleOf(const QTextBlock &block, int *level)
{
    *level = 2;
    if (block.textList())
        return Role::ListItem;
    const Role role = DocumentFormat::roleOf(block);
    if (role == Role::Caption)
        return Role::Caption;
    const QTextBlockFormat format = block.blockFormat();
    if (format.headingLevel() > 0 || role == Role::Heading) {
        if (format.headingLevel() > 0)
            *level = clampedLevel(format.headingLevel());
        return Role::Heading;
    }
    if (role == Role::Quote || format.boolProperty(DocumentFormat::QuoteBlock)
        || format.intProperty(QTextFormat::BlockQuoteLevel) > 0)
        return Role::Quote;
    return Role::Body;
}

TextDocumentRoles::Marks TextDocumentRoles::marksOf(const QTextCharFormat &format, Role role)
{
    Marks marks;
    const int weight = format.fontWeight();
    marks.bold = weight >= QFont::DemiBold
            && (weight > defaultWeight(role) || format.boolProperty(DocumentFormat::MarkBold));
    marks.italic = format.fontItalic();
    if (format.isAnchor())
        marks.href = format.anchorHref();
    return marks;
}

} // namespace copydesk
