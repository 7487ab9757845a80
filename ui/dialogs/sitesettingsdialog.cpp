#include "dialogs/sitesettingsdialog.h"

#include "model/linkpolicy.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace copydesk {

namespace {

const QString SitePlaceholder = QStringLiteral("{site}");
const QString UrlPlaceholder = QStringLiteral("{url}");

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{[^{}]*\\}"));
    return pattern;
}

} // namespace

SiteSettingsDialog::SiteSettingsDialog(Store *store, Mode mode, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_siteName(new QLineEdit),
      m_slogan(new QLineEdit),
      m_repostNotice(new QLineEdit),
      m_preview(new QLabel),
      m_defaultSection(new QComboBox),
      m_canonicalBase(new QLineEdit),
      m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                     | QDialogButtonBox::RestoreDefaults))
{
    setWindowTitle(tr("Site Settings"));
    m_siteName->setObjectName(QStringLiteral("siteName"));
    m_siteName->setMaxLength(200);
    m_slogan->setObjectName(QStringLiteral("slogan"));
    m_slogan->setMaxLength(500);
    m_repostNotice->setObjectName(QStringLiteral("repostNotice"));
    m_repostNotice->setMaxLength(1000);
    m_defaultSection->setObjectName(QStringLiteral("defaultSection"));
    m_defaultSection->setEditable(true);
    m_defaultSection->setInsertPolicy(QComboBox::NoInsert);
    m_defaultSection->addItem(QString());
    QString ignored;
    m_defaultSection->addItems(m_store->sections(&ignored));
    m_defaultSection->lineEdit()->setPlaceholderText(tr("None"));
    m_canonicalBase->setObjectName(QStringLiteral("canonicalBase"));
    m_canonicalBase->setMaxLength(1000);
    m_canonicalBase->setPlaceholderText(QStringLiteral("https://www.example.cn/news/"));

    auto *help = new QLabel(tr("%1 is replaced by the site name and %2 by the article’s canonical "
                               "URL. The notice appears under articles that have a canonical URL.")
                                .arg(SitePlaceholder, UrlPlaceholder));
    help->setTextFormat(Qt::PlainText);
    help->setWordWrap(true);
    for (QLabel *label : {m_preview, m_problem}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setStyleSheet(QStringLiteral("color: #6e7781;"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Site &name:"), m_siteName);
    form->addRow(tr("&Slogan:"), m_slogan);
    form->addRow(tr("&Repost notice:"), m_repostNotice);
    form->addRow(QString(), help);
    form->addRow(QString(), m_preview);
    form->addRow(tr("Default s&ection:"), m_defaultSection);
    auto *sectionHelp = new QLabel(tr("New articles start in this section."));
    sectionHelp->setWordWrap(true);
    form->addRow(QString(), sectionHelp);
    form->addRow(tr("&Canonical URL base:"), m_canonicalBase);
    auto *baseHelp = new QLabel(tr("An article without its own canonical URL is published at this base followed by its slug."));
    baseHelp->setWordWrap(true);
    form->addRow(QString(), baseHelp);

    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::FirstRun) {
        setWindowTitle(tr("Welcome: Your Site"));
        auto *welcome = new QLabel(tr("Which site do you publish on? Exports and previews name it in the "
                                      "masthead, the footer and the repost notice. Until it is set, they "
                                      "name no site. You can change this later in Settings ▸ Site."));
        welcome->setObjectName(QStringLiteral("welcome"));
        welcome->setWordWrap(true);
        layout->addWidget(welcome);
        m_buttons->button(QDialogButtonBox::RestoreDefaults)->hide();
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("S&kip"));
    }
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SiteSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(SiteSettings::defaults()); });
    for (QLineEdit *edit : {m_siteName, m_slogan, m_repostNotice, m_canonicalBase})
        connect(edit, &QLineEdit::textChanged, this, &SiteSettingsDialog::updateState);
    connect(m_defaultSection, &QComboBox::currentTextChanged, this, &SiteSettingsDialog::updateState);

    setSettings(m_store->siteSettings());
    resize(560, sizeHint().height());
}

SiteSettings SiteSettingsDialog::settings() const
{
    SiteSettings result;
    result.siteName = m_siteName->text().trimmed();
    result.slogan = m_slogan->text().trimmed();
    result.repostNotice = m_repostNotice->text().trimmed();
    result.defaultSection = m_defaultSection->currentText().trimmed();
    result.canonicalBase = m_canonicalBase->text().trimmed();
    return result;
}

void SiteSettingsDialog::setSettings(const SiteSettings &settings)
{
    m_siteName->setText(settings.siteName);
    m_slogan->setText(settings.slogan);
    m_repostNotice->setText(settings.repostNotice);
    m_defaultSection->setCurrentText(settings.defaultSection);
    m_canonicalBase->setText(settings.canonicalBase);
    updateState();
}

QString SiteSettingsDialog::problemWith(const SiteSettings &settings)
{
    if (settings.siteName.trimmed().isEmpty())
        return tr("Enter the site name: previews, exports and the repost notice show it.");
    auto matches = placeholderPattern().globalMatch(settings.repostNotice);
    while (matches.hasNext()) {
        const QString placeholder = matches.next().captured(0);
        if (placeholder != SitePlaceholder && placeholder != UrlPlaceholder) {
            return tr("The repost notice has an unknown placeholder %1: only %2 and %3 are filled in.")
                .arg(placeholder, SitePlaceholder, UrlPlaceholder);
        }
    }
    if (!settings.canonicalBase.trimmed().isEmpty() && !LinkPolicy::isAllowedPageUrl(settings.canonicalBase.trimmed()))
        return tr("The canonical URL base must be a web address starting with https:// or http://.");
    QString rest = settings.repostNotice;
    rest.remove(placeholderPattern());
    if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}'))) {
        return tr("The repost notice has an unmatched brace: write the placeholders as %1 and %2.")
            .arg(SitePlaceholder, UrlPlaceholder);
    }
    return {};
}

void SiteSettingsDialog::accept()
{
    const SiteSettings values = settings();
    const QString problem = problemWith(values);
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    QString error;
    if (!m_store->setSiteSettings(values, &error)) {
        showProblem(error);
        return;
    }
    emit saved(values);
    QDialog::accept();
}

void SiteSettingsDialog::updateState()
{
    const SiteSettings values = settings();
    if (values.repostNotice.isEmpty()) {
        m_preview->setText(tr("No repost notice is shown."));
    } else {
        // One pass, as the renderer fills them in.
        static const QRegularExpression known(QStringLiteral("\\{(site|url)\\}"));
        QString example;
        qsizetype from = 0;
        auto matches = known.globalMatch(values.repostNotice);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            example += values.repostNotice.mid(from, match.capturedStart() - from)
                + (match.captured(1) == QLatin1String("site")
                       ? values.siteName
                       : QStringLiteral("https://example.com/news/1.html"));
            from = match.capturedEnd();
        }
        example += values.repostNotice.mid(from);
        m_preview->setText(tr("Preview: %1").arg(example));
    }
    const QString problem = problemWith(values);
    showProblem(problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void SiteSettingsDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace copydesk
