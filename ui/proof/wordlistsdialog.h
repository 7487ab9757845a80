#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace copydesk {

class Store;

// The outlet's word lists (禁用词, 慎用词, 规范表述) and the user's English dictionary: import a
// list from a CSV or text file (a new version when the name is known), switch lists on and off,
// remove one; edit the dictionary, one word a line. Emits changed() after each change so the
// Proofing dock re-reads them.
class WordListsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WordListsDialog(Store *store, QWidget *parent = nullptr);

    // Reads path off the UI thread and imports it; the list is named after the file.
    void importFile(const QString &path);
    // Keeps the dictionary as edited (also on Close).
    bool saveDictionary();
    void refresh();

signals:
    void changed();
    // An import finished (ok or not), for tests and the busy cursor.
    void importFinished(bool ok);

private:
    void chooseFile();
    void removeSelected();
    void itemChanged(QTreeWidgetItem *item, int column);
    void showProblem(const QString &text);

    Store *m_store;
    QTreeWidget *m_lists;
    QComboBox *m_defaultKind;
    QPushButton *m_import;
    QPushButton *m_remove;
    QPlainTextEdit *m_dictionary;
    QLabel *m_problem;
    QString m_savedDictionary;
    bool m_filling = false;
};

} // namespace copydesk
