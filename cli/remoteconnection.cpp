#include "remoteconnection.h"

#include "cli.h"
#include "invocation.h"
#include "sync/syncengine.h"

#include <QUuid>

namespace copydesk {

bool RemoteConnection::open(Invocation &invocation, int *code)
{
    QString error;
    if (!m_rows.open(invocation.store().path(), &error)) {
        *code = invocation.fail(Cli::tr("reading the sync state"), error);
        return false;
    }
    const QString url = m_rows.state(QString::fromLatin1(SyncEngine::RemoteUrlKey));
    if (url.isEmpty()) {
        *code = invocation.fail(Cli::tr("no newsroom server"),
                                Cli::tr("set one with copydesk-cli remote set URL"));
        return false;
    }
    if (!m_server.connect(url, &error)) {
        *code = invocation.fail(Cli::tr("connecting to %1").arg(url), error);
        return false;
    }
    return true;
}

QString RemoteConnection::session()
{
    const QString key = QStringLiteral("remote.session");
    QString session = m_rows.state(key);
    if (session.isEmpty()) {
        session = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_rows.setState(key, session, nullptr);
    }
    return session;
}

} // namespace copydesk
