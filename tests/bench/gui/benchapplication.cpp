#include "benchapplication.h"

#include <QEventLoop>
#include <QMetaEnum>
#include <QThread>
#include <QTimer>

#include <climits>
#include <time.h>

namespace copydesk::bench {

namespace {

constexpr qint64 NsPerMs = 1000000;
// runUntil() sleeps in the event loop until this close to the deadline, then keeps polling,
// because timers wake up to a millisecond late.
constexpr qint64 SpinNs = 2 * NsPerMs;

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace

BenchApplication::BenchApplication(int &argc, char **argv)
    : QApplication(argc, argv), m_mainThread(QThread::currentThread()),
      m_sentinelType(QEvent::Type(QEvent::registerEventType()))
{
    m_clock.start();
}

BenchApplication::~BenchApplication() = default;

BenchApplication *BenchApplication::instance()
{
    return static_cast<BenchApplication *>(QCoreApplication::instance());
}

bool BenchApplication::notify(QObject *receiver, QEvent *event)
{
    if (QThread::currentThread() != m_mainThread)
        return QApplication::notify(receiver, event);
    ++m_delivered;
    if (receiver == this && event->type() == m_sentinelType) {
        m_sentinelSeen = true;
        return true;
    }
    const bool outermost = m_depth == 0;
    // Read before the delivery, which may delete the receiver.
    const char *className = outermost ? receiver->metaObject()->className() : nullptr;
    const QEvent::Type type = event->type();
    const bool watched = event->type() == QEvent::Timer && m_watched && receiver == m_watched;
    const qint64 start = outermost || watched ? nowNs() : 0;
    const qint64 cpuStart = outermost ? threadCpuNs() : 0;
    if (watched)
        m_watchedStartNs = start;
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    if (outermost || watched) {
        const qint64 end = nowNs();
        if (outermost)
            m_eventCpuNs += threadCpuNs() - cpuStart;
        if (outermost && end - start > m_longestNs) {
            m_longestNs = end - start;
            m_longestClass = className;
            m_longestType = type;
        }
        if (watched) {
            m_watchedEndNs = end;
            ++m_watchedCount;
        }
    }
    return result;
}

QString BenchApplication::longestDelivery() const
{
    if (!m_longestClass)
        return {};
    const QMetaEnum types = QMetaEnum::fromType<QEvent::Type>();
    const char *type = types.valueToKey(m_longestType);
    return QString::fromLatin1(m_longestClass) + QStringLiteral(": ")
         + (type ? QString::fromLatin1(type) : QString::number(int(m_longestType)));
}

void BenchApplication::resetLongestDelivery()
{
    m_longestNs = 0;
    m_longestClass = nullptr;
    m_longestType = QEvent::None;
}

bool BenchApplication::waitIdle(int timeoutMs)
{
    const qint64 deadline = nowNs() + timeoutMs * NsPerMs;
    for (;;) {
        const quint64 before = m_delivered;
        m_sentinelSeen = false;
        postEvent(this, new QEvent(m_sentinelType), INT_MIN);
        while (!m_sentinelSeen) {
            processEvents(QEventLoop::AllEvents);
            if (!m_sentinelSeen && nowNs() > deadline)
                return false;
        }
        if (m_delivered - before == 1)
            return true;
        if (nowNs() > deadline)
            return false;
    }
}

void BenchApplication::runUntil(qint64 deadlineNs)
{
    const qint64 left = deadlineNs - nowNs();
    if (left > SpinNs) {
        QEventLoop loop;
        QTimer::singleShot(int((left - SpinNs) / NsPerMs), Qt::PreciseTimer, &loop, &QEventLoop::quit);
        loop.exec();
    }
    while (nowNs() < deadlineNs)
        processEvents(QEventLoop::AllEvents);
}

bool BenchApplication::waitQuiet(int quietMs, int maxEvents, int timeoutMs)
{
    const qint64 deadline = nowNs() + timeoutMs * NsPerMs;
    while (nowNs() < deadline) {
        const quint64 before = m_delivered;
        runUntil(nowNs() + quietMs * NsPerMs);
        if (m_delivered - before <= quint64(maxEvents))
            return true;
    }
    return false;
}

void BenchApplication::watchTimer(QObject *timer)
{
    m_watched = timer;
    m_watchedStartNs = -1;
    m_watchedEndNs = -1;
    m_watchedCount = 0;
}

} // namespace copydesk::bench
