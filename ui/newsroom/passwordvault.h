#pragma once

#include <QString>

#include <functional>

namespace copydesk {

// Where the window keeps newsroom passwords (the system keychain; a fake in the tests). Every
// call answers later, through done, on the calling thread: a keychain may ask the user first.
class PasswordVault
{
public:
    // found false and error empty: nothing kept for the account. error: the vault cannot be
    // used here (no keychain), one line.
    using ReadDone = std::function<void(bool found, const QString &password, const QString &error)>;
    using WriteDone = std::function<void(const QString &error)>;

    virtual ~PasswordVault() = default;
    virtual void read(const QString &account, ReadDone done) = 0;
    virtual void write(const QString &account, const QString &password, WriteDone done) = 0;
    virtual void remove(const QString &account, WriteDone done) = 0;
};

} // namespace copydesk
