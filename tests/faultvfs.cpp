#include "faultvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace copydesk::test {

namespace {

std::atomic<int> failWrite{0};  // result code, 0 = off
std::atomic<int> failSync{0};
std::atomic<int> skipWrite{0};
std::atomic<int> skipSync{0};
std::atomic<int> failed{0};

sqlite3_vfs *base = nullptr;
sqlite3_vfs shim;

struct ShimFile
{
    sqlite3_file base;        // pMethods: the shim's methods
    sqlite3_file *real;       // the default VFS's file, allocated right after this struct
    bool target;              // a store file the faults apply to
};

sqlite3_io_methods shimMethods;
const sqlite3_io_methods *realMethods = nullptr;

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file)->real;
}

bool tripped(std::atomic<int> &code, std::atomic<int> &skip, int *rc)
{
    const int result = code.load();
    if (result == 0)
        return false;
    if (skip.fetch_sub(1) > 0)
        return false;
    failed.fetch_add(1);
    *rc = result;
    return true;
}

int shimClose(sqlite3_file *file)
{
    return realOf(file)->pMethods->xClose(realOf(file));
}
int shimRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return realOf(file)->pMethods->xRead(realOf(file), buffer, amount, offset);
}
int shimWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    int rc = 0;
    if (reinterpret_cast<ShimFile *>(file)->target && tripped(failWrite, skipWrite, &rc))
        return rc;
    return realOf(file)->pMethods->xWrite(realOf(file), buffer, amount, offset);
}
int shimTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    return realOf(file)->pMethods->xTruncate(realOf(file), size);
}
int shimSync(sqlite3_file *file, int flags)
{
    int rc = 0;
    if (reinterpret_cast<ShimFile *>(file)->target && tripped(failSync, skipSync, &rc))
        return rc;
    return realOf(file)->pMethods->xSync(realOf(file), flags);
}
int shimFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}
int shimLock(sqlite3_file *file, int level)
{
    return realOf(file)->pMethods->xLock(realOf(file), level);
}
int shimUnlock(sqlite3_file *file, int level)
{
    return realOf(file)->pMethods->xUnlock(realOf(file), level);
}
int shimCheckReservedLock(sqlite3_file *file, int *out)
{
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), out);
}
int shimFileControl(sqlite3_file *file, int op, void *arg)
{
    // The file pointer asked for is the real one, so callers read through the real VFS.
    return realOf(file)->pMethods->xFileControl(realOf(file), op, arg);
}
int shimSectorSize(sqlite3_file *file)
{
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}
int shimDeviceCharacteristics(sqlite3_file *file)
{
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
}
int shimShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
    return realOf(file)->pMethods->xShmMap(realOf(file), page, size, extend, out);
}
int shimShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, n, flags);
}
void shimShmBarrier(sqlite3_file *file)
{
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}
int shimShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}
int shimFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    return realOf(file)->pMethods->xFetch(realOf(file), offset, amount, out);
}
int shimUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    return realOf(file)->pMethods->xUnfetch(realOf(file), offset, page);
}

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shimFile = reinterpret_cast<ShimFile *>(file);
    shimFile->real = reinterpret_cast<sqlite3_file *>(shimFile + 1);
    const char *path = name ? name : "";
    shimFile->target = std::strstr(path, ".sqlite3") != nullptr
        && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL)) != 0;
    const int rc = base->xOpen(base, name, shimFile->real, flags, outFlags);
    if (!shimFile->real->pMethods) {
        file->pMethods = nullptr;
        return rc;
    }
    if (!realMethods) {
        realMethods = shimFile->real->pMethods;
        shimMethods = *realMethods;
        shimMethods.xClose = shimClose;
        shimMethods.xRead = shimRead;
        shimMethods.xWrite = shimWrite;
        shimMethods.xTruncate = shimTruncate;
        shimMethods.xSync = shimSync;
        shimMethods.xFileSize = shimFileSize;
        shimMethods.xLock = shimLock;
        shimMethods.xUnlock = shimUnlock;
        shimMethods.xCheckReservedLock = shimCheckReservedLock;
        shimMethods.xFileControl = shimFileControl;
        shimMethods.xSectorSize = shimSectorSize;
        shimMethods.xDeviceCharacteristics = shimDeviceCharacteristics;
        shimMethods.xShmMap = shimShmMap;
        shimMethods.xShmLock = shimShmLock;
        shimMethods.xShmBarrier = shimShmBarrier;
        shimMethods.xShmUnmap = shimShmUnmap;
        shimMethods.xFetch = shimFetch;
        shimMethods.xUnfetch = shimUnfetch;
    }
    file->pMethods = &shimMethods;
    return rc;
}

} // namespace

void FaultVfs::install()
{
    if (base)
        return;
    base = sqlite3_vfs_find(nullptr);
    shim = *base;
    shim.zName = "copydesk-fault";
    shim.szOsFile = int(sizeof(ShimFile)) + base->szOsFile;
    shim.xOpen = shimOpen;
    sqlite3_vfs_register(&shim, 1);
}

void FaultVfs::failFrom(Operation operation, int resultCode, int skip)
{
    failed = 0;
    if (operation == Operation::Write) {
        skipWrite = skip;
        failWrite = resultCode;
    } else {
        skipSync = skip;
        failSync = resultCode;
    }
}

void FaultVfs::clear()
{
    failWrite = 0;
    failSync = 0;
}

int FaultVfs::failures()
{
    return failed.load();
}

} // namespace copydesk::test
