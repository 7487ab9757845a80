#pragma once

#include <QString>

namespace copydesk {

// A newsroom server's libpq address as the connect dialog edits it: the login inside it (a URI's
// user@ or ?user=, a key=value string's user=), and the check that no password is in it.
class ServerAddress
{
public:
    static QString user(const QString &url);
    // url with its login set to user (an empty user leaves url as it is).
    static QString withUser(const QString &url, const QString &user);
    static bool hasPassword(const QString &url);
    // The keychain's name for the password of url's login: the url itself, which holds none.
    static QString account(const QString &url) { return url; }
};

} // namespace copydesk
