#include "model/timestamp.h"

namespace copydesk {

namespace {

bool parseDigits(const QChar *text, int count, int *value)
{
    int result = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        result = result * 10 + (c - u'0');
    }
    *value = result;
    return true;
}

} // namespace

QDateTime Timestamp::now()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

QString Timestamp::format(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString Timestamp::formatSeconds(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime Timestamp::parse(const QString &text)
{
    if (text.size() == 24) {
        const QChar *c = text.constData();
        int y, mo, d, h, mi, s, ms;
        if (c[4] == u'-' && c[7] == u'-' && c[10] == u'T' && c[13] == u':' && c[16] == u':'
            && c[19] == u'.' && c[23] == u'Z' && parseDigits(c, 4, &y) && parseDigits(c + 5, 2, &mo)
            && parseDigits(c + 8, 2, &d) && parseDigits(c + 11, 2, &h)
            && parseDigits(c + 14, 2, &mi) && parseDigits(c + 17, 2, &s)
            && parseDigits(c + 20, 3, &ms)) {
            const QDate date(y, mo, d);
            const QTime time(h, mi, s, ms);
            if (date.isValid() && time.isValid())
                return QDateTime(date, time, Qt::UTC);
        }
    }
    if (text.isEmpty())
        return {};
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

} // namespace copydesk
