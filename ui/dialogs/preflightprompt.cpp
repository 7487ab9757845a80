#include "dialogs/preflightprompt.h"

#include <QMessageBox>
#include <QPushButton>

namespace copydesk {

bool PreflightPrompt::confirm(QWidget *parent, const QList<ExportPreflight::Problem> &problems,
                              const QString &anywayText)
{
    if (problems.isEmpty())
        return true;
    QStringList lines;
    for (const ExportPreflight::Problem &problem : problems)
        lines << QStringLiteral("• ") + problem.message;
    QMessageBox box(QMessageBox::Warning, tr("Before it leaves the desk"),
                    tr("Check these first:"), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("preflightPrompt"));
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton *anyway = box.addButton(anywayText, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

} // namespace copydesk
