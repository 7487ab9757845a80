#include "editor/noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace copydesk {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_buttons(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("noticeClose"));
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close this message"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(close);
    hide();
}

void NoticeBar::showNotice(Kind kind, const QString &text, const QStringList &buttons)
{
    // Light tints that read in light and dark palettes alike, with the text colour to match.
    const char *style = "background: #dbeafe; color: #1e3a8a;";
    if (kind == Kind::Warning)
        style = "background: #fde68a; color: #78350f;";
    else if (kind == Kind::Error)
        style = "background: #fecaca; color: #7f1d1d;";
    setStyleSheet(QStringLiteral("copydesk--NoticeBar, QLabel { %1 }").arg(QLatin1String(style)));
    m_text->setText(text);
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < buttons.size(); ++i) {
        auto *button = new QPushButton(buttons.at(i), this);
        button->setObjectName(QStringLiteral("noticeButton%1").arg(i));
        connect(button, &QPushButton::clicked, this, [this, i] { emit triggered(i); });
        m_buttons->addWidget(button);
    }
    show();
}

QString NoticeBar::text() const
{
    return m_text->text();
}

} // namespace copydesk
