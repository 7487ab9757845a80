#pragma once

#include "export/exportpreflight.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace copydesk {

// The pre-export check's question where no export dialog stands between the user and the
// output (Copy for WeChat): the problems listed, "Copy Anyway" or Cancel.
class PreflightPrompt
{
    Q_DECLARE_TR_FUNCTIONS(PreflightPrompt)

public:
    // True at once when there are no problems; otherwise asks (window-modal) and returns whether
    // the user chose anyway. The message box's object name is "preflightPrompt".
    static bool confirm(QWidget *parent, const QList<ExportPreflight::Problem> &problems,
                        const QString &anywayText);
};

} // namespace copydesk
