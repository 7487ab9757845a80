#include "dialogs/storerecovery.h"

#include "store/backup.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace copydesk {

namespace {

void showFailure(QWidget *parent, const QString &what, const QString &why)
{
    QMessageBox box(QMessageBox::Critical, StoreRecovery::tr("Copydesk"), what, QMessageBox::Close, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(why);
    box.exec();
}

} // namespace

bool StoreRecovery::offer(Store *store, const QString &path, const QString &problem, QWidget *parent)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const QString backup = Backup::newestGoodBackup(path);
    if (backup.isEmpty()) {
        showFailure(parent, tr("The store %1 is damaged, and there is no good backup of it.").arg(shownPath),
                    problem + QStringLiteral("\n\n")
                        + tr("Copydesk looked for backups in %1. Keep the damaged file: it may still "
                             "be repaired with SQLite tools.")
                              .arg(QDir::toNativeSeparators(Backup::folderFor(path))));
        return false;
    }
    const QString made = QLocale().toString(QFileInfo(backup).lastModified(), QLocale::ShortFormat);
    QMessageBox question(QMessageBox::Warning, tr("Copydesk"), tr("The store %1 is damaged.").arg(shownPath),
                         QMessageBox::NoButton, parent);
    question.setTextFormat(Qt::PlainText);
    question.setInformativeText(problem + QStringLiteral("\n\n")
                                + tr("Open the newest good backup, made %1, instead? Changes made "
                                     "after it are not in it. The damaged file is kept, renamed.")
                                      .arg(made));
    QPushButton *open = question.addButton(tr("Open the Backup"), QMessageBox::AcceptRole);
    question.addButton(QMessageBox::Close);
    question.setDefaultButton(open);
    question.exec();
    if (question.clickedButton() != open)
        return false;

    QString movedAside;
    QString error;
    if (!Backup::restore(backup, path, &movedAside, &error)) {
        showFailure(parent, tr("Could not put the backup in place of the store %1.").arg(shownPath), error);
        return false;
    }
    if (!store->open(path, &error)) {
        showFailure(parent, tr("Could not open the backup now in place of the store %1.").arg(shownPath), error);
        return false;
    }
    QMessageBox done(QMessageBox::Information, tr("Copydesk"),
                     tr("Copydesk opened the backup made %1.").arg(made), QMessageBox::Ok, parent);
    done.setTextFormat(Qt::PlainText);
    if (!movedAside.isEmpty()) {
        done.setInformativeText(
            tr("The damaged store was moved to %1.").arg(QDir::toNativeSeparators(movedAside)));
    }
    done.exec();
    return true;
}

} // namespace copydesk
