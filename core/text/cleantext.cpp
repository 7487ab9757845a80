#include "text/cleantext.h"

namespace copydesk {

namespace {

bool isForbidden(char32_t c)
{
    if (c < 0x20)
        return c != u'\t' && c != u'\n';
    if (c >= 0x7f && c <= 0x9f)
        return true;
    if (c >= 0xfdd0 && c <= 0xfdef)
        return true;
    return (c & 0xfffe) == 0xfffe;
}

} // namespace

QString CleanText::forMarkup(const QString &text)
{
    QString result;
    result.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < n && text.at(i + 1).isLowSurrogate()) {
                if (!isForbidden(QChar::surrogateToUcs4(c, text.at(i + 1)))) {
                    result.append(c);
                    result.append(text.at(i + 1));
                }
                ++i;
            }
            continue;
        }
        if (c == u'\r') {
            if (i + 1 >= n || text.at(i + 1) != u'\n')
                result.append(u'\n');
            continue;
        }
        if (c.isLowSurrogate() || isForbidden(c.unicode()))
            continue;
        result.append(c);
    }
    return result;
}

QString CleanText::line(const QString &text)
{
    return forMarkup(text).simplified();
}

} // namespace copydesk
