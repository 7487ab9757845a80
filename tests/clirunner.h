#pragma once

#include <QString>
#include <QStringList>

namespace copydesk::test {

// What one run of the real copydesk-cli did.
struct CliResult
{
    int code = -1; // -1: did not finish in time
    QString out;
    QString err;
};
// Runs the built copydesk-cli on the store (COPYDESK_STORE) in the C locale; env entries
// ("NAME=value") are added to the environment.
CliResult runCli(const QStringList &arguments, const QString &store, const QStringList &env = {},
                 int timeoutMs = 60000);

} // namespace copydesk::test
