#include "application/firstpaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace copydesk {

FirstPaint::FirstPaint(QWidget *widget, std::function<void()> work)
    : QObject(widget)
    , m_work(std::move(work))
{
    widget->installEventFilter(this);
}

void FirstPaint::then(QWidget *widget, std::function<void()> work)
{
    new FirstPaint(widget, std::move(work));
}

bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // After this paint has reached the screen, not inside it.
        QTimer::singleShot(0, this, [this] {
            m_work();
            deleteLater();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace copydesk
