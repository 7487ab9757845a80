#pragma once

#include "server/newsroomserver.h"
#include "sync/syncrows.h"

namespace copydesk {

class Invocation;

// The newsroom server a store is set to sync with (remote set URL), connected for one command.
class RemoteConnection
{
public:
    // Opens the store's sync rows and connects to its remote; false after reporting why.
    bool open(Invocation &invocation, int *code);
    // This store's lease session (made once, kept in the store), so that separate runs of the
    // program release what an earlier run took.
    QString session();

    SyncRows &rows() { return m_rows; }
    NewsroomServer &server() { return m_server; }

private:
    SyncRows m_rows;
    NewsroomServer m_server;
};

} // namespace copydesk
