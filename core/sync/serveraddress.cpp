#include "sync/serveraddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace copydesk {

namespace {

bool isUri(const QString &url)
{
    return url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"));
}

const QRegularExpression &userWord()
{
    static const QRegularExpression word(QStringLiteral("(^|\\s)user\\s*=\\s*('[^']*'|\\S+)"));
    return word;
}

} // namespace

QString ServerAddress::user(const QString &url)
{
    if (isUri(url)) {
        const QUrl parsed(url);
        const QString inQuery = QUrlQuery(parsed).queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
        return inQuery.isEmpty() ? parsed.userName() : inQuery;
    }
    const QRegularExpressionMatch match = userWord().match(url);
    return match.hasMatch() ? match.captured(2).remove(QLatin1Char('\'')) : QString();
}

QString ServerAddress::withUser(const QString &url, const QString &user)
{
    if (user.isEmpty() || user == ServerAddress::user(url))
        return url;
    if (isUri(url)) {
        QUrl parsed(url);
        QUrlQuery query(parsed);
        if (query.hasQueryItem(QStringLiteral("user"))) {
            query.removeAllQueryItems(QStringLiteral("user"));
            query.addQueryItem(QStringLiteral("user"), QString::fromLatin1(QUrl::toPercentEncoding(user)));
            parsed.setQuery(query);
        } else {
            parsed.setUserName(user);
        }
        return parsed.toString();
    }
    QString rest = url;
    rest.remove(userWord());
    return QStringLiteral("%1 user='%2'").arg(rest.trimmed(), user);
}

bool ServerAddress::hasPassword(const QString &url)
{
    return url.contains(QLatin1String("password=")) || !QUrl(url).password().isEmpty();
}

} // namespace copydesk
