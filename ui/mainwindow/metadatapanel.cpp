#include "mainwindow/metadatapanel.h"

#include "commands/changedetailscommand.h"
#include "commands/undokeyfilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QStringListModel>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QUndoStack>

namespace copydesk {

MetadataPanel::MetadataPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("metadataPanel"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_byline = new QLineEdit(this);
    m_source = new QLineEdit(this);
    m_section = new QComboBox(this);
    m_section->setEditable(true);
    m_section->setInsertPolicy(QComboBox::NoInsert);
    m_tags = new QLineEdit(this);
    m_status = new QComboBox(this);
    for (Article::Status status : {Article::Status::Draft, Article::Status::Review, Article::Status::Approved,
                                   Article::Status::Published, Article::Status::Archived})
        m_status->addItem(Article::statusDisplayName(status), int(status));
    m_editor = new QLineEdit(this);
    m_dateline = new QLineEdit(this);
    m_slug = new QLineEdit(this);
    m_slug->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9-]*")), this));
    m_hasEmbargo = new QCheckBox(tr("Not before"), this);
    m_hasEmbargo->setObjectName(QStringLiteral("embargoCheck"));
    m_embargo = new QDateTimeEdit(this);
    m_embargo->setObjectName(QStringLiteral("embargoEdit"));
    m_embargo->setCalendarPopup(true);
    m_embargo->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_embargo->setAccessibleName(tr("Embargo"));
    m_embargo->setEnabled(false);
    auto *embargoRow = new QWidget(this);
    auto *embargoLayout = new QHBoxLayout(embargoRow);
    embargoLayout->setContentsMargins(0, 0, 0, 0);
    embargoLayout->addWidget(m_hasEmbargo);
    embargoLayout->addWidget(m_embargo, 1);
    connect(m_hasEmbargo, &QCheckBox::toggled, m_embargo, &QWidget::setEnabled);
    connect(m_hasEmbargo, &QCheckBox::toggled, this, [this] { fieldEdited(QString()); });
    connect(m_embargo, &QDateTimeEdit::dateTimeChanged, this, [this] { fieldEdited(QStringLiteral("embargo")); });
    m_canonicalUrl = new QLineEdit(this);
    m_canonicalUrl->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("(https?://\\S*)?"), QRegularExpression::CaseInsensitiveOption), this));

    const struct {
        QWidget *widget;
        const char *name;
        QString label;
        QString placeholder;
    } rows[] = {
        {m_byline, "bylineEdit", tr("&Byline"), tr("Reporter and photographer names")},
        {m_source, "sourceEdit", tr("S&ource"), tr("Where the copy comes from")},
        {m_section, "sectionEdit", tr("Se&ction"), QString()},
        {m_tags, "tagsEdit", tr("&Tags"), tr("Separated by commas")},
        {m_status, "statusCombo", tr("St&atus"), QString()},
        {m_editor, "editorEdit", tr("&Editor in charge"), tr("The editor who signs off")},
        {m_canonicalUrl, "canonicalUrlEdit", tr("Canonical &URL"), QStringLiteral("https://")},
        {m_dateline, "datelineEdit", tr("&Dateline"), tr("e.g. the paper's or agency's dateline")},
        {m_slug, "slugEdit", tr("Sl&ug"), tr("lower-case-words-for-the-url")},
    };
    for (const auto &row : rows) {
        row.widget->setObjectName(QLatin1String(row.name));
        row.widget->setAccessibleName(QString(row.label).remove(QLatin1Char('&')));
        if (auto *line = qobject_cast<QLineEdit *>(row.widget)) {
            line->setPlaceholderText(row.placeholder);
            connect(line, &QLineEdit::textEdited, this, [this, line] { fieldEdited(line->objectName()); });
        }
        form->addRow(row.label, row.widget);
    }
    form->addRow(tr("E&mbargo"), embargoRow);
    m_tagModel = new QStringListModel(this);
    auto *tagCompleter = new QCompleter(m_tagModel, this);
    tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(tagCompleter);
    m_section->lineEdit()->setPlaceholderText(tr("The site section"));
    connect(m_section, &QComboBox::currentTextChanged, this, [this] { fieldEdited(QStringLiteral("section")); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { fieldEdited(QString()); });
}

