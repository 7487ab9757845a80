#include "mainwindow/welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace copydesk {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *title = new QLabel(tr("<h2>Welcome to Copydesk</h2><p>Write a new article, or open a real one "
                                       "to see how Copydesk shapes copy into a page.</p>"),
                                    this);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    auto *newButton = new QPushButton(tr("&New Article"), this);
    newButton->setObjectName(QStringLiteral("welcomeNewButton"));
    auto *sampleButton = new QPushButton(tr("Open the &Sample Article"), this);
    sampleButton->setObjectName(QStringLiteral("welcomeSampleButton"));
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(sampleButton, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(newButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch(1);
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

} // namespace copydesk
