#include "store/storevalues.h"

#include "model/articlejson.h"
#include "sqlite/statement.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>

#include <iterator>

namespace copydesk {

Article::Status StoreValues::parseStatus(const QString &name)
{
    // The stored names first: statusFromName() also tries translated names, which is slow for
    // a 100k-row list.
    static const Article::Status known[] = {Article::Status::Draft, Article::Status::Review,
                                            Article::Status::Approved, Article::Status::Published,
                                            Article::Status::Archived};
    static const QString names[] = {Article::statusName(known[0]), Article::statusName(known[1]),
                                    Article::statusName(known[2]), Article::statusName(known[3]),
                                    Article::statusName(known[4])};
    for (int i = 0; i < int(std::size(known)); ++i) {
        if (name == names[i])
            return known[i];
    }
    Article::Status status = Article::Status::Draft;
    Article::statusFromName(name, &status);
    return status;
}

QString StoreValues::normalizedSha(const QString &sha256)
{
    return sha256.trimmed().toLower();
}

QString StoreValues::shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString StoreValues::noArticle(qint64 id)
{
    return Store::tr("There is no article %1 in the store.").arg(id);
}

bool StoreValues::readJsonRow(Statement *select, int column, Article *article,
                              const QString &missing, const QString &stepFailed,
                              const QString &unreadable, QString *error)
{
    QString why;
    QString problem;
    switch (select->step()) {
    case Statement::Step::Row:
        if (ArticleJson::fromJson(select->columnText(column).toUtf8(), article, &why))
            return true;
        problem = unreadable.arg(why);
        break;
    case Statement::Step::Done:
        problem = missing;
        break;
    case Statement::Step::Error:
        problem = stepFailed.arg(select->errorMessage());
        break;
    }
    if (error)
        *error = problem;
    return false;
}

} // namespace copydesk
