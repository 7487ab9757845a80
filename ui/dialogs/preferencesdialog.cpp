#include "dialogs/preferencesdialog.h"

#include "jobs/importreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace copydesk {

namespace {

const QString LanguageKey = QStringLiteral("language");

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent),
      m_original(Appearance::load()),
      m_language(new QComboBox(this)),
      m_scheme(new QComboBox(this)),
      m_fontSize(new QSpinBox(this)),
      m_importPreview(new QCheckBox(tr("Show a &preview before importing a file"), this))
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("中文(简体)"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(QSettings().value(LanguageKey).toString())));
    form->addRow(tr("&Language"), m_language);
    // Said as soon as another language is chosen, before OK: the menus are built once.
    auto *languageNote = new QLabel(tr("Copydesk shows the new language when it starts again."), this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);
    languageNote->hide();
    form->addRow(QString(), languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, languageNote] {
        languageNote->setVisible(m_language->currentData().toString() != QSettings().value(LanguageKey).toString());
    });

    m_scheme->setObjectName(QStringLiteral("schemeCombo"));
    m_scheme->addItem(tr("System"), int(Appearance::Scheme::System));
    m_scheme->addItem(tr("Light"), int(Appearance::Scheme::Light));
    m_scheme->addItem(tr("Dark"), int(Appearance::Scheme::Dark));
    m_scheme->setCurrentIndex(m_scheme->findData(int(m_original.scheme)));
    form->addRow(tr("&Colours"), m_scheme);

    m_fontSize->setObjectName(QStringLiteral("fontSizeSpin"));
    m_fontSize->setRange(Appearance::MinFontSize - 1, Appearance::MaxFontSize);
    m_fontSize->setSpecialValueText(tr("System size"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(m_original.fontSize > 0 ? m_original.fontSize : m_fontSize->minimum());
    form->addRow(tr("&Font size"), m_fontSize);

    // The way back after "Import without a preview from now on" in the import preview.
    m_importPreview->setObjectName(QStringLiteral("importPreviewCheck"));
    m_importPreview->setChecked(QSettings().value(ImportReview::previewSetting(), true).toBool());
    form->addRow(QString(), m_importPreview);

    // The look changes as it is chosen; Cancel returns to what it was.
    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this] { chosenAppearance().apply(); });
    connect(m_fontSize, &QSpinBox::valueChanged, this, [this] { chosenAppearance().apply(); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Appearance PreferencesDialog::chosenAppearance() const
{
    Appearance appearance;
    appearance.scheme = Appearance::Scheme(m_scheme->currentData().toInt());
    appearance.fontSize = m_fontSize->value() == m_fontSize->minimum() ? 0 : m_fontSize->value();
    return appearance;
}

void PreferencesDialog::accept()
{
    chosenAppearance().save();
    QSettings settings;
    const QString language = m_language->currentData().toString();
    settings.setValue(LanguageKey, language);
    settings.setValue(ImportReview::previewSetting(), m_importPreview->isChecked());
    QDialog::accept();
}

void PreferencesDialog::reject()
{
    if (chosenAppearance() != m_original)
        m_original.apply();
    QDialog::reject();
}

} // namespace copydesk
