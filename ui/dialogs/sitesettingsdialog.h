#pragma once

#include "model/sitesettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace copydesk {

class Store;

// Settings ▸ Site: the site's name, slogan, repost notice template, default section and canonical
// URL base, saved in the store. On first run the same form, with a line of welcome and Skip.
class SiteSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Settings, FirstRun };
    // Shows the store's current settings.
    explicit SiteSettingsDialog(Store *store, QWidget *parent = nullptr) : SiteSettingsDialog(store, Mode::Settings, parent) {}
    SiteSettingsDialog(Store *store, Mode mode, QWidget *parent = nullptr);

    // The form's values, trimmed.
    SiteSettings settings() const;
    void setSettings(const SiteSettings &settings);
    // What must be fixed before the settings can be saved (translated); empty when they can.
    static QString problemWith(const SiteSettings &settings);
    // Saves through Store::setSiteSettings, emits saved() and closes; on a problem the dialog
    // stays open and shows it.
    void accept() override;

signals:
    void saved(const SiteSettings &settings);

private:
    void updateState();
    void showProblem(const QString &problem);

    Store *m_store;
    QLineEdit *m_siteName;
    QLineEdit *m_slogan;
    QLineEdit *m_repostNotice;
    QLabel *m_preview;
    QComboBox *m_defaultSection;
    QLineEdit *m_canonicalBase;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace copydesk
