#include "dialogs/importpreviewdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace copydesk {

namespace {

using Role = ImportCorrection::Role;

QString shortened(const QString &text)
{
    return text.size() > 120 ? text.left(119) + QChar(0x2026) : text;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const ImportedArticle &recognised, const QString &fileName, int remaining,
                                         QWidget *parent)
    : QDialog(parent),
      m_correction(recognised),
      m_headlines(new QListWidget),
      m_blocks(new QTableWidget(0, 2)),
      m_source(new QLineEdit),
      m_byline(new QLineEdit),
      m_dateline(new QLineEdit),
      m_more(new QLabel),
      m_dontShowAgain(new QCheckBox(tr("Import without a preview from now on")))
{
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(tr("Import Preview – %1").arg(fileName));
    m_headlines->setObjectName(QStringLiteral("headlineLines"));
    m_headlines->setMaximumHeight(fontMetrics().height() * 8);
    m_blocks->setObjectName(QStringLiteral("importBlocks"));
    m_blocks->setHorizontalHeaderLabels({tr("Role"), tr("Text")});
    m_blocks->horizontalHeader()->setStretchLastSection(true);
    m_blocks->verticalHeader()->hide();
    m_blocks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_blocks->setSelectionMode(QAbstractItemView::NoSelection);
    m_source->setObjectName(QStringLiteral("importSource"));
    m_byline->setObjectName(QStringLiteral("importByline"));
    m_dateline->setObjectName(QStringLiteral("importDateline"));
    m_dontShowAgain->setObjectName(QStringLiteral("dontShowAgain"));
    connect(m_source, &QLineEdit::textEdited, this, [this](const QString &text) { m_correction.setSource(text.trimmed()); });
    connect(m_byline, &QLineEdit::textEdited, this, [this](const QString &text) { m_correction.setByline(text.trimmed()); });
    connect(m_dateline, &QLineEdit::textEdited, this, [this](const QString &text) { m_correction.setDateline(text.trimmed()); });

    auto *fields = new QFormLayout;
    fields->addRow(tr("Source:"), m_source);
    fields->addRow(tr("Byline:"), m_byline);
    fields->addRow(tr("Dateline:"), m_dateline);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    if (remaining > 0) {
        QPushButton *rest = buttons->addButton(tr("Import All as Recognised (%n more)", nullptr, remaining),
                                               QDialogButtonBox::AcceptRole);
        rest->setObjectName(QStringLiteral("importAll"));
        connect(rest, &QPushButton::clicked, this, [this] { done(ImportRest); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Headline (lines the import skipped as the site's masthead are greyed):")));
    layout->addWidget(m_headlines);
    layout->addWidget(new QLabel(tr("Body:")));
    layout->addWidget(m_blocks, 1);
    layout->addWidget(m_more);
    layout->addLayout(fields);
    layout->addWidget(m_dontShowAgain);
    layout->addWidget(buttons);
    resize(760, 620);

    showHeadlines();
    showBlocks();
    showFields();
    connect(m_headlines, &QListWidget::currentRowChanged, this, &ImportPreviewDialog::chooseHeadline);
}

bool ImportPreviewDialog::dontShowAgain() const
{
    return m_dontShowAgain->isChecked();
}

void ImportPreviewDialog::showHeadlines()
{
    m_headlines->clear();
    for (const ImportCorrection::Line &line : m_correction.headlineLines()) {
        auto *item = new QListWidgetItem(line.masthead ? tr("%1 (site masthead)").arg(shortened(line.text))
                                                       : shortened(line.text));
        item->setData(Qt::UserRole, line.number);
        if (line.masthead)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_headlines->addItem(item);
        if (line.number == m_correction.titleLine())
            m_headlines->setCurrentItem(item);
    }
}

void ImportPreviewDialog::chooseHeadline(int row)
{
    if (row < 0 || !m_correction.setTitleLine(m_headlines->item(row)->data(Qt::UserRole).toInt()))
        return;
    showBlocks();
    showFields();
}

// One row per block: a role to choose for paragraphs and sub-heads, a box to keep each photo place.
void ImportPreviewDialog::showBlocks()
{
    // A widget per row: a very long article shows its first MaxRows blocks, the rest as read.
    const QList<Block> &blocks = m_correction.blocks();
    const int rows = int(qMin(blocks.size(), qsizetype(MaxRows)));
    m_blocks->setRowCount(rows);
    m_more->setVisible(blocks.size() > rows);
    m_more->setText(tr("%n more block(s) are imported as recognised.", nullptr, int(blocks.size() - rows)));
    for (int row = 0; row < rows; ++row) {
        const Block &block = blocks.at(row);
        QString text = block.plainText();
        m_blocks->removeCellWidget(row, 0);
        m_blocks->setItem(row, 0, nullptr);
        if (block.type == Block::Type::Paragraph || block.type == Block::Type::Heading) {
            auto *roles = new QComboBox;
            roles->setObjectName(QStringLiteral("role%1").arg(row));
            roles->addItem(tr("Body"), int(Role::Body));
            roles->addItem(tr("Sub-head"), int(Role::SubHead));
            roles->addItem(tr("Lead"), int(Role::Lead));
            roles->setCurrentIndex(roles->findData(int(m_correction.role(row))));
            connect(roles, &QComboBox::activated, this, [this, row, roles] {
                m_correction.setRole(row, Role(roles->currentData().toInt()));
                showRoles(); // the former lead is body text now
                showFields();
            });
            m_blocks->setCellWidget(row, 0, roles);
        } else if (block.type == Block::Type::Image) {
            auto *keep = new QCheckBox(block.isPlaceholder() ? tr("Photo place") : tr("Photo"));
            keep->setObjectName(QStringLiteral("keep%1").arg(row));
            keep->setChecked(!m_correction.isDropped(row));
            connect(keep, &QCheckBox::toggled, this, [this, row](bool on) { m_correction.setDropped(row, !on); });
            m_blocks->setCellWidget(row, 0, keep);
            if (!block.credit.isEmpty())
                text += QStringLiteral(" (%1)").arg(block.credit);
        } else {
            m_blocks->setItem(row, 0, new QTableWidgetItem(block.type == Block::Type::List ? tr("List") : tr("Quote")));
        }
        m_blocks->setItem(row, 1, new QTableWidgetItem(shortened(text)));
    }
    m_blocks->resizeColumnToContents(0);
}

void ImportPreviewDialog::showRoles()
{
    for (int row = 0; row < m_blocks->rowCount(); ++row) {
        if (auto *roles = qobject_cast<QComboBox *>(m_blocks->cellWidget(row, 0)))
            roles->setCurrentIndex(roles->findData(int(m_correction.role(row))));
    }
}

void ImportPreviewDialog::showFields()
{
    m_source->setText(m_correction.source());
    m_byline->setText(m_correction.byline());
    m_dateline->setText(m_correction.dateline());
}

} // namespace copydesk
