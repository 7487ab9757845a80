#include "x11windowwatcher.h"

#ifdef COPYDESK_BENCH_HAVE_XCB
#include <xcb/xcb.h>

#include <poll.h>

#include <cstdlib>
#include <cstring>
#endif

namespace copydesk::bench {

#ifdef COPYDESK_BENCH_HAVE_XCB

namespace {

constexpr int PollMs = 2;

double msOn(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

X11WindowWatcher::X11WindowWatcher()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        m_problem = QStringLiteral("no X display ($DISPLAY is not set)");
        return;
    }
    // The programs started from here inherit the platform and would never show up on the display.
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith(QLatin1String("xcb"))) {
        m_problem = QStringLiteral("programs draw on QT_QPA_PLATFORM=%1, not on the X display").arg(platform);
        return;
    }
    int screenNumber = 0;
    m_connection = xcb_connect(nullptr, &screenNumber);
    if (xcb_connection_has_error(m_connection)) {
        m_problem = QStringLiteral("cannot connect to the X display %1").arg(qEnvironmentVariable("DISPLAY"));
        return;
    }
    xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(m_connection));
    for (int i = 0; i < screenNumber && screens.rem; ++i)
        xcb_screen_next(&screens);
    if (!screens.rem) {
        m_problem = QStringLiteral("the X display has no screen %1").arg(screenNumber);
        return;
    }
    m_root = screens.data->root;
    m_screenWidth = screens.data->width_in_pixels;
    m_screenHeight = screens.data->height_in_pixels;
    const char name[] = "_NET_WM_PID";
    xcb_intern_atom_reply_t *atom = xcb_intern_atom_reply(
            m_connection, xcb_intern_atom(m_connection, 0, sizeof(name) - 1, name), nullptr);
    if (!atom) {
        m_problem = QStringLiteral("the X server does not answer");
        return;
    }
    m_pidAtom = atom->atom;
    std::free(atom);
}

X11WindowWatcher::~X11WindowWatcher()
{
    if (m_connection)
        xcb_disconnect(m_connection);
}

bool X11WindowWatcher::prepare(QString *error)
{
    if (!m_problem.isEmpty()) {
        *error = m_problem;
        return false;
    }
    const quint32 mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(m_connection, m_root, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(m_connection);
    while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection))
        std::free(event);
    xcb_get_image_reply_t *image = xcb_get_image_reply(
            m_connection,
            xcb_get_image(m_connection, XCB_IMAGE_FORMAT_Z_PIXMAP, m_root, 0, 0, quint16(m_screenWidth),
                          quint16(m_screenHeight), ~0u),
            nullptr);
    if (!image) {
        *error = QStringLiteral("cannot read the screen of the X display");
        return false;
    }
    const int length = xcb_get_image_data_length(image);
    m_snapshot = QByteArray(reinterpret_cast<const char *>(xcb_get_image_data(image)), length);
    m_snapshotStride = m_screenHeight > 0 ? length / m_screenHeight : 0;
    std::free(image);
    return true;
}

quint32 X11WindowWatcher::windowPid(quint32 window)
{
    xcb_get_property_reply_t *reply = xcb_get_property_reply(
            m_connection, xcb_get_property(m_connection, 0, window, m_pidAtom, XCB_ATOM_CARDINAL, 0, 1), nullptr);
    quint32 pid = 0;
    if (reply && xcb_get_property_value_length(reply) == 4)
        std::memcpy(&pid, xcb_get_property_value(reply), 4);
    std::free(reply);
    return pid;
}

bool X11WindowWatcher::changed(int x, int y, int width, int height)
{
    // Three full-width rows of the window are enough: a first paint covers the whole window.
    const int left = qBound(0, x, m_screenWidth);
    const int right = qBound(0, x + width, m_screenWidth);
    if (right <= left || m_snapshotStride <= 0)
        return false;
    for (const int quarter : {1, 2, 3}) {
        const int row = y + height * quarter / 4;
        if (row < 0 || row >= m_screenHeight)
            continue;
        xcb_get_image_reply_t *image = xcb_get_image_reply(
                m_connection,
                xcb_get_image(m_connection, XCB_IMAGE_FORMAT_Z_PIXMAP, m_root, qint16(left), qint16(row),
                              quint16(right - left), 1, ~0u),
                nullptr);
        if (!image)
            continue;
        const int length = xcb_get_image_data_length(image);
        const int bytesPerPixel = m_snapshotStride / m_screenWidth;
        const char *before = m_snapshot.constData() + qsizetype(row) * m_snapshotStride + left * bytesPerPixel;
        const int compared = qMin(length, (right - left) * bytesPerPixel);
        const bool differs = std::memcmp(before, xcb_get_image_data(image), size_t(compared)) != 0;
        std::free(image);
        if (differs)
            return true;
    }
    return false;
}

X11WindowWatcher::Sighting X11WindowWatcher::watch(qint64 pid, const QElapsedTimer &clock, int timeoutMs)
{
    Sighting sighting;
    if (!m_problem.isEmpty())
        return sighting;
    quint32 window = 0;
    int x = 0, y = 0;
    const double deadline = msOn(clock) + timeoutMs;
    while (msOn(clock) < deadline) {
        while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection)) {
            if (!window && (event->response_type & 0x7f) == XCB_MAP_NOTIFY) {
                const auto *map = reinterpret_cast<xcb_map_notify_event_t *>(event);
                const double when = msOn(clock);
                if (!map->override_redirect && windowPid(map->window) == quint32(pid)) {
                    window = map->window;
                    sighting.window = window;
                    sighting.mappedMs = when;
                    xcb_get_geometry_reply_t *geometry =
                            xcb_get_geometry_reply(m_connection, xcb_get_geometry(m_connection, window), nullptr);
                    xcb_translate_coordinates_reply_t *origin = xcb_translate_coordinates_reply(
                            m_connection, xcb_translate_coordinates(m_connection, window, m_root, 0, 0), nullptr);
                    if (geometry) {
                        sighting.width = geometry->width;
                        sighting.height = geometry->height;
                    }
                    if (origin) {
                        x = origin->dst_x;
                        y = origin->dst_y;
                    }
                    std::free(geometry);
                    std::free(origin);
                }
            }
            std::free(event);
        }
        if (xcb_connection_has_error(m_connection)) {
            m_problem = QStringLiteral("the connection to the X display broke");
            break;
        }
        if (window && changed(x, y, sighting.width, sighting.height)) {
            sighting.paintedMs = msOn(clock);
            break;
        }
        pollfd fd{xcb_get_file_descriptor(m_connection), POLLIN, 0};
        ::poll(&fd, 1, PollMs);
    }
    return sighting;
}

#else

X11WindowWatcher::X11WindowWatcher()
    : m_problem(QStringLiteral("built without libxcb (install libxcb1-dev and reconfigure)"))
{
}

X11WindowWatcher::~X11WindowWatcher() = default;

bool X11WindowWatcher::prepare(QString *error)
{
    *error = m_problem;
    return false;
}

X11WindowWatcher::Sighting X11WindowWatcher::watch(qint64, const QElapsedTimer &, int)
{
    return {};
}

#endif

} // namespace copydesk::bench
