#include "store/storediagnostics.h"

#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "store/store.h"

namespace copydesk {

bool StoreDiagnostics::checkIntegrity(QStringList *problems, QString *error)
{
    Statement integrity;
    if (!integrity.prepare(m_db, QStringLiteral("PRAGMA integrity_check"), error))
        return false;
    Statement::Step step;
    while ((step = integrity.step()) == Statement::Step::Row) {
        const QString line = integrity.columnText(0);
        if (line != QLatin1String("ok"))
            problems->append(line);
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = Store::tr("Cannot check the store: %1").arg(integrity.errorMessage());
        return false;
    }
    Statement foreignKeys;
    if (!foreignKeys.prepare(m_db, QStringLiteral("PRAGMA foreign_key_check"), error))
        return false;
    while ((step = foreignKeys.step()) == Statement::Step::Row) {
        problems->append(Store::tr("Row %1 of table %2 refers to a missing row of table %3.")
                             .arg(foreignKeys.columnInt64(1))
                             .arg(foreignKeys.columnText(0), foreignKeys.columnText(2)));
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = Store::tr("Cannot check the store: %1").arg(foreignKeys.errorMessage());
        return false;
    }
    return true;
}

QString StoreDiagnostics::pragma(const QString &name)
{
    if (name.isEmpty())
        return {};
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            return {};
    }
    QString value;
    if (!m_db.queryText(QStringLiteral("PRAGMA ") + name, &value, nullptr))
        return {};
    return value;
}

} // namespace copydesk
