#pragma once

#include <QPoint>

class QDropEvent;
class QMouseEvent;

namespace copydesk {

class BodyEdit;
class Store;

// A photo in the body picked up with the mouse: a press on it selects it as an object, a drag
// from there carries it (as article blocks), and its drop back in the same body moves it there.
class PhotoDragHandler
{
public:
    PhotoDragHandler(BodyEdit *body, const Store *store);

    // Each returns true when the event was the photo's and is handled.
    bool press(QMouseEvent *event);
    bool move(QMouseEvent *event);
    bool drop(QDropEvent *event);

    // The image block number of the photo at a viewport point; -1 when there is none.
    int photoAt(const QPoint &viewportPoint) const;
    // Moves the photo to a document position as one undoable step (what a drop does).
    void moveTo(int blockNumber, int position);

private:
    void start(int blockNumber);

    BodyEdit *m_body;
    const Store *m_store;
    int m_pressed = -1; // pressed, not yet dragged
    int m_dragged = -1; // being dragged
    QPoint m_pressedAt;
};

} // namespace copydesk
