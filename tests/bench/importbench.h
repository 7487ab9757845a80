#pragma once

#include <QString>
#include <QStringList>

namespace copydesk::bench {

class BenchReport;

// A reporter's .docx carrying camera photos, imported by copydesk-cli (the importer and the store
// insert the window's import uses) beside pandoc converting it to HTML with its media extracted:
// whole processes, the same file, one run, the ratio printed.
class ImportBench
{
public:
    struct Options
    {
        int photos = 10;
        int width = 4000;
        int height = 3000;
        int jpegQuality = 92;
        int runs = 3;
        QString photoFolder; // generated photos kept here, reused
        QString cli;         // copydesk-cli
        QString pandoc;      // empty to skip the comparison
    };
    static constexpr double RatioTarget = 1.0;

    ImportBench(const QString &folder, const Options &options, BenchReport *report);
    bool run(QString *error);

private:
    bool writeDocx(const QString &path, QString *error) const;
    // The median wall milliseconds of running program with arguments (a fresh output each run).
    bool timeProcess(const QString &program, const QStringList &arguments, const QString &scratch,
                     double *medianMs, QString *error) const;

    QString m_folder;
    Options m_options;
    BenchReport *m_report;
};

} // namespace copydesk::bench
