#pragma once

#include "model/wordlist.h"

#include <QList>
#include <QString>

namespace copydesk {

class Database;

// The outlet's word lists in the store: each import a new version of its name, with its terms;
// which names proofing uses (enabled), and the terms of those.
class WordListRows
{
public:
    explicit WordListRows(Database &db) : m_db(db) {}

    QList<WordList> lists(QString *error);
    bool import(const WordList &list, WordList *stored, QString *error);
    bool setEnabled(const QString &name, bool enabled, QString *error);
    bool remove(const QString &name, QString *error);
    QList<WordListEntry> enabledEntries(QString *error);

private:
    bool fail(const QString &why, QString *error);
    bool newest(const QString &name, qint64 *id, int *version, bool *enabled, QString *error);

    Database &m_db;
};

} // namespace copydesk
