#pragma once

#include "application/appearance.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace copydesk {

// File ▸ Preferences: language (on the next start), colour scheme and UI font size (at once).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;
    void reject() override;

private:
    Appearance chosenAppearance() const;

    Appearance m_original;
    QComboBox *m_language;
    QComboBox *m_scheme;
    QSpinBox *m_fontSize;
    QCheckBox *m_importPreview;
};

} // namespace copydesk
