#include "model/wordlistentry.h"

namespace copydesk {

QString WordListEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::Caution:
        return QStringLiteral("caution");
    case Kind::Standard:
        return QStringLiteral("standard");
    }
    return QString();
}

bool WordListEntry::kindFromName(const QString &name, Kind *kind)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("forbidden") || key.startsWith(u"禁用"))
        *kind = Kind::Forbidden;
    else if (key == QLatin1String("caution") || key.startsWith(u"慎用"))
        *kind = Kind::Caution;
    else if (key == QLatin1String("standard") || key.startsWith(u"规范"))
        *kind = Kind::Standard;
    else
        return false;
    return true;
}

} // namespace copydesk
