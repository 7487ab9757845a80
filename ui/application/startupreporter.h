#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTimer;

namespace copydesk {

class MainWindow;
class PreviewView;

// For benchmarks: when COPYDESK_REPORT_STARTUP is set, tells stderr when the main window first
// paints and when its preview first renders, in ms since the process started.
class StartupReporter : public QObject
{
    Q_OBJECT

public:
    // sinceMain was started first thing in main(); does nothing unless the variable is set.
    static void installIfRequested(MainWindow *window, const QElapsedTimer &sinceMain);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StartupReporter(MainWindow *window, const QElapsedTimer &sinceMain);
    void watchPreview();
    // Writes "copydesk: <what> after N ms (...)", N counted from the process start where the
    // system tells it, else from main().
    void report(const char *what) const;

    QPointer<MainWindow> m_window;
    QElapsedTimer m_sinceMain;
    QTimer *m_previewPoll;
    bool m_painted = false;
};

} // namespace copydesk