void MetadataPanel::setArticle(const Article &article)
{
    m_loading = true;
    m_byline->setText(article.byline);
    m_source->setText(article.source);
    m_section->setCurrentText(article.section);
    m_tags->setText(article.tags.join(QStringLiteral(", ")));
    m_status->setCurrentIndex(m_status->findData(int(article.status)));
    m_editor->setText(article.editor);
    m_canonicalUrl->setText(article.canonicalUrl);
    m_dateline->setText(article.dateline);
    m_slug->setText(article.slug);
    m_hasEmbargo->setChecked(article.embargo.isValid());
    m_embargo->setDateTime(article.embargo.isValid() ? article.embargo.toLocalTime()
                                                     : QDateTime(QDate::currentDate().addDays(1), QTime(8, 0)));
    m_loading = false;
    m_shown = article;
}

void MetadataPanel::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
    auto *filter = new UndoKeyFilter(stack, this);
    for (QWidget *field : std::initializer_list<QWidget *>{m_byline, m_source, m_section->lineEdit(), m_tags,
                                                           m_editor, m_canonicalUrl, m_dateline, m_slug})
        filter->install(field);
}

void MetadataPanel::changeDetails(const Article &article, const QString &text)
{
    Article after = m_shown;
    copyDetails(article, &after);
    if (after == m_shown)
        return;
    if (m_undo) {
        auto *command = new ChangeDetailsCommand(m_shown, after, QString(), false,
                                                 [this](const Article &details) { showDetails(details); });
        command->setText(text);
        m_undo->push(command);
    } else {
        showDetails(after);
    }
}

void MetadataPanel::fieldEdited(const QString &field)
{
    if (m_loading)
        return;
    Article after = m_shown;
    applyTo(&after);
    if (m_undo && after != m_shown) {
        auto *command = new ChangeDetailsCommand(m_shown, after, field, true,
                                                 [this](const Article &details) { showDetails(details); });
        command->setText(tr("Edit Details"));
        m_undo->push(command);
    }
    m_shown = after;
    emit edited();
}

void MetadataPanel::showDetails(const Article &details)
{
    setArticle(details);
    emit edited();
}

void MetadataPanel::copyDetails(const Article &from, Article *to)
{
    to->byline = from.byline;
    to->source = from.source;
    to->section = from.section;
    to->tags = from.tags;
    to->status = from.status;
    to->editor = from.editor;
    to->canonicalUrl = from.canonicalUrl;
    to->dateline = from.dateline;
    to->slug = from.slug;
    to->embargo = from.embargo;
}

void MetadataPanel::applyTo(Article *article) const
{
    article->byline = m_byline->text().trimmed();
    article->source = m_source->text().trimmed();
    article->section = m_section->currentText().trimmed();
    article->tags = Article::splitTags(m_tags->text());
    article->status = Article::Status(m_status->currentData().toInt());
    article->editor = m_editor->text().trimmed();
    article->canonicalUrl = m_canonicalUrl->text().trimmed();
    article->dateline = m_dateline->text().trimmed();
    article->slug = m_slug->text().trimmed();
    article->embargo = m_hasEmbargo->isChecked() ? m_embargo->dateTime().toUTC() : QDateTime();
    if (article->embargo.isValid())
        article->embargo = QDateTime::fromMSecsSinceEpoch(article->embargo.toMSecsSinceEpoch() / 60000 * 60000, Qt::UTC);
}

void MetadataPanel::setKnownTags(const QStringList &tags)
{
    m_tagModel->setStringList(tags);
}

void MetadataPanel::setSections(const QStringList &sections)
{
    m_loading = true;
    const QString current = m_section->currentText();
    m_section->clear();
    m_section->addItems(sections);
    m_section->setCurrentText(current);
    m_loading = false;
}

} // namespace copydesk
