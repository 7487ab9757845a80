#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace copydesk {

// Runs a function once, from the event loop, right after a widget's first paint: work the
// window need not wait for (the store's integrity check) starts only once it is on screen.
class FirstPaint : public QObject
{
    Q_OBJECT

public:
    // The hook belongs to widget and goes with it.
    static void then(QWidget *widget, std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaint(QWidget *widget, std::function<void()> work);

    std::function<void()> m_work;
};

} // namespace copydesk
