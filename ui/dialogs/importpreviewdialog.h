#pragma once

#include "import/importcorrection.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace copydesk {

// File ▸ Import's preview of one file before its article is created: the headline chosen among
// the first lines (a site's masthead marked), each paragraph's role, the photo places kept, 来源,
// byline and 电头, all corrected through ImportCorrection.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // done() with this: import this file and the rest as recognised, without their previews.
    static constexpr int ImportRest = 2;
    static constexpr int MaxRows = 500;

    // remaining: how many files follow this one (offers "Import All as Recognised" when any).
    ImportPreviewDialog(const ImportedArticle &recognised, const QString &fileName, int remaining,
                        QWidget *parent = nullptr);

    // The article as previewed.
    ImportedArticle corrected() const { return m_correction.result(); }
    bool dontShowAgain() const;

private:
    void showHeadlines();
    void showBlocks();
    void showRoles();
    void showFields();
    void chooseHeadline(int row);

    ImportCorrection m_correction;
    QListWidget *m_headlines;
    QTableWidget *m_blocks;
    QLineEdit *m_source;
    QLineEdit *m_byline;
    QLineEdit *m_dateline;
    QLabel *m_more;
    QCheckBox *m_dontShowAgain;
};

} // namespace copydesk
