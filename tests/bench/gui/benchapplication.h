#pragma once

#include <QApplication>
#include <QEvent>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace copydesk::bench {

// The benchmark's QApplication: sees every event the main thread delivers, so it can tell when
// the event loop has gone idle and how long single deliveries kept it busy.
class BenchApplication : public QApplication
{
    Q_OBJECT

public:
    BenchApplication(int &argc, char **argv);
    ~BenchApplication() override;

    bool notify(QObject *receiver, QEvent *event) override;

    static BenchApplication *instance();

    // Nanoseconds on one monotonic clock, started with the application.
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    // Processes events until one trip to the far end of the event queue (behind every pending
    // event, including paint requests) delivers nothing else. False when still busy at timeout.
    bool waitIdle(int timeoutMs);
    // Runs the event loop until nowNs() reaches the deadline; returns at once if already past.
    // Returns late when an event delivered near the deadline ran past it.
    void runUntil(qint64 deadlineNs);
    // Runs the event loop until few events (at most maxEvents) arrive in a quietMs window, or
    // timeoutMs has passed; true when quiet.
    bool waitQuiet(int quietMs, int maxEvents, int timeoutMs);

    // Main-thread deliveries so far (nested sends count too).
    quint64 deliveredEvents() const { return m_delivered; }
    // The longest outermost main-thread delivery since the last reset, in nanoseconds, and what
    // it was ("QWidgetWindow: UpdateRequest").
    qint64 longestDeliveryNs() const { return m_longestNs; }
    QString longestDelivery() const;
    void resetLongestDelivery();
    // Main-thread CPU time spent inside outermost deliveries so far, in nanoseconds: what the
    // window's own work costs, less sensitive than wall-clock times to other processes on the
    // machine (a delivery preempted for 20 ms counts only its CPU).
    qint64 eventCpuNs() const { return m_eventCpuNs; }

    // Times the timer events of one object (the editor's debounce timer): when the latest one
    // began and ended, and how many there were.
    void watchTimer(QObject *timer);
    qint64 watchedStartNs() const { return m_watchedStartNs; }
    qint64 watchedEndNs() const { return m_watchedEndNs; }
    int watchedCount() const { return m_watchedCount; }

private:
    QElapsedTimer m_clock;
    QThread *m_mainThread;
    // Posted to the application itself at the lowest priority by waitIdle().
    QEvent::Type m_sentinelType;
    bool m_sentinelSeen = false;
    quint64 m_delivered = 0;
    int m_depth = 0;
    qint64 m_longestNs = 0;
    qint64 m_eventCpuNs = 0;
    const char *m_longestClass = nullptr;
    QEvent::Type m_longestType = QEvent::None;
    QPointer<QObject> m_watched;
    qint64 m_watchedStartNs = -1;
    qint64 m_watchedEndNs = -1;
    int m_watchedCount = 0;
};

} // namespace copydesk::bench
