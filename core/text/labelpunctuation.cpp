#include "text/labelpunctuation.h"

#include "text/script.h"

namespace copydesk {

namespace {

QChar fullWidth(QChar c)
{
    switch (c.unicode()) {
    case ',':
        return QChar(0xFF0C);
    case ':':
        return QChar(0xFF1A);
    case ';':
        return QChar(0xFF1B);
    case '!':
        return QChar(0xFF01);
    case '?':
        return QChar(0xFF1F);
    default:
        return c;
    }
}

// The last code point of text before index, or 0.
char32_t previousCodePoint(const QString &text, qsizetype index)
{
    if (index <= 0)
        return 0;
    const QChar last = text.at(index - 1);
    if (last.isLowSurrogate() && index >= 2 && text.at(index - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(index - 2), last);
    return last.unicode();
}

// The code point starting at index, or 0.
char32_t codePointAt(const QString &text, qsizetype index)
{
    if (index >= text.size())
        return 0;
    const QChar first = text.at(index);
    if (first.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(first, text.at(index + 1));
    return first.unicode();
}

} // namespace

bool LabelPunctuation::isChinese(const QString &language)
{
    const QString tag = language.trimmed().toLower();
    return tag.isEmpty() || tag == QLatin1String("zh") || tag.startsWith(QLatin1String("zh-"))
           || tag.startsWith(QLatin1String("zh_"));
}

QString LabelPunctuation::label(const QString &text, const QString &language)
{
    QString core = text;
    while (!core.isEmpty() && core.back().isSpace())
        core.chop(1);
    if (core.isEmpty() || (core.back() != QLatin1Char(':') && core.back() != QChar(0xFF1A)))
        return text;
    core.chop(1);
    while (!core.isEmpty() && core.back().isSpace())
        core.chop(1);
    if (!isChinese(language))
        return core + QStringLiteral(": ");
    // A Latin word in a Chinese page ("Source: ") keeps its English colon.
    return Script::isCjk(previousCodePoint(core, core.size())) ? QString(core + QChar(0xFF1A)) : text;
}

QString LabelPunctuation::chinese(const QString &text)
{
    QString result = text;
    for (qsizetype i = 0; i < result.size(); ++i) {
        const QChar c = result.at(i);
        const QChar wide = fullWidth(c);
        if (wide == c || !(Script::isCjk(previousCodePoint(result, i)) || Script::isCjk(codePointAt(result, i + 1))))
            continue;
        result[i] = wide;
        // "来源: 新华社" → "来源：新华社": a full-width mark carries its own space.
        while (i + 1 < result.size() && result.at(i + 1) == QLatin1Char(' '))
            result.remove(i + 1, 1);
    }
    return result;
}

} // namespace copydesk
