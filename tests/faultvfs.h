#pragma once

namespace copydesk::test {

// An SQLite VFS shim over the default one that makes chosen file operations fail, for
// fault-injection tests: installed as the default VFS, so every connection opened afterwards in
// this process goes through it. Only the store's own files (*.sqlite3 and its -wal/-journal)
// are affected.
class FaultVfs
{
public:
    enum class Operation { Write, Sync };

    // Registers the shim as the default VFS (once per process).
    static void install();
    // From now on, the (skip + 1)th and every later matching operation fails with the SQLite
    // result code (SQLITE_FULL, SQLITE_IOERR_WRITE, ...), until clear().
    static void failFrom(Operation operation, int resultCode, int skip = 0);
    static void clear();
    // How many operations were made to fail since the last failFrom().
    static int failures();
};

} // namespace copydesk::test
