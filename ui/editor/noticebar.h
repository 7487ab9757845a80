#pragma once

#include <QFrame>
#include <QStringList>

class QHBoxLayout;
class QLabel;

namespace copydesk {

// A message strip above the editor that stays until dismissed or replaced, with up to a few
// buttons (a save that keeps failing, an article changed by another program).
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit NoticeBar(QWidget *parent = nullptr);

    // Shows the text with one button per label (emitting triggered(index)) and a Close button.
    void showNotice(Kind kind, const QString &text, const QStringList &buttons = {});
    QString text() const;

signals:
    void triggered(int button);

private:
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};

} // namespace copydesk
