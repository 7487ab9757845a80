#include "render/templatesections.h"

#include <QRegularExpression>

namespace copydesk {

namespace {

bool blankBetween(const QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (text.at(i) != QLatin1Char(' ') && text.at(i) != QLatin1Char('\t') && text.at(i) != QLatin1Char('\r'))
            return false;
    }
    return true;
}

} // namespace

bool TemplateSections::split(const QString &text, TemplateSections *sections)
{
    static const QRegularExpression tag(QStringLiteral("\\{\\{\\s*([#^/&{]?)\\s*blocks\\s*\\}?\\}\\}"));
    QList<QRegularExpressionMatch> tags;
    auto matches = tag.globalMatch(text);
    while (matches.hasNext())
        tags.append(matches.next());
    if (tags.size() != 2 || tags.at(0).captured(1) != QLatin1String("#") || tags.at(1).captured(1) != QLatin1String("/"))
        return false;
    const qsizetype openStart = tags.at(0).capturedStart();
    const qsizetype openEnd = tags.at(0).capturedEnd();
    const qsizetype closeStart = tags.at(1).capturedStart();
    const qsizetype closeEnd = tags.at(1).capturedEnd();
    const qsizetype openLine = text.lastIndexOf(QLatin1Char('\n'), openStart - 1) + 1;
    const qsizetype openLineEnd = text.indexOf(QLatin1Char('\n'), openEnd);
    const qsizetype closeLine = text.lastIndexOf(QLatin1Char('\n'), closeStart - 1) + 1;
    qsizetype closeLineEnd = text.indexOf(QLatin1Char('\n'), closeEnd);
    if (openLineEnd < 0 || !blankBetween(text, openLine, openStart) || !blankBetween(text, openEnd, openLineEnd)
        || !blankBetween(text, closeLine, closeStart)
        || !blankBetween(text, closeEnd, closeLineEnd < 0 ? text.size() : closeLineEnd))
        return false;
    closeLineEnd = closeLineEnd < 0 ? text.size() : closeLineEnd + 1;
    sections->before = text.left(openLine);
    sections->blocks = text.mid(openLine, closeLineEnd - openLine);
    sections->after = text.mid(closeLineEnd);
    return true;
}

} // namespace copydesk
