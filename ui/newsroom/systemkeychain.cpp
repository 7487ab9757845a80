#include "newsroom/systemkeychain.h"

#include <qt6keychain/keychain.h>

namespace copydesk {

namespace {

const QString Service = QStringLiteral("Copydesk newsroom");

QString failure(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        return {};
    return SystemKeychain::tr("the system keychain cannot be used (%1)").arg(job->errorString());
}

} // namespace

void SystemKeychain::read(const QString &account, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setInsecureFallback(false);
    job->setKey(account);
    QObject::connect(job, &QKeychain::Job::finished, [done](QKeychain::Job *finished) {
        auto *reading = static_cast<QKeychain::ReadPasswordJob *>(finished);
        done(reading->error() == QKeychain::NoError, reading->textData(), failure(reading));
    });
    job->start();
}

void SystemKeychain::write(const QString &account, const QString &password, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, [done](QKeychain::Job *finished) { done(failure(finished)); });
    job->start();
}

void SystemKeychain::remove(const QString &account, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(Service);
    job->setInsecureFallback(false);
    job->setKey(account);
    QObject::connect(job, &QKeychain::Job::finished, [done](QKeychain::Job *finished) { done(failure(finished)); });
    job->start();
}

} // namespace copydesk
