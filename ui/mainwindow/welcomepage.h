#pragma once

#include <QWidget>

namespace copydesk {

// What an empty store shows instead of the editor: write a new article or open the sample.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void newRequested();
    void sampleRequested();
};

} // namespace copydesk
