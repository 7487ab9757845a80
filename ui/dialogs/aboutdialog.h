#pragma once

#include <QDialog>

namespace copydesk {

// Help ▸ About: the version, the Qt it runs on, and the licences of what Copydesk ships with.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The credits as HTML: one row per bundled library or data set, with its licence.
    static QString creditsHtml();
};

} // namespace copydesk
