#pragma once

#include "newsroom/passwordvault.h"

#include <QCoreApplication>

namespace copydesk {

// The desktop's keychain (Secret Service, KWallet, the Windows credential store) through
// qtkeychain; never a plain-text fallback.
class SystemKeychain : public PasswordVault
{
    Q_DECLARE_TR_FUNCTIONS(SystemKeychain)

public:
    void read(const QString &account, ReadDone done) override;
    void write(const QString &account, const QString &password, WriteDone done) override;
    void remove(const QString &account, WriteDone done) override;
};

} // namespace copydesk
