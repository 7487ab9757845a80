#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace copydesk::bench {

class BenchReport;

// A reporter's .docx carrying photos (as Word compresses them, or straight from a camera),
// imported by copydesk-cli (the importer and the store insert the window's import uses) beside
// pandoc converting it to HTML with its media extracted: whole processes, the same file, one
// run, the ratio printed per case.
class ImportBench
{
public:
    struct Case
    {
        QString name;
        int photos = 10;
        int width = 4000;
        int height = 3000;
        int jpegQuality = 92;
    };
    struct Options
    {
        // Word's "compress pictures" (220 ppi) leaves a full-column photo near 1600 × 1200.
        QList<Case> cases{{QStringLiteral("2 Word photos"), 2, 1600, 1200, 85},
                          {QStringLiteral("10 Word photos"), 10, 1600, 1200, 85},
                          {QStringLiteral("10 camera photos"), 10, 4000, 3000, 92}};
        int runs = 5;
        QString photoFolder; // generated photos kept here, reused
        QString cli;         // copydesk-cli
        QString pandoc;      // empty to skip the comparison
    };
    static constexpr double RatioTarget = 1.0;

    ImportBench(const QString &folder, const Options &options, BenchReport *report);
    bool run(QString *error);

private:
    bool runCase(const Case &bench, QString *error);
    bool writeDocx(const Case &bench, const QString &path, QString *error) const;
    // The median wall milliseconds of running program with arguments (a fresh output each run).
    bool timeProcess(const QString &program, const QStringList &arguments, const QString &scratch,
                     double *medianMs, QString *error) const;

    QString m_folder;
    Options m_options;
    BenchReport *m_report;
};

} // namespace copydesk::bench
