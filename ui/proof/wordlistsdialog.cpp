#include "proof/wordlistsdialog.h"

#include "model/wordlist.h"
#include "proof/proofoptions.h"
#include "proof/wordlistfile.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace copydesk {

namespace {

enum Column { NameColumn, VersionColumn, TermsColumn, ImportedColumn };

struct ReadResult
{
    QList<WordListEntry> entries;
    QString error;
};

} // namespace

WordListsDialog::WordListsDialog(Store *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_lists(new QTreeWidget), m_defaultKind(new QComboBox),
      m_import(new QPushButton(tr("&Import…"))), m_remove(new QPushButton(tr("&Remove"))),
      m_dictionary(new QPlainTextEdit), m_problem(new QLabel)
{
    setWindowTitle(tr("Word Lists and Dictionary"));
    setObjectName(QStringLiteral("wordListsDialog"));
    m_lists->setObjectName(QStringLiteral("wordLists"));
    m_lists->setAccessibleName(tr("Word lists"));
    m_lists->setRootIsDecorated(false);
    m_lists->setHeaderLabels({tr("List (tick to use it)"), tr("Version"), tr("Terms"), tr("Imported")});
    m_lists->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_defaultKind->setObjectName(QStringLiteral("wordListDefaultKind"));
    m_defaultKind->addItem(tr("慎用词 (use with care)"), int(WordListEntry::Kind::Caution));
    m_defaultKind->addItem(tr("禁用词 (forbidden)"), int(WordListEntry::Kind::Forbidden));
    m_defaultKind->addItem(tr("规范表述 (standard wording)"), int(WordListEntry::Kind::Standard));
    m_import->setObjectName(QStringLiteral("wordListImport"));
    m_remove->setObjectName(QStringLiteral("wordListRemove"));
    m_dictionary->setObjectName(QStringLiteral("userDictionary"));
    m_dictionary->setAccessibleName(tr("Your dictionary"));
    m_dictionary->setPlaceholderText(tr("English words the spelling check should accept, one a line"));
    m_problem->setObjectName(QStringLiteral("wordListProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto *listsPage = new QWidget;
    auto *listsLayout = new QVBoxLayout(listsPage);
    auto *explanation = new QLabel(tr("The outlet's 禁用词, 慎用词 and 规范表述 from a CSV file (term, preferred, note, "
                                      "kind) or a text file (one term a line). Importing a list again makes a new "
                                      "version."));
    explanation->setWordWrap(true);
    listsLayout->addWidget(explanation);
    listsLayout->addWidget(m_lists, 1);
    auto *kindForm = new QFormLayout;
    auto *kindLabel = new QLabel(tr("Terms without a &kind are:"));
    kindLabel->setBuddy(m_defaultKind);
    kindForm->addRow(kindLabel, m_defaultKind);
    listsLayout->addLayout(kindForm);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_import);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    listsLayout->addLayout(listButtons);

    auto *dictionaryPage = new QWidget;
    auto *dictionaryLayout = new QVBoxLayout(dictionaryPage);
    dictionaryLayout->addWidget(m_dictionary);

    auto *tabs = new QTabWidget;
    tabs->addTab(listsPage, tr("&Word Lists"));
    tabs->addTab(dictionaryPage, tr("Your &Dictionary"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, 460);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &WordListsDialog::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, &WordListsDialog::removeSelected);
    connect(m_lists, &QTreeWidget::itemChanged, this, &WordListsDialog::itemChanged);
    connect(m_lists, &QTreeWidget::currentItemChanged, this, [this] { m_remove->setEnabled(m_lists->currentItem()); });
    connect(this, &QDialog::finished, this, &WordListsDialog::saveDictionary);

    m_savedDictionary = m_store->setting(QString::fromLatin1(ProofOptions::UserWordsSetting));
    m_dictionary->setPlainText(m_savedDictionary);
    refresh();
}

void WordListsDialog::refresh()
{
    QString error;
    const QList<WordList> lists = m_store->wordLists(&error);
    if (!error.isEmpty())
        showProblem(tr("The word lists could not be read: %1").arg(error));
    m_filling = true;
    m_lists->clear();
    for (const WordList &list : lists) {
        auto *item = new QTreeWidgetItem(m_lists);
        item->setText(NameColumn, list.name);
        item->setToolTip(NameColumn, list.sourceFile);
        item->setCheckState(NameColumn, list.enabled ? Qt::Checked : Qt::Unchecked);
        item->setText(VersionColumn, QString::number(list.version));
        item->setText(TermsColumn, QLocale().toString(list.termCount));
        item->setText(ImportedColumn, QLocale().toString(list.imported.toLocalTime(), QLocale::ShortFormat));
    }
    m_filling = false;
    m_remove->setEnabled(m_lists->currentItem());
}

void WordListsDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Word List"), QString(),
                                                      tr("Word lists (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void WordListsDialog::importFile(const QString &path)
{
    const auto kind = WordListEntry::Kind(m_defaultKind->currentData().toInt());
    m_import->setEnabled(false);
    setCursor(Qt::BusyCursor);
    auto *watcher = new QFutureWatcher<ReadResult>(this);
    connect(watcher, &QFutureWatcher<ReadResult>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        unsetCursor();
        m_import->setEnabled(true);
        const ReadResult read = watcher->result();
        WordList list;
        list.name = QFileInfo(path).completeBaseName();
        list.sourceFile = QFileInfo(path).fileName();
        list.enabled = true; // a list the editor brings in is meant to be used
        list.entries = read.entries;
        QString error = read.error;
        if (error.isEmpty())
            m_store->importWordList(list, nullptr, &error);
        if (!error.isEmpty()) {
            showProblem(tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), error));
            emit importFinished(false);
            return;
        }
        m_problem->hide();
        refresh();
        emit changed();
        emit importFinished(true);
    });
    watcher->setFuture(QtConcurrent::run([path, kind] {
        ReadResult result;
        WordListFile::read(path, kind, &result.entries, &result.error);
        return result;
    }));
}

void WordListsDialog::removeSelected()
{
    QTreeWidgetItem *item = m_lists->currentItem();
    if (!item)
        return;
    const QString name = item->text(NameColumn);
    if (QMessageBox::question(this, tr("Remove Word List"),
                              tr("Remove the word list “%1” with all its versions?").arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_store->removeWordList(name, &error)) {
        showProblem(tr("The word list “%1” was not removed: %2").arg(name, error));
        return;
    }
    refresh();
    emit changed();
}

void WordListsDialog::itemChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != NameColumn)
        return;
    QString error;
    const bool enabled = item->checkState(NameColumn) == Qt::Checked;
    if (!m_store->setWordListEnabled(item->text(NameColumn), enabled, &error)) {
        showProblem((enabled ? tr("The word list “%1” was not switched on: %2") : tr("The word list “%1” was not switched off: %2"))
                            .arg(item->text(NameColumn), error));
        refresh();
        return;
    }
    emit changed();
}

bool WordListsDialog::saveDictionary()
{
    QStringList words;
    for (const QString &line : m_dictionary->toPlainText().split(QLatin1Char('\n'))) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !words.contains(word))
            words << word;
    }
    const QString value = words.join(QLatin1Char('\n'));
    if (value == m_savedDictionary)
        return true;
    QString error;
    if (!m_store->setSetting(QString::fromLatin1(ProofOptions::UserWordsSetting), value, &error)) {
        showProblem(tr("Your dictionary was not saved: %1").arg(error));
        return false;
    }
    m_savedDictionary = value;
    emit changed();
    return true;
}

void WordListsDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

} // namespace copydesk
