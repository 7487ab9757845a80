#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

struct xcb_connection_t;

namespace copydesk::bench {

// Watches an X11 display from outside a program: when its first top-level window is mapped and
// when its first pixels reach the screen, the same way for any toolkit, so two editors can be
// compared fairly. Needs $DISPLAY and a build with libxcb.
class X11WindowWatcher
{
public:
    struct Sighting
    {
        double mappedMs = -1;  // the window was mapped (shown, still empty)
        double paintedMs = -1; // pixels on screen where the window is differ from before it
        int width = 0;
        int height = 0;
        quint32 window = 0;    // its X11 id
    };

    X11WindowWatcher();
    ~X11WindowWatcher();
    X11WindowWatcher(const X11WindowWatcher &) = delete;
    X11WindowWatcher &operator=(const X11WindowWatcher &) = delete;

    // Empty when usable, else why not.
    QString problem() const { return m_problem; }
    // Call just before launching the program: starts listening for windows and remembers the
    // screen, so the program's first pixels can be told apart from what was there.
    bool prepare(QString *error);
    // Waits for a window whose _NET_WM_PID is pid to be mapped and painted; times are in ms on
    // the given clock (started at the launch). Fields stay -1 for what did not happen in time.
    Sighting watch(qint64 pid, const QElapsedTimer &clock, int timeoutMs);

private:
    // True when the screen in the window's rectangle differs from the prepared snapshot.
    bool changed(int x, int y, int width, int height);
    quint32 windowPid(quint32 window);

    xcb_connection_t *m_connection = nullptr;
    quint32 m_root = 0;
    int m_screenWidth = 0;
    int m_screenHeight = 0;
    quint32 m_pidAtom = 0;
    QByteArray m_snapshot;
    int m_snapshotStride = 0;
    QString m_problem;
};

} // namespace copydesk::bench
