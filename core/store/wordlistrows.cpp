#include "store/wordlistrows.h"

#include "model/timestamp.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"
#include "store/store.h"

namespace copydesk {

namespace {

// The newest version of each name.
const QString NewestLists = QStringLiteral(
    "SELECT l.id, l.name, l.version, l.imported, l.source_file, l.enabled, "
    "(SELECT count(*) FROM word_list_terms t WHERE t.list_id = l.id) FROM word_lists l "
    "WHERE l.version = (SELECT max(version) FROM word_lists m WHERE m.name = l.name) ORDER BY l.name");

} // namespace

bool WordListRows::fail(const QString &why, QString *error)
{
    if (error)
        *error = why;
    return false;
}

QList<WordList> WordListRows::lists(QString *error)
{
    QList<WordList> lists;
    Statement select;
    if (!select.prepare(m_db, NewestLists, error))
        return lists;
    Statement::Step step;
    while ((step = select.step()) == Statement::Step::Row) {
        WordList list;
        list.name = select.columnText(1);
        list.version = select.columnInt(2);
        list.imported = Timestamp::parse(select.columnText(3));
        list.sourceFile = select.columnText(4);
        list.enabled = select.columnInt(5) != 0;
        list.termCount = select.columnInt(6);
        lists.append(list);
    }
    if (step == Statement::Step::Error && error)
        *error = select.errorMessage();
    return lists;
}

bool WordListRows::newest(const QString &name, qint64 *id, int *version, bool *enabled, QString *error)
{
    Statement select;
    if (!select.prepare(m_db, QStringLiteral("SELECT id, version, enabled FROM word_lists WHERE name = ?1 "
                                             "ORDER BY version DESC LIMIT 1"), error))
        return false;
    select.bind(1, name);
    *id = 0;
    *version = 0;
    switch (select.step()) {
    case Statement::Step::Row:
        *id = select.columnInt64(0);
        *version = select.columnInt(1);
        *enabled = select.columnInt(2) != 0;
        return true;
    case Statement::Step::Done:
        return true;
    case Statement::Step::Error:
        break;
    }
    return fail(select.errorMessage(), error);
}

bool WordListRows::import(const WordList &list, WordList *stored, QString *error)
{
    const auto failed = [&](const QString &why) {
        return fail(Store::tr("Cannot import the word list “%1”: %2").arg(list.name, why), error);
    };
    if (list.name.trimmed().isEmpty())
        return failed(Store::tr("the list has no name"));
    Transaction transaction(m_db);
    QString why;
    qint64 previousId = 0;
    int version = 0;
    bool enabled = list.enabled;
    if (!transaction.begin(&why) || !newest(list.name, &previousId, &version, &enabled, &why))
        return failed(why);
    WordList row = list;
    row.version = version + 1;
    row.enabled = enabled;
    row.imported = Timestamp::now();
    row.termCount = int(list.entries.size());
    Statement insert;
    if (!insert.prepare(m_db, QStringLiteral("INSERT INTO word_lists (name, version, imported, source_file, enabled) "
                                             "VALUES (?1, ?2, ?3, ?4, ?5)"), &why))
        return failed(why);
    insert.bind(1, row.name);
    insert.bind(2, row.version);
    insert.bind(3, Timestamp::format(row.imported));
    insert.bind(4, row.sourceFile);
    insert.bind(5, row.enabled ? 1 : 0);
    if (!insert.exec(&why))
        return failed(why);
    qint64 id = 0;
    if (!m_db.queryInt64(QStringLiteral("SELECT last_insert_rowid()"), &id, &why))
        return failed(why);
    Statement term;
    if (!term.prepare(m_db, QStringLiteral("INSERT INTO word_list_terms (list_id, position, term, preferred, note, kind) "
                                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"), &why))
        return failed(why);
    for (int i = 0; i < int(list.entries.size()); ++i) {
        const WordListEntry &entry = list.entries.at(i);
        term.bind(1, id);
        term.bind(2, i);
        term.bind(3, entry.term);
        term.bind(4, entry.preferred);
        term.bind(5, entry.note);
        term.bind(6, WordListEntry::kindName(entry.kind));
        if (!term.exec(&why))
            return failed(why);
    }
    if (!transaction.commit(&why))
        return failed(why);
    if (stored)
        *stored = row;
    return true;
}

bool WordListRows::setEnabled(const QString &name, bool enabled, QString *error)
{
    Statement update;
    QString why;
    if (!update.prepare(m_db, QStringLiteral("UPDATE word_lists SET enabled = ?1 WHERE name = ?2"), &why))
        return fail(why, error);
    update.bind(1, enabled ? 1 : 0);
    update.bind(2, name);
    if (!update.exec(&why))
        return fail(Store::tr("Cannot change the word list “%1”: %2").arg(name, why), error);
    qint64 changed = 0;
    if (!m_db.queryInt64(QStringLiteral("SELECT changes()"), &changed, &why))
        return fail(why, error);
    return changed > 0 || fail(Store::tr("There is no word list “%1”.").arg(name), error);
}

bool WordListRows::remove(const QString &name, QString *error)
{
    Transaction transaction(m_db);
    QString why;
    Statement terms;
    Statement lists;
    qint64 removed = 0;
    if (!transaction.begin(&why)
        || !terms.prepare(m_db, QStringLiteral("DELETE FROM word_list_terms WHERE list_id IN "
                                               "(SELECT id FROM word_lists WHERE name = ?1)"), &why)
        || !lists.prepare(m_db, QStringLiteral("DELETE FROM word_lists WHERE name = ?1"), &why))
        return fail(Store::tr("Cannot remove the word list “%1”: %2").arg(name, why), error);
    terms.bind(1, name);
    lists.bind(1, name);
    if (!terms.exec(&why) || !lists.exec(&why)
        || !m_db.queryInt64(QStringLiteral("SELECT changes()"), &removed, &why))
        return fail(Store::tr("Cannot remove the word list “%1”: %2").arg(name, why), error);
    if (removed == 0)
        return fail(Store::tr("There is no word list “%1”.").arg(name), error);
    if (!transaction.commit(&why))
        return fail(Store::tr("Cannot remove the word list “%1”: %2").arg(name, why), error);
    return true;
}

QList<WordListEntry> WordListRows::enabledEntries(QString *error)
{
    QList<WordListEntry> entries;
    Statement select;
    if (!select.prepare(m_db, QStringLiteral(
            "SELECT t.term, t.preferred, t.note, t.kind FROM word_list_terms t JOIN word_lists l ON l.id = t.list_id "
            "WHERE l.enabled = 1 AND l.version = (SELECT max(version) FROM word_lists m WHERE m.name = l.name) "
            "ORDER BY l.name, t.position"), error))
        return entries;
    Statement::Step step;
    while ((step = select.step()) == Statement::Step::Row) {
        WordListEntry entry;
        entry.term = select.columnText(0);
        entry.preferred = select.columnText(1);
        entry.note = select.columnText(2);
        WordListEntry::kindFromName(select.columnText(3), &entry.kind);
        entries.append(entry);
    }
    if (step == Statement::Step::Error && error)
        *error = select.errorMessage();
    return entries;
}

} // namespace copydesk
