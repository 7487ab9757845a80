#pragma once

#include <QString>
#include <QStringList>

namespace copydesk::bench {

class BenchReport;

// Times ArticleExporter for every format on the shared sample carrying camera-size photos (the
// PDF's first export, which starts Chromium, apart from the later ones, which find the warm
// PdfRenderer as the window does), copydesk-cli's PDF export as a whole process, and LibreOffice
// converting the .odt export to PDF next to Copydesk's own PDF.
class FormatsBench
{
public:
    struct Options
    {
        int photos = 15;
        int width = 6000;
        int height = 4000;
        int runs = 3;
        QString photoFolder; // generated photos kept here and reused
        QString soffice;     // LibreOffice; empty to skip the comparison
        QString cli;         // copydesk-cli for the whole-process PDF; empty to skip it
    };

    FormatsBench(const QString &folder, const Options &options, BenchReport *report);
    bool run(QString *error);

private:
    // One run of a program that must end with exit code 0.
    bool timeProcess(const QString &program, const QStringList &arguments, double *seconds, QString *error) const;

    QString m_folder;
    Options m_options;
    BenchReport *m_report;
};

} // namespace copydesk::bench
